import type { DashboardDocument, WidgetLibrary } from '@deskkit/widgets';

/** The manager's reports: the figures an ITSM desk is measured by (runtime report measures). */
export const reportWidgets: WidgetLibrary = {
  'kpi-resolved': {
    type: 'kpi',
    title: 'Resolved',
    config: { metric: 'resolved', days: 7 },
  },
  'kpi-mttr': {
    type: 'kpi',
    title: 'Median time to resolve',
    config: { metric: 'resolveTime', statistic: 'median', days: 7 },
  },
  'kpi-sla': {
    type: 'kpi',
    title: 'SLA compliance',
    config: { metric: 'slaMetRate', days: 7 },
  },
  'kpi-csat': { type: 'kpi', title: 'CSAT', config: { metric: 'csat', days: 7 } },
  'created-resolved': {
    type: 'createdResolved',
    title: 'Created vs resolved',
    config: { days: 30, bucket: 'day' },
  },
  'sla-by-group': {
    type: 'reportChart',
    title: 'SLA compliance by group',
    config: { metric: 'slaMetRate', dimension: 'group', kind: 'bar', days: 30 },
  },
  'mttr-by-priority': {
    type: 'reportChart',
    title: 'Time to resolve by priority',
    config: { metric: 'resolveTime', dimension: 'priority', kind: 'bar', days: 30 },
  },
  'agent-scorecard': {
    type: 'agentScorecard',
    title: 'Agent scorecard',
    config: { days: 30, top: 8 },
  },
  'csat-distribution': {
    type: 'reportChart',
    title: 'CSAT distribution',
    config: { metric: 'created', dimension: 'rating', kind: 'bar', days: 60 },
  },
  'backlog-ageing': {
    type: 'backlogAgeing',
    title: 'Backlog ageing',
    config: { limits: [1, 3, 7, 14] },
  },
};

/** The desk's widget library: each widget is configured once and placed on the role views. */
export const widgetLibrary: WidgetLibrary = {
  'my-todo': { type: 'todo', title: 'My to-do', config: { limit: 6, includeQueue: true } },
  'status-counters': {
    type: 'counters',
    title: 'Tickets by status',
    config: { by: 'status', values: ['open', 'pending', 'resolved', 'closed'], showTotal: true },
  },
  'priority-counters': {
    type: 'counters',
    title: 'Open by priority',
    config: {
      by: 'priority',
      values: ['P1', 'P2', 'P3', 'P4'],
      showTotal: false,
      status: ['open', 'pending'],
    },
  },
  'open-tickets': {
    type: 'ticketTable',
    title: 'Open tickets',
    config: { pageSize: 6, status: ['open', 'pending'] },
  },
  'sla-board': { type: 'slaBoard', title: 'SLA watch', config: { warnAt: 75, criticalAt: 90 } },
  'by-workflow': {
    type: 'chart',
    title: 'Tickets per workflow and status',
    config: {
      kind: 'stackedBar',
      metric: 'count',
      dimension: 'workflow',
      series: 'status',
      days: 30,
    },
  },
  'per-day': {
    type: 'chart',
    title: 'New tickets per day',
    config: { kind: 'area', metric: 'count', dimension: 'day', days: 10 },
  },
  'change-calendar': {
    type: 'changeCalendar',
    title: 'Change calendar',
    // Changes on the same configuration item in overlapping windows are flagged.
    config: { targetField: 'target' },
  },
  'on-call': {
    type: 'onCall',
    title: 'On call',
    config: { rotas: [{ id: 'network-oncall', label: 'Network' }], days: 3 },
  },
  'agent-load': {
    type: 'workload',
    title: 'Workload per person',
    config: { by: 'assignee', top: 6 },
  },
  ...reportWidgets,
};

/** The manager's overview: KPIs with their trend, then the reports behind them. */
export const managerDashboard: DashboardDocument = {
  id: 'manager-overview',
  name: 'Manager overview',
  roles: ['teamLead', 'admin'],
  personalizable: true,
  version: 1,
  items: [
    { i: 'resolved', widget: 'kpi-resolved' },
    { i: 'mttr', widget: 'kpi-mttr' },
    { i: 'sla', widget: 'kpi-sla' },
    { i: 'csat', widget: 'kpi-csat' },
    { i: 'flow', widget: 'created-resolved' },
    { i: 'slagroup', widget: 'sla-by-group' },
    { i: 'mttrprio', widget: 'mttr-by-priority' },
    { i: 'ageing', widget: 'backlog-ageing' },
    { i: 'agents', widget: 'agent-scorecard' },
    { i: 'csatdist', widget: 'csat-distribution' },
  ],
  layouts: {
    lg: [
      { i: 'resolved', x: 0, y: 0, w: 3, h: 3 },
      { i: 'mttr', x: 3, y: 0, w: 3, h: 3 },
      { i: 'sla', x: 6, y: 0, w: 3, h: 3 },
      { i: 'csat', x: 9, y: 0, w: 3, h: 3 },
      { i: 'flow', x: 0, y: 3, w: 8, h: 6 },
      { i: 'ageing', x: 8, y: 3, w: 4, h: 6 },
      { i: 'slagroup', x: 0, y: 9, w: 6, h: 6 },
      { i: 'mttrprio', x: 6, y: 9, w: 6, h: 6 },
      { i: 'agents', x: 0, y: 15, w: 8, h: 7 },
      { i: 'csatdist', x: 8, y: 15, w: 4, h: 7 },
    ],
  },
};

/** What an employee sees: their to-do and their tickets. */
export const requesterDashboard: DashboardDocument = {
  id: 'requester-overview',
  name: 'My overview',
  roles: ['employee'],
  personalizable: true,
  version: 1,
  items: [
    { i: 'todo', widget: 'my-todo' },
    { i: 'status', widget: 'status-counters' },
    { i: 'table', widget: 'open-tickets' },
  ],
  layouts: {
    lg: [
      { i: 'status', x: 0, y: 0, w: 8, h: 3 },
      { i: 'todo', x: 8, y: 0, w: 4, h: 7 },
      { i: 'table', x: 0, y: 3, w: 8, h: 8 },
    ],
  },
};

/** The agents' view: queue, SLA watch, on call. */
export const agentDashboard: DashboardDocument = {
  id: 'agent-overview',
  name: 'Agent overview',
  roles: ['agent'],
  personalizable: true,
  version: 1,
  items: [
    { i: 'todo', widget: 'my-todo' },
    { i: 'status', widget: 'status-counters' },
    { i: 'sla', widget: 'sla-board' },
    { i: 'table', widget: 'open-tickets' },
    { i: 'oncall', widget: 'on-call' },
  ],
  layouts: {
    lg: [
      { i: 'status', x: 0, y: 0, w: 8, h: 3 },
      { i: 'todo', x: 8, y: 0, w: 4, h: 7 },
      { i: 'sla', x: 0, y: 3, w: 8, h: 6 },
      { i: 'oncall', x: 8, y: 7, w: 4, h: 7 },
      { i: 'table', x: 0, y: 9, w: 8, h: 8 },
    ],
  },
};

/** The team leads' and CAB's view: trends, workload and the change calendar. */
export const leadDashboard: DashboardDocument = {
  id: 'lead-overview',
  name: 'Team lead overview',
  roles: ['teamLead', 'cab', 'admin'],
  personalizable: true,
  version: 1,
  items: [
    { i: 'priority', widget: 'priority-counters' },
    { i: 'perday', widget: 'per-day' },
    { i: 'workflow', widget: 'by-workflow' },
    { i: 'agents', widget: 'agent-load' },
    { i: 'calendar', widget: 'change-calendar' },
  ],
  layouts: {
    lg: [
      { i: 'priority', x: 0, y: 0, w: 6, h: 3 },
      { i: 'perday', x: 6, y: 0, w: 6, h: 5 },
      { i: 'workflow', x: 0, y: 3, w: 6, h: 6 },
      { i: 'agents', x: 6, y: 5, w: 6, h: 6 },
      { i: 'calendar', x: 0, y: 11, w: 12, h: 9 },
    ],
  },
};

/** Role views, most specific first: a user sees the first whose roles they have, and may switch. */
export const dashboards: DashboardDocument[] = [
  leadDashboard,
  managerDashboard,
  agentDashboard,
  requesterDashboard,
];
