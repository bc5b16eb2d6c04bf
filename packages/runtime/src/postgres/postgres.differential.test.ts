import fc from 'fast-check';
import type { Ticket } from '../model/ticket.types';
import type {
  AggregateDimension,
  AggregateQuery,
  TicketCondition,
  TicketQuery,
} from '../query/query.types';
import { memoryStorage } from '../storage/memory/memory';
import type { StorageAdapter } from '../storage/storage.types';
import { pgliteDatabase, type TestDatabase } from './testDatabases';

// Differential test: random searches and aggregates must give the same answer in SQL as the
// memory adapter, the reference semantics of the query language.

const STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
const PRIORITIES = ['low', 'high', 'critical'];
const TITLES = [
  'Laptop broken',
  'VPN down',
  'vpn slow',
  'New laptop',
  '100% CPU',
  'Access_request',
];

function dataset(): Ticket[] {
  const out: Ticket[] = [];
  for (let i = 0; i < 60; i++) {
    const created = new Date(Date.UTC(2026, 10, 1 + (i % 17), (i * 7) % 24, i % 60)).toISOString();
    const data: Record<string, unknown> = {};
    if (i % 5 !== 0) data.amount = (i * 37) % 400;
    if (i % 4 !== 1) data.category = ['hardware', 'network', 'access'][i % 3];
    if (i % 3 === 0) data.tags = i % 2 ? ['vpn', 'urgent'] : [];
    else if (i % 3 === 1) data.tags = 'vpn';
    if (i % 7 === 0) data.flag = i % 2 === 0;
    if (i % 6 === 2) data.code = i % 4 === 2 ? 7 : '7';
    out.push({
      id: `d-${String(i).padStart(3, '0')}`,
      number: `DIF-${String(1000 - i)}`,
      workflow: { key: i % 3 ? 'diff-a' : 'diff-b', version: 1 },
      status: STATUSES[i % 4]!,
      ...(i % 6 ? { priority: PRIORITIES[i % 3] } : {}),
      ...(i % 8 ? { title: `${TITLES[i % TITLES.length]} ${i}` } : {}),
      ...(i % 5 ? { group: ['desk', 'net'][i % 2] } : {}),
      requester: ['ann', 'bob', 'cid'][i % 3]!,
      data,
      active: [],
      version: 1 + (i % 4),
      createdAt: created,
      updatedAt: created,
      children: [],
      sla:
        i % 5 === 1
          ? [
              {
                policy: 'p',
                target: 'resolution',
                state: i % 2 ? 'met' : 'breached',
                dueAt: created,
              },
            ]
          : [],
      tokens: [],
      approvals: {},
      assignees: i % 4 === 0 ? [] : i % 4 === 1 ? ['max'] : ['eve', 'max'],
      trail: [],
    });
  }
  return out;
}

const scalar = fc.oneof(
  fc.constantFrom(
    'open',
    'high',
    'hardware',
    'vpn',
    'VPN',
    'lap',
    '7',
    'true',
    'max',
    'desk',
    '2026-11-05T00:00:00.000Z',
  ),
  fc.constantFrom(7, 50, 100, 200, 399, 2, 3, true, false),
);

const condition: fc.Arbitrary<TicketCondition> = fc.oneof(
  fc.record({
    field: fc.constantFrom(
      'status',
      'priority',
      'title',
      'group',
      'requester',
      'number',
      'workflow',
      'data.amount',
      'data.category',
      'data.tags',
      'data.flag',
      'data.code',
      'data.missing',
      'version',
      'createdAt',
    ),
    op: fc.constantFrom('eq', 'neq', 'lt', 'lte', 'gt', 'gte', 'contains') as fc.Arbitrary<
      TicketCondition['op']
    >,
    value: scalar,
  }),
  fc.record({
    field: fc.constantFrom(
      'status',
      'priority',
      'data.category',
      'data.tags',
      'data.code',
      'assignees',
      'group',
    ),
    op: fc.constantFrom('in', 'nin') as fc.Arbitrary<TicketCondition['op']>,
    value: fc.array(scalar, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    field: fc.constantFrom('priority', 'title', 'data.amount', 'data.tags', 'data.flag', 'group'),
    op: fc.constant('exists' as const),
    value: fc.boolean(),
  }),
  fc.record({
    field: fc.constant('assignees'),
    op: fc.constantFrom('eq', 'neq', 'contains') as fc.Arbitrary<TicketCondition['op']>,
    value: fc.constantFrom('max', 'eve', 'kim'),
  }),
);

/** Each filter is present in one query out of five (text in one of ten, `where` in one of two),
 * so most queries combine a few filters and still match something worth comparing. */
const rarely = <T>(arb: fc.Arbitrary<T>, absent = 4): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: absent }, { arbitrary: arb, weight: 1 });
const filters = fc
  .record({
    status: rarely(fc.subarray([...STATUSES], { minLength: 2 })),
    priority: rarely(fc.subarray(PRIORITIES, { minLength: 2 })),
    workflow: rarely(fc.subarray(['diff-a', 'diff-b'], { minLength: 1 })),
    requester: rarely(fc.constantFrom('ann', 'bob', 'zed')),
    assignee: rarely(fc.constantFrom('max', 'eve')),
    text: rarely(fc.constantFrom('lap', 'VPN', '%', '_', 'DIF-99', 'x'), 9),
    createdFrom: rarely(fc.constantFrom('2026-11-03T00:00:00.000Z', '2026-11-10T12:00:00.000Z')),
    createdTo: rarely(fc.constantFrom('2026-11-08T00:00:00.000Z', '2026-11-15T00:00:00.000Z')),
    where: rarely(fc.array(condition, { minLength: 1, maxLength: 2 }), 1),
  })
  .map(
    (f) =>
      Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as Omit<
        TicketQuery,
        'sort'
      >,
  );

const search: fc.Arbitrary<TicketQuery> = fc
  .record({
    filters,
    sort: fc.record({
      field: fc.constantFrom(
        'createdAt',
        'updatedAt',
        'priority',
        'title',
        'number',
        'status',
        'group',
        'data.amount',
        'data.category',
        'version',
      ),
      direction: fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'>,
    }),
  })
  .map(({ filters: f, sort }) => ({ ...f, sort, limit: 1000 }));

const aggregate: fc.Arbitrary<AggregateQuery> = fc
  .record({
    filters,
    groupBy: fc.subarray(
      [
        'status',
        'priority',
        'workflow',
        'requester',
        'assignee',
        'group',
        'day',
        'data.category',
        'data.tags',
        'data.amount',
      ] as AggregateDimension[],
      { maxLength: 2 },
    ),
    metric: fc.constantFrom('count', 'slaMet', 'slaBreached') as fc.Arbitrary<
      AggregateQuery['metric']
    >,
  })
  .map(({ filters: f, groupBy, metric }) => ({ ...f, groupBy, metric }));

describe('postgresStorage answers like the memory adapter (random queries, PGlite)', () => {
  let db: TestDatabase;
  let pgs: StorageAdapter;
  const mem = memoryStorage();
  beforeAll(async () => {
    db = await pgliteDatabase();
    pgs = db.storage();
    const tickets = dataset();
    await pgs.commit({
      tickets: tickets.map((t) => ({ ticket: t, expectedVersion: null })),
      events: [],
    });
    await mem.commit({
      tickets: tickets.map((t) => ({ ticket: t, expectedVersion: null })),
      events: [],
    });
  }, 60_000);
  afterAll(async () => db?.dispose());

  it('ticket searches: same tickets, same order, same total', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(search, async (q) => {
        const [a, b] = await Promise.all([mem.queryTickets(q), pgs.queryTickets(q)]);
        expect(b.tickets.map((t) => t.id)).toEqual(a.tickets.map((t) => t.id));
        expect(b.total).toBe(a.total);
        if (a.tickets.length > 1) nonEmpty++;
      }),
      { numRuns: 120, seed: 20261124 },
    );
    // The random filters must not be so narrow that most comparisons are of empty lists.
    expect(nonEmpty).toBeGreaterThan(40);
  }, 120_000);

  it('keyset pages concatenate to the full result', async () => {
    await fc.assert(
      fc.asyncProperty(search, fc.integer({ min: 1, max: 9 }), async (q, limit) => {
        const all = (await mem.queryTickets(q)).tickets.map((t) => t.id);
        const seen: string[] = [];
        let after: string | undefined;
        do {
          const page = await pgs.queryTickets({ ...q, limit, ...(after ? { after } : {}) });
          seen.push(...page.tickets.map((t) => t.id));
          after = page.next;
        } while (after);
        expect(seen).toEqual(all);
      }),
      { numRuns: 40, seed: 7 },
    );
  }, 120_000);

  it('aggregates: same groups, same counts, same order', async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(aggregate, async (q) => {
        const [a, b] = await Promise.all([mem.aggregateTickets(q), pgs.aggregateTickets(q)]);
        expect(b.groups).toEqual(a.groups);
        if (a.groups.length > 1) nonEmpty++;
      }),
      { numRuns: 120, seed: 42 },
    );
    expect(nonEmpty).toBeGreaterThan(30);
  }, 120_000);
});
