import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/Chart',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

const chart = (title: string, config: Record<string, unknown>) => ({
  instance: { type: 'chart', title, config: { metric: 'count', days: 0, ...config } },
  w: 6,
  h: 6,
});

export const Bar: Story = {
  args: chart('Tickets by status', { kind: 'bar', dimension: 'status' }),
};
export const StackedBar: Story = {
  args: chart('Workflows by status', {
    kind: 'stackedBar',
    dimension: 'workflow',
    series: 'status',
  }),
};
export const HorizontalBar: Story = {
  args: chart('Open tickets per group', {
    kind: 'bar',
    dimension: 'group',
    horizontal: true,
    status: ['open'],
  }),
};
export const Line: Story = {
  args: chart('New tickets per day', {
    kind: 'line',
    dimension: 'day',
    days: 10,
    userFilters: ['priority'],
  }),
};
export const Area: Story = {
  args: chart('New tickets per day and priority', {
    kind: 'area',
    dimension: 'day',
    series: 'priority',
    days: 10,
    userFilters: [],
  }),
};
export const Pie: Story = {
  args: chart('Workflow mix', { kind: 'pie', dimension: 'workflow', userFilters: [] }),
};
export const Donut: Story = {
  args: chart('Priority mix', { kind: 'donut', dimension: 'priority', userFilters: ['status'] }),
};
export const SlaBreaches: Story = {
  args: chart('SLA breaches by priority', {
    kind: 'bar',
    dimension: 'priority',
    metric: 'slaBreached',
  }),
};
export const Dark: Story = {
  args: { ...StackedBar.args, theme: 'dark' },
  decorators: [onDarkPage],
};
