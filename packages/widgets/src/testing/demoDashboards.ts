import type { DashboardDocument, WidgetLibrary } from '../model/dashboard.types';

/** A component library like an admin would build: each widget is configured once. */
export const demoLibrary: WidgetLibrary = {
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
  'sla-board': {
    type: 'slaBoard',
    title: 'SLA watch',
    config: { criticalAt: 90 },
    refreshSeconds: 60,
  },
  'by-workflow': {
    type: 'chart',
    title: 'Tickets per workflow and status',
    config: {
      kind: 'stackedBar',
      metric: 'count',
      dimension: 'workflow',
      series: 'status',
      days: 30,
      userFilters: ['priority', 'group', 'dates'],
    },
  },
  'per-day': {
    type: 'chart',
    title: 'New tickets per day',
    config: {
      kind: 'area',
      metric: 'count',
      dimension: 'day',
      days: 10,
      userFilters: ['priority', 'group'],
    },
  },
  'by-priority-donut': {
    type: 'chart',
    title: 'Priority mix',
    config: {
      kind: 'donut',
      metric: 'count',
      dimension: 'priority',
      days: 0,
      userFilters: ['status'],
    },
  },
  'change-calendar': { type: 'changeCalendar', title: 'Change calendar', config: {} },
  'on-call': {
    type: 'onCall',
    title: 'On call',
    config: {
      rotas: [
        { id: 'network-oncall', label: 'Network' },
        { id: 'desk-oncall', label: 'Service desk' },
      ],
      days: 3,
    },
  },
  'agent-load': {
    type: 'workload',
    title: 'Workload per agent',
    config: { by: 'assignee', top: 6 },
  },
  'group-load': {
    type: 'workload',
    title: 'Workload per group',
    config: { by: 'group', top: 6, byPriority: false },
  },
};

/** The agents' view: personalisable. */
export const agentDashboard: DashboardDocument = {
  id: 'agent-overview',
  name: 'Agent overview',
  roles: ['agent'],
  personalizable: true,
  version: 3,
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
    sm: [
      { i: 'status', x: 0, y: 0, w: 6, h: 4 },
      { i: 'todo', x: 0, y: 4, w: 6, h: 7 },
      { i: 'sla', x: 0, y: 11, w: 6, h: 6 },
      { i: 'table', x: 0, y: 17, w: 6, h: 8 },
      { i: 'oncall', x: 0, y: 25, w: 6, h: 7 },
    ],
  },
};

/** The team leads' view: charts and workload. */
export const leadDashboard: DashboardDocument = {
  id: 'lead-overview',
  name: 'Team lead overview',
  roles: ['teamLead'],
  personalizable: false,
  version: 1,
  items: [
    { i: 'priority', widget: 'priority-counters' },
    { i: 'workflow', widget: 'by-workflow' },
    { i: 'donut', widget: 'by-priority-donut' },
    { i: 'perday', widget: 'per-day' },
    { i: 'agents', widget: 'agent-load' },
    { i: 'groups', widget: 'group-load' },
    { i: 'calendar', widget: 'change-calendar' },
  ],
  layouts: {
    lg: [
      { i: 'priority', x: 0, y: 0, w: 6, h: 3 },
      { i: 'perday', x: 6, y: 0, w: 6, h: 5 },
      { i: 'workflow', x: 0, y: 3, w: 6, h: 6 },
      { i: 'donut', x: 6, y: 5, w: 3, h: 6 },
      { i: 'groups', x: 9, y: 5, w: 3, h: 6 },
      { i: 'agents', x: 0, y: 9, w: 4, h: 7 },
      { i: 'calendar', x: 4, y: 11, w: 8, h: 10 },
    ],
  },
};

export const demoDashboards: DashboardDocument[] = [agentDashboard, leadDashboard];
