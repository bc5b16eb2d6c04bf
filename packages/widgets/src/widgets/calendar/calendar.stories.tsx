import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/Change calendar',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

/** The month of change windows, coloured by status. */
export const Month: Story = {
  args: { instance: { type: 'changeCalendar', title: 'Change calendar', config: {} }, h: 11 },
};

/** One week, each window with its times. */
export const Week: Story = {
  args: {
    instance: { type: 'changeCalendar', title: 'Changes this week', config: { view: 'week' } },
    h: 8,
  },
};

export const Dark: Story = {
  args: { ...Month.args, theme: 'dark' },
  decorators: [onDarkPage],
};

export const Collisions: Story = {
  args: {
    instance: {
      type: 'changeCalendar',
      title: 'Change calendar (collision warnings)',
      config: { view: 'week', targetField: 'target' },
    },
    w: 12,
    h: 9,
  },
};
