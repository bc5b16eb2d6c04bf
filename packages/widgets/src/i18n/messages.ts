/** Every user-facing string of @deskkit/widgets, in English, by key. `{name}` marks a variable. */
export const defaultMessages = {
  'dashboard.label': 'Dashboard {name}',
  'dashboard.edit': 'Customize',
  'dashboard.done': 'Done',
  'dashboard.editingShared': 'Editing the default layout for {roles}',
  'dashboard.editingPersonal': 'Editing your personal layout',
  'dashboard.everyone': 'everyone',
  'dashboard.personalized': 'Personal layout',
  'dashboard.reset': 'Reset to default',
  'dashboard.resetDone': 'Layout reset to the default.',
  'dashboard.outdated': 'The default layout changed since you personalised it.',
  'dashboard.add': 'Add widget',
  'dashboard.addTitle': 'Add a widget',
  'dashboard.addNew': 'New widget',
  'dashboard.addFromLibrary': 'From the component library',
  'dashboard.libraryEmpty': 'Every library widget is already on this dashboard.',
  'dashboard.empty': 'This dashboard has no widgets yet.',
  'dashboard.emptyEdit': 'Add a widget to get started.',
  'dashboard.keyboardHelp': 'Arrow keys move the widget, Shift and arrow keys resize it.',
  'dashboard.moved': '{title} moved to column {x}, row {y}.',
  'dashboard.resized': '{title} resized to {w} by {h}.',
  'dashboard.added': '{title} added.',
  'dashboard.removed': '{title} removed.',
  'widget.configure': 'Configure {title}',
  'widget.remove': 'Remove {title}',
  'widget.refresh': 'Refresh {title}',
  'widget.move': 'Move or resize {title}',
  'widget.loading': 'Loading…',
  'widget.empty': 'Nothing to show.',
  'widget.error': 'Could not load this widget.',
  'widget.retry': 'Try again',
  'widget.unknownType': 'Unknown widget type "{type}". Register it in the widget registry.',
  'widget.missing': 'Widget "{id}" is not in the component library.',
  'widget.invalidConfig': 'The configuration of this widget is invalid: {issues}',
  'widget.updated': 'Updated {time}',
  'config.title': 'Configure {title}',
  'config.widgetTitle': 'Title',
  'config.refresh': 'Refresh every (seconds, 0 = never)',
  'config.save': 'Save',
  'config.cancel': 'Cancel',
  'config.sharedNote': 'This widget is shared: changes apply on every dashboard that shows it.',
  'filter.status': 'Status',
  'filter.priority': 'Priority',
  'filter.group': 'Group',
  'filter.from': 'Created from',
  'filter.to': 'Created to',
  'filter.text': 'Search',
  'filter.all': 'All',
  'filter.allStatuses': 'All statuses',
  'filter.allPriorities': 'All priorities',
  'filter.allGroups': 'All groups',
  'filter.clear': 'Clear filters',
  'status.open': 'Open',
  'status.pending': 'On hold',
  'status.resolved': 'Resolved',
  'status.closed': 'Closed',
  'status.rejected': 'Rejected',
  'status.cancelled': 'Cancelled',
  none: 'None',
  unassigned: 'Unassigned',
  'type.todo': 'My to-do',
  'type.todo.description': 'Work items waiting for you, newest first.',
  'type.counters': 'Ticket counters',
  'type.counters.description': 'Counts by status, priority or workflow, each a link to the list.',
  'type.ticketTable': 'Ticket table',
  'type.ticketTable.description': 'Tickets with sorting, filters and pages.',
  'type.slaBoard': 'SLA board',
  'type.slaBoard.description': 'Tickets near their SLA target and past it.',
  'type.chart': 'Chart',
  'type.chart.description': 'Bar, stacked bar, line, area, pie or donut chart of tickets.',
  'type.changeCalendar': 'Change calendar',
  'type.changeCalendar.description': 'Planned change windows by month or week.',
  'type.onCall': 'On call',
  'type.onCall.description': 'Who is on call now and the rota for the week.',
  'type.workload': 'Workload',
  'type.workload.description': 'Open tickets per agent or group.',
  'todo.count': '{count} open',
  'todo.empty': 'Nothing waiting for you. Enjoy the calm.',
  'todo.approval': 'Approval',
  'todo.task': 'Task',
  'todo.queue': 'Queue',
  'todo.more': '{count} more',
  'todo.open': 'Open {number}',
  'counters.open': 'Show {count} tickets: {label}',
  'counters.total': 'Total',
  'table.number': 'Number',
  'table.title': 'Title',
  'table.status': 'Status',
  'table.priority': 'Priority',
  'table.assignees': 'Assignees',
  'table.group': 'Group',
  'table.workflow': 'Workflow',
  'table.createdAt': 'Created',
  'table.updatedAt': 'Updated',
  'table.requester': 'Requester',
  'table.sortBy': 'Sort by {column}',
  'table.previous': 'Previous page',
  'table.next': 'Next page',
  'table.page': 'Page {page}',
  'table.total': '{total} tickets',
  'table.empty': 'No tickets match these filters.',
  'sla.breached': 'Breached',
  'sla.nearBreach': 'Near breach',
  'sla.dueIn': 'due in {time}',
  'sla.overdue': '{time} overdue',
  'sla.empty': 'No ticket is near its SLA target.',
  'sla.target.response': 'Response',
  'sla.target.resolution': 'Resolution',
  'sla.target.ola': 'OLA',
  'sla.percent': '{percent}% of target used',
  'sla.paused': '{target} (paused)',
  'sla.total': '{total} tickets at risk',
  'chart.empty': 'No data for this chart.',
  'chart.summary': '{metric} by {dimension}',
  'chart.keys': 'Arrow keys go through the values.',
  'chart.keysSelect': 'Arrow keys go through the values; Enter opens the selected one.',
  'chart.total': 'Total',
  'chart.share': '{percent}%',
  'metric.count': 'Tickets',
  'metric.slaMet': 'SLA met',
  'metric.slaBreached': 'SLA breached',
  'dimension.status': 'Status',
  'dimension.priority': 'Priority',
  'dimension.workflow': 'Workflow',
  'dimension.assignee': 'Assignee',
  'dimension.group': 'Group',
  'dimension.day': 'Day',
  'dimension.requester': 'Requester',
  'calendar.month': 'Month',
  'calendar.week': 'Week',
  'calendar.today': 'Today',
  'calendar.previous': 'Previous',
  'calendar.next': 'Next',
  'calendar.view': 'Calendar view',
  'calendar.more': '+{count} more',
  'calendar.empty': 'No changes planned in this period.',
  'oncall.now': 'On call now',
  'oncall.nobody': 'Nobody is on call on this rota now.',
  'oncall.week': 'This week',
  'oncall.until': 'until {time}',
  'workload.empty': 'No open work.',
  'workload.open': 'Show {count} tickets of {name}',
  'time.minutes': '{n} min',
  'time.hours': '{n} h',
  'time.days': '{n} d',
} as const;

/** A message key of @deskkit/widgets. */
export type MessageKey = keyof typeof defaultMessages;

/** Variables interpolated into a message. */
export type MessageVars = Record<string, string | number>;

/**
 * Translates one message. Return `undefined` to fall back to the English default.
 *
 * @example
 * ```ts
 * const translate: Translate = (key, vars) => (key === 'dashboard.edit' ? 'Anpassen' : undefined);
 * ```
 */
export type Translate = (
  key: MessageKey,
  vars: MessageVars | undefined,
  fallback: string,
) => string | undefined;

/** The translation function components call: always returns a string. */
export type T = (key: MessageKey, vars?: MessageVars) => string;

function interpolate(text: string, vars: MessageVars | undefined): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Builds the translation function from a host override (English defaults otherwise). */
export function createTranslator(translate?: Translate): T {
  return (key, vars) => {
    const fallback = interpolate(defaultMessages[key], vars);
    return translate?.(key, vars, fallback) ?? fallback;
  };
}
