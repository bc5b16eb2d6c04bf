import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { loadedScene, sceneLoader } from '../stories/loaders';
import {
  incidentScene,
  onboardingScene,
  STORY_NOW,
  ticketScene,
  withDesk,
  type TicketScene,
} from '../stories/storyDesk';
import { RelatedTickets, SlaClocks, Timeline } from './ticketParts';

const policyName = (scene: TicketScene) => (id: string) =>
  scene.definition.sla?.find((p) => p.id === id)?.name ?? id;

/** The ticket page's parts: SLA clocks, the history timeline and parent/child tickets. */
const meta = {
  title: 'Playground/Ticket parts',
  decorators: [withDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** A P1 incident just raised: both clocks running, nothing used yet. */
export const SlaClocksRunning: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk))],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return (
      <SlaClocks
        clocks={scene.ticket.sla}
        now={new Date(STORY_NOW)}
        policyName={policyName(scene)}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const clocks = within(canvasElement).getAllByRole('listitem');
    await expect(clocks.length).toBeGreaterThanOrEqual(2);
    await expect(clocks.map((c) => c.getAttribute('data-sla'))).toEqual(clocks.map(() => 'ok'));
  },
};

/** The same incident three hours later: the resolution clock is past its warning threshold. */
export const SlaClocksWarning: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk, 3))],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return (
      <SlaClocks
        clocks={scene.ticket.sla}
        now={new Date(STORY_NOW + 3 * 3_600_000)}
        policyName={policyName(scene)}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const resolution = within(canvasElement)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-target') === 'resolution');
    await expect(resolution?.getAttribute('data-sla')).toBe('warning');
  },
};

/** A day later: breached. */
export const SlaClocksBreached: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk, 24))],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return (
      <SlaClocks
        clocks={scene.ticket.sla}
        now={new Date(STORY_NOW + 24 * 3_600_000)}
        policyName={policyName(scene)}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const resolution = within(canvasElement)
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-target') === 'resolution');
    await expect(resolution?.getAttribute('data-sla')).toBe('breached');
  },
};

/** No SLA policy applies (the onboarding workflow has none). */
export const SlaClocksNone: Story = {
  loaders: [sceneLoader(onboardingScene)],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return <SlaClocks clocks={[]} now={new Date(STORY_NOW)} policyName={policyName(scene)} />;
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No SLA applies to this ticket.')).toBeTruthy();
  },
};

/** The history of a P1 incident: raised, the priority rule, routing to the on-call engineer. */
export const HistoryTimeline: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk, 3))],
  render: (_args, { loaded }) => {
    const { definition, history } = loadedScene(loaded);
    return (
      <Timeline
        events={history}
        nodeName={(id) => definition.nodes.find((n) => n.id === id)?.name ?? id ?? ''}
        nodeType={(id) => definition.nodes.find((n) => n.id === id)?.type}
        policyName={(id) => definition.sla?.find((p) => p.id === id)?.name ?? id}
        ruleName={(id) => definition.triggers?.find((r) => r.id === id)?.name ?? id}
      />
    );
  },
  play: async ({ canvasElement }) => {
    const items = within(within(canvasElement).getByRole('list', { name: 'History' })).getAllByRole(
      'listitem',
    );
    await expect(items.at(-1)?.textContent).toMatch(/Alice Martin raised the ticket/);
  },
};

/** Onboarding and the access request it started as a subworkflow. */
export const RelatedChild: Story = {
  loaders: [sceneLoader(onboardingScene)],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return <RelatedTickets parent={scene.parent} children={scene.children} />;
  },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Related tickets' });
    await expect(within(list).getAllByRole('link')).toHaveLength(1);
  },
};

/** The child's view: its parent onboarding ticket. */
export const RelatedParent: Story = {
  loaders: [
    sceneLoader(async (desk) => {
      const onboarding = await onboardingScene(desk);
      return ticketScene(desk, onboarding.children[0]!.id);
    }),
  ],
  render: (_args, { loaded }) => {
    const scene = loadedScene(loaded);
    return <RelatedTickets parent={scene.parent} children={scene.children} />;
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Parent')).toBeTruthy();
  },
};

/** A ticket with neither parent nor children. */
export const RelatedNone: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk))],
  render: () => <RelatedTickets children={[]} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No related ticket.')).toBeTruthy();
  },
};
