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

/**
 * JSON Schema properties of the fixed filters an admin sets in a widget's configuration. They sit
 * at the top level of the configuration so the configuration form shows them as ordinary fields.
 */
export const filterProperties: Record<string, JsonSchema> = {
  status: {
    type: 'array',
    title: 'Only these statuses',
    items: { type: 'string', enum: TICKET_STATUSES },
    uniqueItems: true,
  },
  priority: {
    type: 'array',
    title: 'Only these priorities',
    items: { type: 'string' },
    uniqueItems: true,
  },
  workflow: {
    type: 'array',
    title: 'Only these workflows (keys)',
    items: { type: 'string' },
    uniqueItems: true,
  },
  group: {
    type: 'array',
    title: 'Only these groups',
    items: { type: 'string' },
    uniqueItems: true,
  },
};

/** Configuration shared by widgets that list or count tickets: fixed filters set by the admin. */
export interface FilteredConfig {
  status?: TicketStatus[];
  priority?: string[];
  workflow?: string[];
  group?: string[];
}

/** The fixed filters of a configuration; a person's own filters narrow them. */
export function fixedFilters(config: FilteredConfig): WidgetFilters {
  return {
    status: config.status,
    priority: config.priority,
    workflow: config.workflow,
    group: config.group,
  };
}
