/** The dashboard data set of the storage benchmark: many realistic tickets, and what a desk asks. */
import type { SlaClock, Ticket } from '../src/model/ticket.types';
import type { StorageAdapter } from '../src/storage/storage.types';
import type { AggregateQuery } from '../src/query/query.types';

const WORKFLOWS = ['incident', 'service-request', 'change', 'access', 'hardware'];
const GROUPS = ['desk', 'network', 'cab', 'field', 'apps', 'security', 'db', 'hr'];
const CATEGORIES = ['hardware', 'software', 'access', 'network'];
const PRIORITIES = ['low', 'medium', 'high', 'critical'];
const TITLES = [
  'Printer jam on floor 3',
  'VPN drops every hour',
  'Laptop replacement',
  'Access to finance share',
  'Password reset',
  'New monitor',
  'Email not syncing',
  'Change DNS record',
];
const DAY = 86_400_000;
const END = Date.parse('2026-11-23T18:00:00.000Z');

/** Deterministic, so that every adapter and every run holds the same tickets. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}
const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;

function status(r: number): Ticket['status'] {
  if (r < 0.3) return 'open';
  if (r < 0.35) return 'pending';
  if (r < 0.75) return 'resolved';
  if (r < 0.95) return 'closed';
  return 'cancelled';
}

/** Report stats and satisfaction, as the engine keeps them (drawn after the other fields). */
function reportFacts(r: () => number, created: string, live: boolean, agentGroup: string) {
  const at = Date.parse(created);
  const responseMs = Math.floor(r() * 8 * 3_600_000);
  const resolveMs = responseMs + Math.floor(r() * 72 * 3_600_000);
  const agent = `agent-${Math.floor(r() * 50)}`;
  const resolvedAt = new Date(at + resolveMs).toISOString();
  const rated = !live && r() < 0.6;
  return {
    ...(r() < 0.05 ? { reopenCount: 1 } : {}),
    stats: {
      catalog: `IT / ${agentGroup}`,
      department: `dept-${Math.floor(r() * 12)}`,
      respondedAt: new Date(at + responseMs).toISOString(),
      responseMs,
      responseWorkMs: Math.floor(responseMs / 3),
      agent,
      firstAgent: agent,
      ...(live
        ? {}
        : {
            resolvedAt,
            endedAt: resolvedAt,
            resolveMs,
            resolveWorkMs: Math.floor(resolveMs / 3),
            firstContact: r() < 0.7,
            surveyed: true,
          }),
    },
    ...(rated ? { satisfaction: { rating: 1 + Math.floor(r() * 5), at: resolvedAt, agent } } : {}),
  };
}

/** Tickets `from` .. `from + count - 1` of the data set. */
export function generateTickets(from: number, count: number): Ticket[] {
  const out: Ticket[] = [];
  for (let i = from; i < from + count; i++) {
    const r = rng(i * 2_654_435_761);
    const created = new Date(END - Math.floor(r() * 365 * DAY)).toISOString();
    const st = status(r());
    const live = st === 'open' || st === 'pending';
    const assignees = live
      ? [`agent-${Math.floor(r() * 50)}`, ...(r() < 0.2 ? [`agent-${Math.floor(r() * 50)}`] : [])]
      : [];
    const breached = r() < 0.12;
    const sla: SlaClock[] = [
      {
        policy: 'resolution',
        target: 'resolution',
        state: breached ? 'breached' : live ? 'running' : 'met',
        dueAt: created,
      },
    ];
    out.push({
      id: `bench-${i}`,
      number: `INC-${created.slice(0, 10).replace(/-/g, '')}-${String(i).padStart(6, '0')}`,
      workflow: { key: pick(r, WORKFLOWS), version: 1 },
      title: `${pick(r, TITLES)} #${i}`,
      status: st,
      priority: pick(r, PRIORITIES),
      requester: `user-${Math.floor(r() * 5000)}`,
      group: pick(r, GROUPS),
      data: {
        category: pick(r, CATEGORIES),
        amount: Math.floor(r() * 5000),
        location: `Site ${Math.floor(r() * 20)}`,
      },
      active: live ? ['work'] : [],
      version: 3,
      createdAt: created,
      updatedAt: created,
      children: [],
      sla,
      tokens: [],
      approvals: {},
      assignees,
      trail: ['start', 'work'],
      ...reportFacts(r, created, live, pick(r, GROUPS)),
    });
  }
  return out;
}

/** What a desk's dashboard and ticket list ask for. */
export function dashboardQueries(): Array<{
  name: string;
  run: (s: StorageAdapter) => Promise<unknown>;
}> {
  const monthAgo = new Date(END - 30 * DAY).toISOString();
  return [
    { name: 'count by status', run: (s) => s.aggregateTickets({ groupBy: ['status'] }) },
    {
      name: 'open by priority',
      run: (s) => s.aggregateTickets({ status: ['open', 'pending'], groupBy: ['priority'] }),
    },
    {
      name: 'open by assignee',
      run: (s) => s.aggregateTickets({ status: ['open', 'pending'], groupBy: ['assignee'] }),
    },
    {
      name: 'workflow × status',
      run: (s) => s.aggregateTickets({ groupBy: ['workflow', 'status'] }),
    },
    {
      name: 'open by group',
      run: (s) => s.aggregateTickets({ status: ['open'], groupBy: ['group'] }),
    },
    {
      name: 'created per day, 30 days',
      run: (s) => s.aggregateTickets({ createdFrom: monthAgo, groupBy: ['day'] }),
    },
    { name: 'by data.category', run: (s) => s.aggregateTickets({ groupBy: ['data.category'] }) },
    {
      name: 'SLA breached by workflow',
      run: (s) => s.aggregateTickets({ groupBy: ['workflow'], metric: 'slaBreached' }),
    },
    {
      name: 'SLA met by workflow',
      run: (s) => s.aggregateTickets({ groupBy: ['workflow'], metric: 'slaMet' }),
    },
    ...reportQueries(),
    {
      name: 'search: open high hardware "printer"',
      run: (s) =>
        s.queryTickets({
          status: ['open', 'pending'],
          priority: ['high', 'critical'],
          text: 'printer',
          where: [{ field: 'data.category', op: 'eq', value: 'hardware' }],
          limit: 50,
        }),
    },
    {
      name: 'search: assignee queue, 2 pages',
      run: async (s) => {
        const first = await s.queryTickets({
          assignee: 'agent-7',
          status: ['open', 'pending'],
          limit: 50,
        });
        return first.next
          ? s.queryTickets({
              assignee: 'agent-7',
              status: ['open', 'pending'],
              limit: 50,
              after: first.next,
            })
          : first;
      },
    },
    {
      name: 'search: amount > 4900 by amount',
      run: (s) =>
        s.queryTickets({
          where: [{ field: 'data.amount', op: 'gt', value: 4900 }],
          sort: { field: 'data.amount', direction: 'desc' },
          limit: 50,
        }),
    },
    {
      name: 'search: newest 50 of a requester',
      run: (s) => s.queryTickets({ requester: 'user-42', limit: 50 }),
    },
  ];
}

/** The report widgets' questions (manager overview): measures over periods and breakdowns. */
function reportQueries(): Array<{ name: string; run: (s: StorageAdapter) => Promise<unknown> }> {
  const iso = (ms: number) => new Date(ms).toISOString();
  const week = { resolvedFrom: iso(END - 7 * DAY), resolvedTo: iso(END) };
  const month = { createdFrom: iso(END - 30 * DAY), createdTo: iso(END) };
  const q = (name: string, query: AggregateQuery) => ({
    name: `report: ${name}`,
    run: (s: StorageAdapter) => s.aggregateTickets(query),
  });
  return [
    q('KPI resolved, 7 days', { groupBy: [], metric: 'resolved', ...week }),
    q('KPI median time to resolve', {
      groupBy: [],
      metric: 'resolveTime',
      statistic: 'median',
      ...week,
    }),
    q('KPI SLA compliance, 30 days', { groupBy: [], metric: 'slaMetRate', ...month }),
    q('KPI CSAT, 30 days', { groupBy: [], metric: 'csat', ...month }),
    q('created per day (tz)', {
      groupBy: ['day'],
      metric: 'created',
      ...month,
      timeZone: 'Europe/Paris',
    }),
    q('resolved per week (tz)', {
      groupBy: ['week'],
      metric: 'resolved',
      resolvedFrom: iso(END - 90 * DAY),
      timeZone: 'Europe/Paris',
    }),
    q('SLA compliance by group', { groupBy: ['group'], metric: 'slaMetRate', ...month }),
    q('avg resolve time by priority', { groupBy: ['priority'], metric: 'resolveTime', ...month }),
    q('p90 working resolve time by priority', {
      groupBy: ['priority'],
      metric: 'resolveTime',
      statistic: 'p90',
      time: 'working',
      ...month,
    }),
    q('median response by agent', {
      groupBy: ['agent'],
      metric: 'responseTime',
      statistic: 'median',
      ...month,
    }),
    q('first contact by agent', { groupBy: ['agent'], metric: 'firstContactRate', ...month }),
    q('reopen rate by catalog', { groupBy: ['catalog'], metric: 'reopenRate' }),
    q('CSAT response rate by department', { groupBy: ['department'], metric: 'csatResponseRate' }),
    q('CSAT distribution', { groupBy: ['rating'], ...month }),
    q('backlog now by priority', { groupBy: ['priority'], metric: 'backlog', at: iso(END) }),
    q('backlog 30 days ago by month of creation', {
      groupBy: ['month'],
      metric: 'backlog',
      at: iso(END - 30 * DAY),
    }),
  ];
}
