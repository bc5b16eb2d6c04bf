import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/Workload',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

/** Open tickets per agent, split by priority. */
export const PerAgent: Story = {
  args: {
    instance: { type: 'workload', title: 'Workload per agent', config: { by: 'assignee' } },
    w: 5,
    h: 6,
  },
};

/** Open tickets per group. */
export const PerGroup: Story = {
  args: {
    instance: {
      type: 'workload',
      title: 'Workload per group',
      config: { by: 'group', byPriority: false },
    },
    w: 5,
    h: 5,
  },
};

export const Dark: Story = {
  args: { ...PerAgent.args, theme: 'dark' },
  decorators: [onDarkPage],
};
