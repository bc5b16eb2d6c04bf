import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { loadedScene, sceneLoader } from '../stories/loaders';
import { incidentScene, onboardingScene, withDesk } from '../stories/storyDesk';
import { WorkflowProgress } from './WorkflowProgress';

/** The ticket's progress on the `WorkflowViewer`, sized to the graph, with Expand / Escape. */
const meta = {
  title: 'Playground/WorkflowProgress',
  decorators: [withDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** A P1 incident routed to the on-call engineer. */
export const Incident: Story = {
  loaders: [sceneLoader((desk) => incidentScene(desk, 1))],
  render: (_args, { loaded }) => {
    const { definition, ticket, history } = loadedScene(loaded);
    return <WorkflowProgress definition={definition} ticket={ticket} history={history} />;
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const expand = canvas.getByRole('button', { name: 'Expand' });
    await userEvent.click(expand);
    await expect(expand.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button', { name: 'Expand' })).toBeTruthy();
  },
};

/** Onboarding waiting on its access-request subworkflow. */
export const Onboarding: Story = {
  loaders: [sceneLoader(onboardingScene)],
  render: (_args, { loaded }) => {
    const { definition, ticket, history } = loadedScene(loaded);
    return <WorkflowProgress definition={definition} ticket={ticket} history={history} />;
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('region', { name: 'Progress' })).toBeTruthy();
  },
};
