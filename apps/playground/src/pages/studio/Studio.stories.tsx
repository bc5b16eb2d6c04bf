import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useDesk } from '../../desk/DeskContext';
import { storyDesk, storyUser, withDesk } from '../../stories/storyDesk';
import { StudioPage } from '../StudioPage';
import { CompareVersions } from './CompareVersions';
import { MigrateTickets } from './MigrateTickets';
import { twoVersionScene } from './scenes';
import { VersionList } from './VersionList';

type Scene = Awaited<ReturnType<typeof twoVersionScene>>;

/** A demo desk with two versions of "Laptop request" and one of Alice's tickets on version 1. */
const loadScene = async (context: { parameters?: unknown }) => {
  const data = await storyDesk(storyUser(context));
  return { ...data, studio: await twoVersionScene(data.desk) };
};
function sceneOf(loaded: Record<string, unknown>): Scene {
  const scene = (loaded as { studio?: Scene }).studio;
  if (!scene) throw new Error('This story needs the studio loader.');
  return scene;
}

/** The studio's version screens: publisher history, comparison, migration of running tickets. */
const meta = {
  title: 'Playground/Studio',
  loaders: [loadScene],
  decorators: [withDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every version, newest first, who published it and when, with Compare and Roll back. */
export const Versions: Story = {
  render: (_args, { loaded }) => (
    <VersionList
      versions={sceneOf(loaded).versions}
      nameOf={(id) => id}
      picked={[1]}
      onPick={() => {}}
      onRollback={() => {}}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Roll back to v1' })).toBeTruthy();
    await expect(canvas.queryByRole('button', { name: 'Roll back to v2' })).toBeNull();
  },
};

/** Version 1 against version 2: "Handle" replaced by "Triage", listed and marked on the graph. */
export const Compare: Story = {
  render: (_args, { loaded }) => {
    const { v1, v2 } = sceneOf(loaded);
    return (
      <CompareVersions
        before={{ label: 'v1', definition: v1 }}
        after={{ label: 'v2', definition: v2 }}
      />
    );
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('note')).toHaveTextContent('1 added');
  },
};

function Migrate({ scene }: { scene: Scene }) {
  const { client } = useDesk();
  return (
    <MigrateTickets
      versions={scene.versions}
      run={(input) => client.migrateTickets(input)}
      confirm={() => true}
    />
  );
}

/** The migration screen: a check finds Alice's ticket blocked until "Handle" is mapped. */
export const Migration: Story = {
  render: (_args, { loaded }) => <Migrate scene={sceneOf(loaded)} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Check running tickets' }));
    await expect(await canvas.findByText('blocked')).toBeTruthy();
  },
};

/** The whole studio on "Laptop request": draft bar, designer, versions. */
export const Studio: Story = {
  render: () => <StudioPage params={['laptop']} />,
  play: async ({ canvasElement }) => {
    const bar = await within(canvasElement).findByRole('group', { name: 'Draft' });
    await expect(bar).toHaveTextContent('Same as the live version');
  },
};
