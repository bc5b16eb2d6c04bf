import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/Counters',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

/** Tickets by status, each counter a link to the filtered list. */
export const ByStatus: Story = {
  args: {
    instance: {
      type: 'counters',
      title: 'Tickets by status',
      config: { by: 'status', values: ['open', 'pending', 'resolved', 'closed'] },
    },
    h: 3,
  },
};

/** Open tickets by priority. */
export const ByPriority: Story = {
  args: {
    instance: {
      type: 'counters',
      title: 'Open by priority',
      config: {
        by: 'priority',
        values: ['P1', 'P2', 'P3', 'P4'],
        status: ['open', 'pending'],
        showTotal: false,
      },
    },
    w: 8,
    h: 3,
  },
};

/** Tickets per workflow. */
export const ByWorkflow: Story = {
  args: {
    instance: { type: 'counters', title: 'Tickets per workflow', config: { by: 'workflow' } },
    h: 3,
  },
};

export const Dark: Story = {
  args: { ...ByStatus.args, theme: 'dark' },
  decorators: [onDarkPage],
};
