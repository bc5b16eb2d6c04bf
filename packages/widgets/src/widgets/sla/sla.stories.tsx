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

/** Breached tickets first, then those past the warning threshold. */
export const Default: Story = {
  args: {
    instance: { type: 'slaBoard', title: 'SLA watch', config: { warnAt: 75, criticalAt: 90 } },
    w: 8,
    h: 10,
  },
};

/** A stricter board: near breach from half the target. */
export const EarlyWarning: Story = {
  args: {
    instance: {
      type: 'slaBoard',
      title: 'SLA watch (50%)',
      config: { warnAt: 50, criticalAt: 85, priority: ['P1', 'P2'] },
    },
    w: 8,
    h: 10,
  },
};

export const Dark: Story = {
  args: { ...Default.args, theme: 'dark' },
  decorators: [onDarkPage],
};
