import type { DeskClient } from '@deskkit/runtime';
import { cmdb, searchCmdb, type ConfigurationItem } from '../demo/cmdb';

/** One row a lookup or a select shows (the shape `@deskkit/forms` data sources return). */
export interface LookupItem {
  value: string;
  label: string;
  description?: string;
  columns?: Record<string, string>;
}

/** A searchable host table a form field reads its options from (`FieldUi.source`). */
export interface LookupSource {
  search(query: string, page: number): Promise<{ items: LookupItem[]; total: number }>;
  get(value: string | number | boolean): Promise<LookupItem | undefined>;
}

const PAGE = 8;

function ciItem(ci: ConfigurationItem): LookupItem {
  return {
    value: ci.id,
    label: ci.name,
    description: ci.id,
    columns: { kind: ci.kind, environment: ci.environment },
  };
}

function cmdbSource(kinds?: ConfigurationItem['kind'][]): LookupSource {
  return {
    async search(query, page) {
      const found = searchCmdb(query, kinds);
      return {
        items: found.slice(page * PAGE, (page + 1) * PAGE).map(ciItem),
        total: found.length,
      };
    },
    async get(value) {
      const ci = cmdb.find((c) => c.id === value);
      return ci ? ciItem(ci) : undefined;
    },
  };
}

/** Incident tickets by number (those this user may see), for problems that link the incidents they cause. */
function incidentSource(client: DeskClient): LookupSource {
  return {
    async search(query, page) {
      const result = await client.listTickets({
        workflow: ['incident'],
        ...(query.trim() ? { text: query.trim() } : {}),
        sort: { field: 'createdAt', direction: 'desc' },
        limit: 200,
      });
      const items = result.tickets.map((ticket) => ({
        value: ticket.number,
        label: `${ticket.number} — ${ticket.title ?? ''}`,
        columns: { status: ticket.status },
      }));
      return { items: items.slice(page * PAGE, (page + 1) * PAGE), total: items.length };
    },
    async get(value) {
      const result = await client.listTickets({
        workflow: ['incident'],
        text: String(value),
        limit: 5,
      });
      const ticket = result.tickets.find((x) => x.number === value);
      return ticket
        ? { value: ticket.number, label: `${ticket.number} — ${ticket.title ?? ''}` }
        : undefined;
    },
  };
}

/** The data sources the demo forms name: the CMDB, its applications, and incident tickets. */
export function demoDataSources(client: DeskClient): Record<string, LookupSource> {
  return {
    cmdb: cmdbSource(),
    applications: cmdbSource(['application', 'database']),
    incidents: incidentSource(client),
  };
}
