/** The dashboard data set of the storage benchmark: many realistic tickets, and what a desk asks. */
import type { SlaClock, Ticket } from '../src/model/ticket.types';
import type { StorageAdapter } from '../src/storage/storage.types';

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
