import type { DirectoryUser, SlaClock, Ticket, TicketStatus, WorkItem } from '@deskkit/runtime';
import { createFakeDataSource, type FakeDataSource, type FakeRota } from './fakeDataSource';

/** The fixed "now" of every fixture: Monday 23 November 2026, 10:00 UTC. */
export const FIXTURE_NOW = new Date('2026-11-23T10:00:00.000Z');

export const fixtureUsers: DirectoryUser[] = [
  { id: 'sam', name: 'Sam Okafor', roles: ['agent'], groups: ['service-desk'] },
  { id: 'priya', name: 'Priya Raman', roles: ['agent'], groups: ['service-desk'] },
  { id: 'lucas', name: 'Lucas Meyer', roles: ['engineer'], groups: ['network'] },
  { id: 'mei', name: 'Mei Chen', roles: ['engineer'], groups: ['database'] },
  { id: 'omar', name: 'Omar Haddad', roles: ['engineer', 'cab'], groups: ['network', 'cab'] },
  { id: 'ines', name: 'Inès Dubois', roles: ['teamLead'], groups: ['service-desk'] },
  { id: 'alice', name: 'Alice Martin', roles: ['employee'] },
  { id: 'ben', name: 'Ben Kowalski', roles: ['employee'] },
  { id: 'carla', name: 'Carla Souza', roles: ['employee'] },
];

export const fixtureGroups = [
  { id: 'service-desk', name: 'Service desk' },
  { id: 'network', name: 'Network' },
  { id: 'database', name: 'Database' },
  { id: 'security', name: 'Information security' },
];

export const fixtureWorkflows = [
  { key: 'incident', name: 'Incident' },
  { key: 'access-request', name: 'Access request' },
];

export const fixtureRotas: FakeRota[] = [
  {
    id: 'network-oncall',
    members: ['lucas', 'omar', 'mei'],
    start: '2026-11-02T08:00:00.000Z',
    shiftHours: 24,
  },
  {
    id: 'desk-oncall',
    members: ['sam', 'priya', 'ines'],
    start: '2026-11-02T08:00:00.000Z',
    shiftHours: 12,
  },
];

const incidentTitles = [
  'VPN drops every 10 minutes in Lyon office',
  'Outlook cannot send mail with attachments',
  'Printer on floor 3 jams on every job',
  'Payroll portal returns error 502',
  'Laptop will not boot after update',
  'Wi-Fi slow in meeting room Aurora',
  'Cannot open shared drive S:',
  'Teams calls drop audio',
  'SAP login loops back to the start page',
  'Database replica lag above 5 minutes',
  'Website checkout times out',
  'Phone handset has no dial tone',
];
const requestTitles = [
  'Access to finance reporting',
  'New laptop for onboarding',
  'Admin rights for developer tools',
  'Shared mailbox for the sales team',
  'Access to the CRM production data',
];
const changeTitles = [
  'Upgrade core switch firmware',
  'PostgreSQL 16 minor upgrade',
  'Rotate TLS certificates on load balancers',
  'Patch Windows servers (November)',
  'Migrate file server to new SAN',
  'Firewall rule clean-up',
  'Deploy new VPN concentrator',
];

const statuses: TicketStatus[] = [
  'open',
  'open',
  'open',
  'pending',
  'resolved',
  'closed',
  'open',
  'rejected',
];
const priorities = ['P1', 'P2', 'P3', 'P3', 'P4', 'P2'];
const groups = ['service-desk', 'network', 'database', 'security'];
const agents = ['sam', 'priya', 'lucas', 'mei', 'omar'];
const requesters = ['alice', 'ben', 'carla'];
const departments = ['Finance', 'Sales', 'Operations'];

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

function clock(
  now: number,
  createdAt: number,
  targetHours: number,
  status: TicketStatus,
): SlaClock {
  const due = createdAt + targetHours * HOUR;
  const percent = Math.round(((now - createdAt) / (due - createdAt)) * 100);
  const done = status === 'resolved' || status === 'closed';
  const state: SlaClock['state'] = done
    ? percent > 100
      ? 'breached'
      : 'met'
    : status === 'pending'
      ? 'paused'
      : percent >= 100
        ? 'breached'
        : 'running';
  return {
    policy: 'incident-sla',
    target: 'resolution',
    state,
    dueAt: iso(due),
    percent: Math.min(percent, 250),
    remainingMs: due - now,
    warned: percent >= 90 ? 90 : percent >= 75 ? 75 : undefined,
  };
}

/** About 60 realistic tickets (incidents, access requests, changes) around {@link FIXTURE_NOW}. */
export function fixtureTickets(now: Date = FIXTURE_NOW): Ticket[] {
  const t0 = now.getTime();
  const out: Ticket[] = [];
  let n = 0;
  const add = (
    workflow: string,
    prefix: string,
    title: string,
    i: number,
    extra: Partial<Ticket> = {},
  ) => {
    n++;
    const status = statuses[(i * 3 + n) % statuses.length] ?? 'open';
    const priority = priorities[(i + n) % priorities.length];
    const createdAt = t0 - ((i * 7 + n * 5) % 200) * HOUR - (n % 4) * 900_000;
    const open = status === 'open' || status === 'pending';
    const group = groups[(i + n) % groups.length];
    const assignee = agents[(i * 2 + n) % agents.length] ?? 'sam';
    const targetHours =
      priority === 'P1' ? 8 : priority === 'P2' ? 24 : priority === 'P3' ? 72 : 160;
    const day = new Date(createdAt).toISOString().slice(0, 10).replace(/-/g, '');
    const done = status === 'resolved' || status === 'closed';
    const resolveHours =
      priority === 'P1' ? 3 : priority === 'P2' ? 6 : priority === 'P3' ? 12 : 30;
    out.push({
      id: `t-${String(n).padStart(3, '0')}`,
      number: `${prefix}-${day}-${String(n).padStart(4, '0')}`,
      workflow: { key: workflow, version: 1 },
      title,
      status,
      data: {},
      active: open ? ['work'] : [],
      version: 3,
      requester: requesters[n % requesters.length] ?? 'alice',
      priority,
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt + 2 * HOUR),
      resolvedAt: done ? iso(createdAt + resolveHours * HOUR) : undefined,
      // Report facts, as the engine keeps them (see `TicketStats`).
      stats: {
        catalog: workflow === 'incident' ? 'IT / Incidents' : 'IT / Requests',
        department: departments[n % departments.length],
        respondedAt: iso(createdAt + ((n % 5) + 1) * 600_000),
        responseMs: ((n % 5) + 1) * 600_000,
        responseWorkMs: ((n % 5) + 1) * 600_000,
        agent: assignee,
        firstAgent: n % 4 === 0 ? 'priya' : assignee,
        ...(done
          ? {
              resolvedAt: iso(createdAt + resolveHours * HOUR),
              endedAt: iso(createdAt + resolveHours * HOUR),
              resolveMs: resolveHours * HOUR,
              resolveWorkMs: Math.min(resolveHours, 8) * HOUR,
              firstContact: n % 4 !== 0,
              surveyed: true,
            }
          : {}),
      },
      ...(done && n % 3 !== 0
        ? {
            satisfaction: {
              rating: 5 - (n % 4 === 0 ? 3 : n % 3),
              at: iso(createdAt + (resolveHours + 1) * HOUR),
              agent: assignee,
            },
          }
        : {}),
      ...(done && n % 7 === 0 ? { reopenCount: 1 } : {}),
      children: [],
      sla: workflow === 'incident' ? [clock(t0, createdAt, targetHours, status)] : [],
      tokens: [],
      approvals: {},
      assignees: open ? [assignee] : [],
      trail: ['start'],
      group: open ? group : undefined,
      ...extra,
    } as Ticket);
  };
  incidentTitles.forEach((title, i) => add('incident', 'INC', title, i));
  incidentTitles
    .slice(0, 9)
    .forEach((title, i) => add('incident', 'INC', `${title} (site B)`, i + 20));
  requestTitles.forEach((title, i) => add('access-request', 'REQ', title, i + 40));
  requestTitles.forEach((title, i) =>
    add('access-request', 'REQ', `${title} (contractor)`, i + 50),
  );
  // Close to their target: 94%, 83% and 81% of it used.
  const near: Array<[string, string, number, number]> = [
    ['Core router CPU at 95% in Paris DC', 'P1', 7.5, 8],
    ['Backups failing on the HR file share', 'P2', 20, 24],
    ['Expense app rejects receipts over 5 MB', 'P3', 58, 72],
  ];
  near.forEach(([title, priority, ageHours, target], i) => {
    const createdAt = t0 - ageHours * HOUR;
    add('incident', 'INC', title, i + 30, {
      status: 'open',
      priority,
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt + HOUR),
      group: i === 0 ? 'network' : 'service-desk',
      assignees: [i === 0 ? 'lucas' : 'sam'],
      active: ['work'],
      sla: [clock(t0, createdAt, target, 'open')],
    });
  });
  const day = 86_400_000;
  const monday = t0 - ((new Date(t0).getUTCDay() + 6) % 7) * day;
  const windows = [-16, -9, -2, 0, 1, 1, 3, 4, 8, 10, 15, 22, -5, 2];
  windows.forEach((offset, i) => {
    const start = Math.floor((monday + offset * day) / day) * day + (18 + (i % 4)) * HOUR;
    const status: TicketStatus =
      offset < -1 ? 'resolved' : i % 5 === 3 ? 'pending' : i % 7 === 6 ? 'rejected' : 'open';
    add('change-request', 'CHG', changeTitles[i % changeTitles.length] ?? 'Change', i + 60, {
      status,
      priority: i % 3 === 0 ? 'P2' : 'P3',
      data: {
        plannedStart: iso(start),
        plannedEnd: iso(start + (2 + (i % 3) * 2) * HOUR),
        risk: i % 3 === 0 ? 'high' : 'medium',
        // Changes 4 and 5 work on the same CI in overlapping windows: a collision.
        target: i === 4 || i === 5 ? 'CI-4002' : `CI-${5000 + i}`,
      },
    });
  });
  return out;
}

/** Open work items of the fixture agents, pointing at open fixture tickets. */
export function fixtureWorkItems(tickets: Ticket[]): WorkItem[] {
  return tickets
    .filter((t) => t.status === 'open' || t.status === 'pending')
    .slice(0, 30)
    .map((t, i) => ({
      id: `w-${t.id}`,
      ticketId: t.id,
      nodeId: t.workflow.key === 'change-request' ? 'cab' : 'work',
      nodeName:
        t.workflow.key === 'change-request' ? 'CAB review' : i % 2 ? 'Investigate' : 'Resolve',
      kind: t.workflow.key === 'change-request' ? 'approval' : 'task',
      state: 'open',
      assignee:
        i % 6 === 5 ? undefined : (['sam', 'priya', 'sam', 'omar', 'lucas'][i % 5] ?? 'sam'),
      candidates: ['sam', 'priya'],
      queue: i % 6 === 5,
      createdAt: t.updatedAt,
      ticketNumber: t.number,
      workflowKey: t.workflow.key,
      title: t.title,
      priority: t.priority,
    }));
}

/** The fake data source over every fixture. */
export function fixtureDataSource(now: Date = FIXTURE_NOW): FakeDataSource {
  const tickets = fixtureTickets(now);
  return createFakeDataSource({
    tickets,
    workItems: fixtureWorkItems(tickets),
    users: fixtureUsers,
    rotas: fixtureRotas,
    groups: fixtureGroups,
    workflows: fixtureWorkflows,
    now,
  });
}
