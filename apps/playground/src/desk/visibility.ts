import type {
  AggregateQuery,
  AggregateResult,
  Runtime,
  Ticket,
  TicketPage,
  TicketQuery,
} from '@deskkit/runtime';
import type { DashboardDataSource } from '@deskkit/widgets';

/**
 * Which tickets a user may see in lists, following `runtime.viewTicket`'s rule: their own, those
 * they work on, and every ticket of the workflows whose `permissions.view` names them.
 */
export interface TicketScope {
  user: string;
  /** Workflows (keys) whose every ticket this user may view. */
  workflows: string[];
  /** True when `workflows` holds every published workflow. */
  all: boolean;
}

/** Works out a user's scope from the latest published versions. */
export async function ticketScope(runtime: Runtime, user: string): Promise<TicketScope> {
  const records = await runtime.storage.listDefinitions();
  const workflows: string[] = [];
  for (const r of records) {
    const view = r.definition.permissions?.view;
    if (view?.length && (await runtime.directory.matches(user, view))) workflows.push(r.key);
  }
  return { user, workflows, all: workflows.length === records.length };
}

function intersect(asked: string[] | undefined, allowed: string[]): string[] {
  return asked ? asked.filter((k) => allowed.includes(k)) : allowed;
}

/**
 * The tickets of a query this user may see: the union of the workflows they may view, the tickets
 * they requested and the tickets assigned to them, newest first (or in the query's order).
 */
export async function listVisibleTickets(
  runtime: Runtime,
  scope: TicketScope,
  query: TicketQuery,
): Promise<TicketPage> {
  if (scope.all) return runtime.listTickets(query);
  const queries: TicketQuery[] = [];
  const workflows = intersect(query.workflow, scope.workflows);
  if (workflows.length) queries.push({ ...query, workflow: workflows });
  if (!query.requester || query.requester === scope.user)
    queries.push({ ...query, requester: scope.user });
  if (!query.assignee || query.assignee === scope.user)
    queries.push({ ...query, assignee: scope.user });
  const pages = await Promise.all(queries.map((q) => runtime.listTickets(q)));
  const byId = new Map<string, Ticket>();
  for (const page of pages) for (const ticket of page.tickets) byId.set(ticket.id, ticket);
  const field = query.sort?.field ?? 'createdAt';
  const sign = query.sort?.direction === 'asc' ? 1 : -1;
  const key = (t: Ticket) => String((t as unknown as Record<string, unknown>)[field] ?? '');
  const tickets = [...byId.values()].sort((a, b) => sign * key(a).localeCompare(key(b)));
  const limited = query.limit ? tickets.slice(0, query.limit) : tickets;
  return { tickets: limited, total: tickets.length };
}

/**
 * The runtime as a dashboard data source limited to what the user may see: the workflows they may
 * view, or else their own requests.
 */
export function scopedDataSource(runtime: Runtime, scope: TicketScope): DashboardDataSource {
  if (scope.all) return runtime;
  const narrow = <Q extends TicketQuery | AggregateQuery>(query: Q): Q | null => {
    if (scope.workflows.length) {
      const workflow = intersect(query.workflow, scope.workflows);
      return workflow.length ? { ...query, workflow } : null;
    }
    if (query.requester && query.requester !== scope.user) return null;
    return { ...query, requester: scope.user };
  };
  return {
    listTickets: async (query = {}) => {
      const q = narrow(query);
      return q ? runtime.listTickets(q) : { tickets: [], total: 0 };
    },
    aggregate: async (query): Promise<AggregateResult> => {
      const q = narrow(query);
      return q ? runtime.aggregate(q) : { groups: [] };
    },
    tasks: (actor, filter) => runtime.tasks(actor, filter),
    directory: runtime.directory,
    now: () => runtime.now(),
    subscribe: (listener) => runtime.subscribe(listener),
  };
}
