import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BarChart } from './BarChart';
import type { ChartData } from './chart.types';
import { LineChart } from './LineChart';
import { PieChart } from './PieChart';

/** Charts are styled inside a dashboard (`.dk-dashboard`), as in a custom widget. */
const inWidget =
  (dark = false): Decorator =>
  (Story) => (
    <div
      className={dark ? 'dk-dashboard dk-dark' : 'dk-dashboard'}
      style={{
        height: 320,
        maxWidth: 640,
        padding: 16,
        borderRadius: 12,
        background: 'var(--dk-dash-surface)',
      }}
    >
      {Story()}
    </div>
  );

const byStatus: ChartData = {
  categories: ['Open', 'On hold', 'Resolved', 'Closed', 'Rejected'],
  series: [{ name: 'Tickets', values: [28, 3, 4, 12, 1] }],
  categoryColors: [
    'var(--dk-status-open, #4f6bed)',
    'var(--dk-status-pending, #f59e0b)',
    'var(--dk-status-resolved, #14b8a6)',
    'var(--dk-status-closed, #64748b)',
    'var(--dk-status-rejected, #ef4444)',
  ],
};
const workflowsByStatus: ChartData = {
  categories: ['Access request', 'Change request', 'Incident', 'Problem'],
  series: [
    { name: 'Open', values: [8, 6, 14, 3], color: 'var(--dk-status-open, #4f6bed)' },
    { name: 'On hold', values: [0, 3, 2, 1], color: 'var(--dk-status-pending, #f59e0b)' },
    { name: 'Resolved', values: [2, 4, 10, 0], color: 'var(--dk-status-resolved, #14b8a6)' },
  ],
};
const days = ['Nov 14', 'Nov 15', 'Nov 16', 'Nov 17', 'Nov 18', 'Nov 19', 'Nov 20', 'Nov 21'];
const perDay: ChartData = {
  categories: days,
  series: [
    { name: 'P1', values: [0, 1, 0, 2, 1, 0, 3, 1], color: 'var(--dk-priority-p1, #ef4444)' },
    { name: 'P2', values: [2, 3, 1, 4, 2, 5, 3, 4], color: 'var(--dk-priority-p2, #f97316)' },
    { name: 'P3', values: [4, 2, 3, 5, 6, 4, 2, 5], color: 'var(--dk-priority-p3, #6366f1)' },
  ],
};
const priorityMix: ChartData = {
  categories: ['P1', 'P2', 'P3', 'P4'],
  series: [{ name: 'Tickets', values: [2, 23, 20, 3] }],
  categoryColors: [
    'var(--dk-priority-p1, #ef4444)',
    'var(--dk-priority-p2, #f97316)',
    'var(--dk-priority-p3, #6366f1)',
    'var(--dk-priority-p4, #94a3b8)',
  ],
};

const meta: Meta = {
  title: 'Widgets/Charts',
  // Light by default; the dark stories put their own frame around the chart.
  decorators: [(Story, ctx) => (ctx.parameters.dark ? Story() : inWidget()(Story, ctx))],
};
export default meta;
type Story = StoryObj;

export const Bar: Story = {
  render: () => <BarChart label="Tickets by status" categoryLabel="Status" data={byStatus} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}');
    // Chart.js draws the tooltip on the canvas; screen readers hear the live region.
    await expect(canvas.getByRole('img', { name: 'Tickets by status' })).toHaveAttribute(
      'data-active',
      '1',
    );
    await expect(canvas.getByText('On hold: Tickets 3')).toBeInTheDocument();
  },
};
export const StackedBar: Story = {
  render: () => <BarChart stacked label="Workflows by status" data={workflowsByStatus} />,
};
export const GroupedBar: Story = {
  render: () => <BarChart label="Workflows by status" data={workflowsByStatus} />,
};
export const HorizontalBar: Story = {
  render: () => (
    <BarChart
      horizontal
      label="Open tickets per group"
      data={{
        categories: ['Service desk', 'Network', 'Database', 'Identity and access'],
        series: [{ name: 'Tickets', values: [4, 19, 3, 7] }],
      }}
    />
  ),
};
export const Line: Story = {
  render: () => <LineChart label="New tickets per day and priority" data={perDay} />,
};
export const Area: Story = {
  render: () => <LineChart area label="New tickets per day and priority" data={perDay} />,
};
export const Pie: Story = {
  render: () => <PieChart label="Priority mix" data={priorityMix} />,
};
export const Donut: Story = {
  render: () => <PieChart donut label="Priority mix" data={priorityMix} />,
};
export const Empty: Story = {
  render: () => (
    <BarChart
      label="Tickets by status"
      data={{ categories: [], series: [{ name: 'Tickets', values: [] }] }}
    />
  ),
};
export const Dark: Story = {
  render: () => <BarChart stacked label="Workflows by status" data={workflowsByStatus} />,
  decorators: [inWidget(true)],
  parameters: { dark: true },
};
export const DarkDonut: Story = {
  render: () => <PieChart donut label="Priority mix" data={priorityMix} />,
  decorators: [inWidget(true)],
  parameters: { dark: true },
};
