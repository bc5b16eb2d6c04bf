import type { Meta, StoryObj } from '@storybook/react-vite';
import { DeskkitI18nProvider } from '@deskkit/forms';
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

/**
 * The day grid is the desk's (the `DeskkitI18nProvider` time zone, here Auckland), not the
 * browser's: an evening window in UTC shows on the next morning's day.
 */
export const DeskTimeZone: Story = {
  args: Week.args,
  decorators: [
    (Story) => (
      <DeskkitI18nProvider timeZone="Pacific/Auckland">
        <Story />
      </DeskkitI18nProvider>
    ),
  ],
};
