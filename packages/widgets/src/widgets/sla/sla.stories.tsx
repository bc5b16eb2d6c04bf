import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/SLA board',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

/** Breached tickets first, then those past a warning threshold of their SLA policy. */
export const Default: Story = {
  args: {
    instance: { type: 'slaBoard', title: 'SLA watch', config: { criticalAt: 90 } },
    w: 8,
    h: 10,
  },
};

/** P1 and P2 only, critical from 85 %, four tickets a page. */
export const PagedHighPriority: Story = {
  args: {
    instance: {
      type: 'slaBoard',
      title: 'SLA watch (P1–P2)',
      config: { criticalAt: 85, pageSize: 4, priority: ['P1', 'P2'] },
    },
    w: 8,
    h: 10,
  },
};

export const Dark: Story = {
  args: { ...Default.args, theme: 'dark' },
  decorators: [onDarkPage],
};
