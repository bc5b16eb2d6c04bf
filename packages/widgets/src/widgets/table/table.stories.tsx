import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/Ticket table',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

/** Open tickets with sorting, filters and keyset pages. */
export const Default: Story = {
  args: {
    instance: {
      type: 'ticketTable',
      title: 'Open tickets',
      config: { pageSize: 8, status: ['open', 'pending'] },
    },
    h: 10,
  },
};

/** More columns, ordered by priority, only the search box offered. */
export const Columns: Story = {
  args: {
    instance: {
      type: 'ticketTable',
      title: 'Incidents',
      config: {
        columns: ['number', 'title', 'priority', 'group', 'requester', 'updatedAt'],
        workflow: ['incident'],
        sortField: 'priority',
        sortDirection: 'asc',
        userFilters: ['text'],
        pageSize: 6,
      },
    },
    h: 9,
  },
};

export const Dark: Story = {
  args: { ...Default.args, theme: 'dark' },
  decorators: [onDarkPage],
};
