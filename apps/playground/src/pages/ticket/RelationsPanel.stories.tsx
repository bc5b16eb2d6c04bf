import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { loadedScene, sceneLoader } from '../../stories/loaders';
import { incidentScene, withDesk } from '../../stories/storyDesk';
import { RelationsPanel } from './RelationsPanel';

/** A ticket's relations and the commands on them. */
const meta = {
  title: 'Playground/Ticket/RelationsPanel',
  decorators: [withDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

const fields = [
  { name: 'summary', title: 'Summary' },
  { name: 'description', title: 'What happened?' },
];

/** An incident linked to another: typed link, unlink, and the desk's merge, clone, split, raise. */
export const Linked: Story = {
  loaders: [
    sceneLoader(async (desk) => {
      const other = await incidentScene(desk);
      const scene = await incidentScene(desk);
      await desk.runtime.relate({
        op: 'link',
        ticket: scene.ticket.id,
        to: other.ticket.id,
        type: 'blocks',
        actor: 'ada',
      });
      const ticket = await desk.runtime.getTicket(scene.ticket.id);
      return { ...scene, ticket, children: [other.ticket] };
    }),
  ],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return (
      <div style={{ maxWidth: 360 }}>
        <RelationsPanel
          ticket={scene.ticket}
          linked={scene.children}
          deskSide
          startable={['incident', 'problem']}
          problemWorkflow="problem"
          fields={fields}
          onRelate={fn(async () => true)}
        />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Blocks')).toBeTruthy();
    await userEvent.click(canvas.getByRole('button', { name: 'Merge into…' }));
    await expect(canvas.getByRole('combobox', { name: 'Primary ticket' })).toBeTruthy();
  },
};

/** The requester's view: no merge, no raise. */
export const Requester: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk))],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return (
      <RelationsPanel
        ticket={scene.ticket}
        linked={[]}
        deskSide={false}
        startable={['incident']}
        fields={fields}
        onRelate={fn(async () => true)}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: 'Merge into…' })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Raise problem' })).toBeNull();
  },
};

/** Linking with field inheritance and backfill: which fields come in, which go back. */
export const LinkWithInheritance: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk))],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return (
      <div style={{ maxWidth: 420 }}>
        <RelationsPanel
          ticket={scene.ticket}
          linked={[]}
          deskSide
          startable={['incident']}
          fields={[...fields, { name: 'affectedService', title: 'Affected service' }]}
          onRelate={fn(async () => true)}
        />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Link ticket' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Affected service' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /^Backfill/ }));
    await expect(canvas.getByRole('group', { name: 'Fields to backfill' })).toBeTruthy();
  },
};
