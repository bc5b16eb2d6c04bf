import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/My to-do',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

/** The signed-in agent's open work items (fixture data). */
export const Default: Story = {
  args: { instance: { type: 'todo', title: 'My to-do', config: { limit: 6 } }, w: 4, h: 8 },
};

/** Without the shared-queue items the user could claim. */
export const WithoutQueue: Story = {
  args: {
    instance: { type: 'todo', title: 'Assigned to me', config: { limit: 6, includeQueue: false } },
    w: 4,
    h: 8,
  },
};

/** Nothing waiting for this user. */
export const Empty: Story = {
  args: { instance: { type: 'todo', title: 'My to-do', config: {} }, user: 'alice', w: 4, h: 4 },
};

export const Dark: Story = {
  args: { ...Default.args, theme: 'dark' },
  decorators: [onDarkPage],
};
