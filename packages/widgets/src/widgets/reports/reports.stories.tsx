import type { Meta, StoryObj } from '@storybook/react-vite';
import { SingleWidget } from '../../testing/SingleWidget';
import { onDarkPage, onPage } from '../../testing/storyDecorator';

const meta: Meta<typeof SingleWidget> = {
  title: 'Widgets/Reports',
  component: SingleWidget,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof SingleWidget>;

const widget = (type: string, title: string, config: Record<string, unknown>, w = 6, h = 6) => ({
  instance: { type, title, config },
  w,
  h,
});

export const KpiResolved: Story = {
  args: widget('kpi', 'Resolved this week', { metric: 'resolved', days: 7 }, 3, 3),
};
export const KpiTimeToResolve: Story = {
  args: widget(
    'kpi',
    'Median time to resolve',
    { metric: 'resolveTime', statistic: 'median', days: 7 },
    3,
    3,
  ),
};
export const KpiFirstContact: Story = {
  args: widget('kpi', 'First-contact resolution', { metric: 'firstContactRate', days: 7 }, 3, 3),
};
export const CreatedVsResolved: Story = {
  args: widget('createdResolved', 'Created vs resolved', { days: 10, bucket: 'day' }),
};
export const SlaComplianceByGroup: Story = {
  args: widget('reportChart', 'SLA compliance by group', {
    metric: 'slaMetRate',
    dimension: 'group',
    kind: 'bar',
    days: 30,
  }),
};
export const MttrByPriority: Story = {
  args: widget('reportChart', 'Time to resolve by priority', {
    metric: 'resolveTime',
    dimension: 'priority',
    kind: 'bar',
    days: 30,
  }),
};
export const CsatDistribution: Story = {
  args: widget('reportChart', 'CSAT distribution', {
    metric: 'created',
    dimension: 'rating',
    kind: 'bar',
    days: 30,
    status: ['resolved', 'closed'],
  }),
};
export const AgentScorecard: Story = {
  args: widget('agentScorecard', 'Agent scorecard', { days: 30, top: 10 }),
};
export const BacklogAgeing: Story = {
  args: widget('backlogAgeing', 'Backlog ageing', { limits: [1, 3, 7] }),
};
export const ScorecardDark: Story = {
  args: { ...widget('agentScorecard', 'Agent scorecard', { days: 30, top: 5 }), theme: 'dark' },
  decorators: [onDarkPage],
};
