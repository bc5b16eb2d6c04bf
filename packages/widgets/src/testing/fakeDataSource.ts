import { aggregateInMemory, changeCollisions, matchesTicketQuery } from '@deskkit/runtime';
import type {
  AggregateQuery,
  AggregateResult,
  DirectoryUser,
  Ticket,
  TicketCondition,
  TicketPage,
  TicketQuery,
  WorkItem,
  WorkItemQuery,
} from '@deskkit/runtime';
import type { DashboardDataSource } from '../data/dataSource.types';

/** A rota of the fake directory: members take turns, one shift each, from `start`. */
export interface FakeRota {
  id: string;
  members: string[];
  start: string;
  shiftHours: number;
}

/** A call the fake data source received, so tests can assert the queries widgets send. */
export type FakeCall =
  | { method: 'listTickets'; query: TicketQuery }
  | { method: 'aggregate'; query: AggregateQuery }
  | { method: 'tasks'; actor: string; filter?: Omit<WorkItemQuery, 'user'> };

/** An in-memory data source over fixture tickets, for tests and stories (not exported). */
export interface FakeDataSource extends DashboardDataSource {
  calls: FakeCall[];
  tickets: Ticket[];
  /** Makes the next calls fail with this error (until set back to null). */
  failWith: Error | null;
  /** Delays every answer by this many ms. */
  delayMs: number;
}

function field(t: Ticket, name: string): unknown {
  if (name === 'workflow') return t.workflow.key;
  const [root, path] = name.startsWith('data.') ? [t.data, name.slice(5)] : [t, name];
  let v: unknown = root;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

function cmp(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function eq(a: unknown, b: unknown): boolean {
  return Array.isArray(a) ? a.some((x) => eq(x, b)) : a != null && String(a) === String(b);
}

function holds(t: Ticket, c: TicketCondition): boolean {
  const v = field(t, c.field);
  const list = Array.isArray(c.value) ? c.value : [];
  switch (c.op) {
    case 'eq':
      return eq(v, c.value);
    case 'neq':
      return !eq(v, c.value);
    case 'in':
      return list.some((x) => eq(v, x));
    case 'nin':
      return !list.some((x) => eq(v, x));
    case 'lt':
      return v != null && cmp(v, c.value) < 0;
    case 'lte':
      return v != null && cmp(v, c.value) <= 0;
    case 'gt':
      return v != null && cmp(v, c.value) > 0;
    case 'gte':
      return v != null && cmp(v, c.value) >= 0;
    case 'contains':
      return Array.isArray(v)
        ? v.some((x) => eq(x, c.value))
        : typeof v === 'string' && v.toLowerCase().includes(String(c.value).toLowerCase());
    case 'exists':
      return c.value === false ? v == null : v != null;
  }
}

function matches(t: Ticket, q: Omit<TicketQuery, 'sort' | 'limit' | 'after'>): boolean {
  if (q.status && !q.status.includes(t.status)) return false;
  if (q.workflow && !q.workflow.includes(t.workflow.key)) return false;
  if (q.priority && !(t.priority && q.priority.includes(t.priority))) return false;
  if (q.requester !== undefined && t.requester !== q.requester) return false;
  if (q.assignee !== undefined && !t.assignees.includes(q.assignee)) return false;
  if (q.createdFrom && t.createdAt < q.createdFrom) return false;
  if (q.createdTo && t.createdAt >= q.createdTo) return false;
  if (q.text) {
    const s = q.text.toLowerCase();
    if (!t.number.toLowerCase().includes(s) && !(t.title ?? '').toLowerCase().includes(s))
      return false;
  }
  // SLA conditions as the runtime's own adapters read them.
  if (q.sla && !matchesTicketQuery(t, { sla: q.sla })) return false;
  return (q.where ?? []).every((c) => holds(t, c));
}

function dimension(t: Ticket, dim: string): Array<string | null> {
  if (dim === 'day') return [t.createdAt.slice(0, 10)];
  if (dim === 'assignee') return t.assignees.length ? t.assignees : [null];
  const v = dim === 'workflow' ? t.workflow.key : field(t, dim);
  return [v == null ? null : String(v)];
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds the fake over tickets, work items and directory users. */
export function createFakeDataSource(options: {
  tickets: Ticket[];
  workItems?: WorkItem[];
  users?: DirectoryUser[];
  rotas?: FakeRota[];
  groups?: Array<{ id: string; name: string }>;
  departments?: Array<{ id: string; name: string }>;
  workflows?: Array<{ key: string; name: string }>;
  now: Date;
}): FakeDataSource {
  const users = new Map((options.users ?? []).map((u) => [u.id, u]));
  const source: FakeDataSource = {
    calls: [],
    tickets: options.tickets,
    failWith: null,
    delayMs: 0,
    now: () => options.now,
    async listTickets(query: TicketQuery = {}): Promise<TicketPage> {
      source.calls.push({ method: 'listTickets', query });
      await settle();
      const sort = query.sort ?? { field: 'createdAt', direction: 'desc' };
      const sign = sort.direction === 'asc' ? 1 : -1;
      const key = (t: Ticket): [unknown, string] => [field(t, sort.field) ?? null, t.id];
      const order = (a: [unknown, string], b: [unknown, string]) =>
        (a[0] === null) !== (b[0] === null)
          ? a[0] === null
            ? 1
            : -1
          : (cmp(a[0], b[0]) || cmp(a[1], b[1])) * sign;
      let list = source.tickets
        .filter((t) => matches(t, query))
        .sort((a, b) => order(key(a), key(b)));
      const total = list.length;
      if (query.after) {
        const after = JSON.parse(atob(query.after)) as [unknown, string];
        list = list.filter((t) => order(key(t), after) > 0);
      }
      const limit = query.limit ?? 50;
      const page = list.slice(0, limit);
      const last = page[page.length - 1];
      const next = list.length > limit && last ? btoa(JSON.stringify(key(last))) : undefined;
      return { tickets: page.map((t) => structuredClone(t)), next, total };
    },
    async aggregate(query: AggregateQuery): Promise<AggregateResult> {
      source.calls.push({ method: 'aggregate', query });
      await settle();
      // Report measures and breakdowns: the runtime's reference implementation over the fixtures.
      const legacy = [undefined, 'count', 'slaMet', 'slaBreached'].includes(query.metric);
      const plain = ['status', 'priority', 'workflow', 'assignee', 'group', 'day', 'requester'];
      if (!legacy || query.groupBy.some((d) => !plain.includes(d) && !d.startsWith('data.'))) {
        return aggregateInMemory(
          source.tickets.filter((x) => matches(x, query)),
          {
            ...query,
            timeZone: query.timeZone ?? 'UTC',
            at: query.at ?? options.now.toISOString(),
          },
        );
      }
      const groups = new Map<string, { key: Record<string, string | null>; value: number }>();
      for (const t of source.tickets.filter((x) => matches(x, query))) {
        const value =
          query.metric === 'slaMet'
            ? Number(t.sla.some((c) => c.state === 'met'))
            : query.metric === 'slaBreached'
              ? Number(t.sla.some((c) => c.state === 'breached'))
              : 1;
        let combos: Array<Record<string, string | null>> = [{}];
        for (const dim of query.groupBy) {
          combos = combos.flatMap((c) => dimension(t, dim).map((v) => ({ ...c, [dim]: v })));
        }
        for (const k of combos) {
          const id = JSON.stringify(query.groupBy.map((d) => k[d]));
          const g = groups.get(id) ?? { key: k, value: 0 };
          g.value += value;
          groups.set(id, g);
        }
      }
      return {
        groups: [...groups.values()].sort((a, b) =>
          cmp(JSON.stringify(a.key), JSON.stringify(b.key)),
        ),
      };
    },
    async tasks(actor, filter) {
      source.calls.push({ method: 'tasks', actor, filter });
      await settle();
      const states = filter?.state ?? ['open'];
      return (options.workItems ?? [])
        .filter(
          (w) =>
            (w.assignee === actor || (!w.assignee && w.candidates?.includes(actor))) &&
            states.includes(w.state),
        )
        .filter((w) => !filter?.ticketId || w.ticketId === filter.ticketId)
        .slice(0, filter?.limit ?? Infinity);
    },
    // The runtime's own rule, over the fixture tickets (as `DeskClient.changeCollisions` runs it).
    changeCollisions: (query) => changeCollisions(query, (q) => source.listTickets(q)),
    ...(options.workflows ? { workflows: async () => options.workflows! } : {}),
    directory: {
      async getUser(id) {
        return users.get(id) ?? null;
      },
      async onCall(rotaId, at) {
        const rota = options.rotas?.find((r) => r.id === rotaId);
        if (!rota) throw new Error(`No rota "${rotaId}"`);
        const n = Math.floor(
          (at.getTime() - Date.parse(rota.start)) / (rota.shiftHours * 3_600_000),
        );
        const member = n >= 0 ? rota.members[n % rota.members.length] : undefined;
        return member ? [member] : [];
      },
      async list(kind) {
        if (kind === 'group') return options.groups ?? [];
        if (kind === 'department') return options.departments ?? [];
        if (kind !== 'user') return [];
        return [...users.values()].map((u) => ({ id: u.id, name: u.name ?? u.id }));
      },
    },
  };
  async function settle() {
    if (source.delayMs) await wait(source.delayMs);
    if (source.failWith) throw source.failWith;
  }
  return source;
}
