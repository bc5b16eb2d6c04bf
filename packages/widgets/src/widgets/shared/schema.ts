import type { JsonSchema, TicketStatus } from '@deskkit/runtime';
import type { WidgetFilters } from '../../data/filters';

export const TICKET_STATUSES: TicketStatus[] = [
  'open',
  'pending',
  'resolved',
  'closed',
  'rejected',
  'cancelled',
];
export const DEFAULT_PRIORITIES = ['P1', 'P2', 'P3', 'P4'];

/** JSON Schema of fixed filters an admin sets in a widget's configuration. */
export const filtersSchema: JsonSchema = {
  type: 'object',
  title: 'Filters',
  properties: {
    status: {
      type: 'array',
      title: 'Status',
      items: { type: 'string', enum: TICKET_STATUSES },
      uniqueItems: true,
    },
    priority: { type: 'array', title: 'Priority', items: { type: 'string' }, uniqueItems: true },
    workflow: { type: 'array', title: 'Workflows', items: { type: 'string' }, uniqueItems: true },
    group: { type: 'array', title: 'Groups', items: { type: 'string' }, uniqueItems: true },
  },
};

/** Configuration shared by widgets that list or count tickets. */
export interface FilteredConfig {
  /** Fixed filters set by the admin; a person's own filters narrow them. */
  filters?: WidgetFilters;
}
