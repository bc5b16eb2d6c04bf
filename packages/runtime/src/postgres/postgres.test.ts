import type { HistoryEvent, Ticket } from '../model/ticket.types';
import { ConflictError, DeskkitError } from '../errors/errors';
import { commitFunctionSql } from './commitFunction';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import pg from 'pg';
import { postgresStorage } from './postgres';
import type { SqlDriver } from './postgres.types';
import { REPORT_COLUMNS, TICKET_COLUMNS_V1, TICKET_COLUMNS_V6 } from './rows';
import type { AggregateQuery } from '../query/query.types';
import { DATABASES, SERVER_URL, type TestDatabase } from './testDatabases';

let n = 0;
const uid = (p: string) =>
  `${p}-${Date.now().toString(36)}-${++n}-${Math.random().toString(36).slice(2, 7)}`;

function ticket(o: Partial<Ticket> = {}): Ticket {
  const id = o.id ?? uid('t');
  return {
    id,
    number: `PG-${id}`,
    workflow: { key: 'wf', version: 1 },
    status: 'open',
    data: {},
    active: [],
    version: 1,
    requester: 'ann',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    children: [],
    sla: [],
    tokens: [],
    approvals: {},
    assignees: [],
    trail: [],
    ...o,
  };
}

const ev = (ticketId: string, seq: number): HistoryEvent => ({
  id: uid('e'),
  ticketId,
  seq,
  at: '2026-11-23T10:00:00.000Z',
  type: 'entered',
});

for (const { name, open } of DATABASES) {
  describe(`postgresStorage on ${name}`, () => {
    let db: TestDatabase;
    beforeAll(async () => {
      db = await open();
    }, 60_000);
    afterAll(async () => db?.dispose());

    const create = async (list: Ticket[]) => {
      await db
        .storage()
        .commit({ tickets: list.map((t) => ({ ticket: t, expectedVersion: null })), events: [] });
      return list;
    };

    describe('migrations', () => {
      it('migrates once, then reports nothing to do; concurrent starts do not collide', async () => {
        const reports = await Promise.all([
          db.storage().migrate(),
          db.storage().migrate(),
          db.storage().migrate(),
        ]);
        expect(reports.flatMap((r) => r.applied)).toEqual(
          reports.some((r) => r.applied.length) ? MIGRATIONS.map((m) => m.version) : [],
        );
        expect(reports.every((r) => r.version === SCHEMA_VERSION)).toBe(true);
        expect((await db.storage().migrate()).applied).toEqual([]);
        const rows = await db.sql(
          `SELECT version FROM "${db.schema}".deskkit_migrations ORDER BY version`,
        );
        expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
      });

      it('quotes any schema name, so a hostile name is just a name', async () => {
        const schema = `dk "x"; DROP TABLE users; --${Math.random().toString(36).slice(2, 6)}`;
        const s = postgresStorage({ client: db.storage().driver, schema });
        expect((await s.migrate()).applied).toEqual(MIGRATIONS.map((m) => m.version));
        const t = ticket();
        await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] });
        expect((await s.getTicket(t.id))?.id).toBe(t.id);
        await db.sql(`DROP SCHEMA "${schema.replace(/"/g, '""')}" CASCADE`);
      });

      it('upgrades a version-2 schema: migration 3 backfills SLA states of stored tickets', async () => {
        const schema = `${db.schema}_v2`;
        const s = postgresStorage({ client: db.storage().driver, schema });
        await s.migrate();
        const q = `"${schema}"`;
        // Roll the schema back to what version 2 wrote, with a ticket stored by it.
        await db.sql(`ALTER TABLE ${q}.tickets DROP COLUMN sla_states`);
        await db.sql(`DELETE FROM ${q}.deskkit_migrations WHERE version = 3`);
        await db.sql(commitFunctionSql(q, TICKET_COLUMNS_V1));
        const sla = [
          {
            policy: 'p',
            target: 'resolution' as const,
            state: 'breached' as const,
            dueAt: '2026-11-23T10:00:00.000Z',
          },
        ];
        await s.commit({
          tickets: [{ ticket: ticket({ sla }), expectedVersion: null }],
          events: [],
        });
        expect(
          (await postgresStorage({ client: db.storage().driver, schema }).migrate()).applied,
        ).toEqual([3]);
        const res = await s.aggregateTickets({ groupBy: [], metric: 'slaBreached' });
        expect(res.groups).toEqual([{ key: {}, value: 1 }]);
        await db.sql(`DROP SCHEMA ${q} CASCADE`);
      });

      it('upgrades a version-7 schema: migration 8 backfills the report columns of stored tickets', async () => {
        const schema = `${db.schema}_v7`;
        const s = postgresStorage({ client: db.storage().driver, schema });
        await s.migrate();
        const q = `"${schema}"`;
        // Roll the schema back to what version 7 wrote, with tickets stored by it.
        await db.sql(
          `ALTER TABLE ${q}.tickets ${REPORT_COLUMNS.map(([c]) => `DROP COLUMN ${c}`).join(', ')}`,
        );
        await db.sql(`DELETE FROM ${q}.deskkit_migrations WHERE version = 8`);
        await db.sql(commitFunctionSql(q, TICKET_COLUMNS_V6));
        const resolved = ticket({
          status: 'closed',
          reopenCount: 1,
          satisfaction: { rating: 4, at: '2026-11-23T12:00:00.000Z', agent: 'eve' },
          stats: {
            resolvedAt: '2026-11-23T11:00:00.000Z',
            resolveMs: 3_600_000,
            endedAt: '2026-11-23T11:00:00.000Z',
            surveyed: true,
            catalog: 'IT',
          },
        });
        // Written before stats existed: ended when it was closed.
        const old = ticket({ status: 'rejected', closedAt: '2026-11-23T10:30:00.000Z' });
        await s.commit({
          tickets: [resolved, old].map((t) => ({ ticket: t, expectedVersion: null })),
          events: [],
        });
        expect(
          (await postgresStorage({ client: db.storage().driver, schema }).migrate()).applied,
        ).toEqual([8]);
        const one = async (query: Omit<AggregateQuery, 'groupBy'>) =>
          (await s.aggregateTickets({ groupBy: [], ...query })).groups[0]?.value;
        expect(await one({ metric: 'resolveTime' })).toBe(3_600_000);
        expect(await one({ metric: 'reopenRate' })).toBe(1);
        expect(await one({ metric: 'csatResponseRate' })).toBe(1);
        expect(await one({ metric: 'backlog', at: '2026-11-23T10:45:00.000Z' })).toBe(1);
        expect(
          (await s.aggregateTickets({ groupBy: ['agent', 'catalog'] })).groups[0]?.key,
        ).toEqual({ agent: 'eve', catalog: 'IT' });
        await db.sql(`DROP SCHEMA ${q} CASCADE`);
      });

      it('refuses a schema written by a newer Deskkit', async () => {
        const schema = `${db.schema}_future`;
        const s = postgresStorage({ client: db.storage().driver, schema });
        await s.migrate();
        await db.sql(
          `INSERT INTO "${schema}".deskkit_migrations (version, name) VALUES (99, 'future')`,
        );
        await expect(
          postgresStorage({ client: db.storage().driver, schema }).getTicket('x'),
        ).rejects.toThrow(/version 99, newer than this @deskkit\/runtime/);
        await db.sql(`DROP SCHEMA "${schema}" CASCADE`);
      });

      it('with migrate: false, fails clearly until the schema exists', async () => {
        const s = postgresStorage({
          client: db.storage().driver,
          schema: `${db.schema}_none`,
          migrate: false,
        });
        const err = await s.getTicket('x').catch((e: unknown) => e);
        expect(err).toBeInstanceOf(DeskkitError);
        expect((err as DeskkitError).code).toBe('STORAGE_FAILED');
        expect((err as Error).message).toMatch(/Reading a ticket failed in PostgreSQL/);
      });
    });

    it('rejects clients it cannot use with a message that says what to pass', () => {
      expect(() => postgresStorage({ client: {} as never })).toThrow(/pg Pool .* PGlite instance/);
      expect(() => postgresStorage({ client: new pg.Client() as never })).toThrow(
        /got a pg Client; pass a pg Pool/,
      );
    });

    it('runs on a driver the host wrote for another client library', async () => {
      const inner = db.storage().driver;
      const seen: string[] = [];
      const driver: SqlDriver = {
        kind: 'custom',
        query: (sql, params) => {
          seen.push(sql.trim().split(/\s+/)[0]!.toUpperCase());
          return inner.query(sql, params);
        },
        transaction: (fn) => inner.transaction(fn),
      };
      const s = postgresStorage({ client: driver, schema: db.schema });
      const t = ticket();
      await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] });
      expect((await s.getTicket(t.id))?.id).toBe(t.id);
      expect(s.driver.kind).toBe('custom');
      expect(seen).toContain('SELECT');
    });

    it.skipIf(name !== 'PostgreSQL server')(
      'keeps its hot statements prepared per connection, also for two schemas on one pool',
      async () => {
        // One connection, so both storages' statements meet on it: a name used for the other
        // schema's text would make pg refuse the statement.
        const pool = new pg.Pool({ connectionString: SERVER_URL, max: 1 });
        const schemas = [`${db.schema}_a`, `${db.schema}_b`];
        try {
          const stores = schemas.map((schema) => postgresStorage({ client: pool, schema }));
          for (let round = 0; round < 3; round++) {
            for (const s of stores) {
              const t = ticket();
              await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] });
              expect((await s.loadTicket!(t.id))?.ticket.id).toBe(t.id);
              await s.commit({
                tickets: [{ ticket: { ...t, version: 2, status: 'resolved' }, expectedVersion: 1 }],
                events: [],
              });
              expect((await s.loadTicket!(t.id))?.ticket.status).toBe('resolved');
              expect(await s.nextSequence('INC')).toBe(round + 1);
            }
          }
          const prepared = await pool.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_prepared_statements WHERE name LIKE 'deskkit_%'`,
          );
          // load, commit and counter for each schema, on the one connection.
          expect(Number(prepared.rows[0]!.n)).toBe(6);
        } finally {
          for (const schema of schemas)
            await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await pool.end();
        }
      },
    );

    describe('commits', () => {
      it('names the ticket and both versions in a conflict', async () => {
        const s = db.storage();
        const [t] = await create([ticket()]);
        await s.commit({
          tickets: [{ ticket: { ...t!, version: 2 }, expectedVersion: 1 }],
          events: [],
        });
        const err = await s
          .commit({ tickets: [{ ticket: { ...t!, version: 2 }, expectedVersion: 1 }], events: [] })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ConflictError);
        expect((err as ConflictError).expectedVersion).toBe(1);
        expect((err as ConflictError).actualVersion).toBe(2);
        expect((err as Error).message).toContain(t!.number);
      });

      it('refuses a second ticket with the same number as a conflict', async () => {
        const s = db.storage();
        const [a] = await create([ticket()]);
        await expect(
          s.commit({
            tickets: [{ ticket: ticket({ number: a!.number }), expectedVersion: null }],
            events: [],
          }),
        ).rejects.toBeInstanceOf(ConflictError);
      });

      it('applies one of several concurrent commits with the same request id', async () => {
        const s = db.storage();
        const requestId = uid('req');
        const results = await Promise.all(
          [1, 2, 3, 4].map(() => {
            const t = ticket();
            return s.commit({
              requestId,
              tickets: [{ ticket: t, expectedVersion: null }],
              events: [ev(t.id, 1)],
            });
          }),
        );
        const applied = results.filter((r) => r.applied);
        expect(applied).toHaveLength(1);
        const dup = results.find((r) => !r.applied);
        const ids = dup && !dup.applied ? dup.ticketIds : [];
        expect(ids).toHaveLength(1);
        expect(await s.getTicket(ids![0]!)).not.toBeNull();
      });

      it('refuses malformed records with a typed error naming the field, writing nothing', async () => {
        const s = db.storage();
        const t = ticket();
        await expect(
          s.commit({
            tickets: [{ ticket: { ...t, createdAt: 'yesterday' }, expectedVersion: null }],
            events: [],
          }),
        ).rejects.toThrow(/createdAt is "yesterday", which is not an ISO date-time/);
        await expect(
          s.commit({
            tickets: [{ ticket: t, expectedVersion: null }],
            events: [],
            timers: { schedule: [{ id: uid('tm'), kind: 'x', dueAt: 'soon', payload: {} }] },
          }),
        ).rejects.toThrow(/dueAt is "soon"/);
        expect(await s.getTicket(t.id)).toBeNull();
      });

      it('forgets old request ids on prune, so they may apply again', async () => {
        const s = db.storage();
        const requestId = uid('req');
        const t = ticket();
        await s.commit({ requestId, tickets: [{ ticket: t, expectedVersion: null }], events: [] });
        expect(await s.pruneRequests(new Date(Date.now() - 60_000))).toBe(0);
        expect(await s.pruneRequests(new Date(Date.now() + 60_000))).toBeGreaterThanOrEqual(1);
        const again = await s.commit({
          requestId,
          tickets: [{ ticket: { ...t, version: 2 }, expectedVersion: 1 }],
          events: [],
        });
        expect(again).toEqual({ applied: true });
      });
    });

    it('imports tickets in bulk, all or nothing', async () => {
      const s = db.storage();
      const wf = uid('wf');
      const list = Array.from({ length: 25 }, () => ticket({ workflow: { key: wf, version: 1 } }));
      expect(await s.importTickets(list)).toBe(25);
      expect((await s.queryTickets({ workflow: [wf] })).total).toBe(25);
      expect(await s.getTicket(list[3]!.id)).toEqual(list[3]);
      const again = [ticket({ workflow: { key: wf, version: 1 } }), list[0]!];
      await expect(s.importTickets(again)).rejects.toBeInstanceOf(ConflictError);
      expect(await s.getTicket(again[0]!.id)).toBeNull();
    });

    describe('ticket search', () => {
      it('pages through many tickets with ties and missing values, each exactly once, both ways', async () => {
        const wf = uid('wf');
        const list = Array.from({ length: 37 }, (_, i) =>
          ticket({
            workflow: { key: wf, version: 1 },
            createdAt: `2026-11-${String(10 + (i % 5)).padStart(2, '0')}T10:00:00.000Z`,
            priority: i % 4 === 0 ? undefined : ['high', 'low', 'medium'][i % 3],
            data: i % 6 === 0 ? {} : { amount: i % 7 === 0 ? `n${i}` : (i * 37) % 11 },
          }),
        );
        await create(list);
        const s = db.storage();
        for (const field of ['createdAt', 'priority', 'data.amount', 'number']) {
          for (const direction of ['asc', 'desc'] as const) {
            const all = await s.queryTickets({
              workflow: [wf],
              sort: { field, direction },
              limit: 1000,
            });
            const seen: string[] = [];
            let after: string | undefined;
            do {
              const page = await s.queryTickets({
                workflow: [wf],
                sort: { field, direction },
                limit: 4,
                ...(after ? { after } : {}),
              });
              seen.push(...page.tickets.map((t) => t.id));
              after = page.next;
            } while (after);
            expect(seen).toEqual(all.tickets.map((t) => t.id));
            expect(new Set(seen).size).toBe(37);
          }
        }
        const byAmount = await s.queryTickets({
          workflow: [wf],
          sort: { field: 'data.amount', direction: 'desc' },
          limit: 1000,
        });
        const amounts = byAmount.tickets.map((t) => t.data.amount);
        const firstString = amounts.findIndex((a) => typeof a === 'string');
        const firstMissing = amounts.findIndex((a) => a === undefined);
        expect(amounts.slice(0, firstString).every((a) => typeof a === 'number')).toBe(true);
        expect(amounts.slice(firstMissing).every((a) => a === undefined)).toBe(true);
      });

      it('refuses a cursor from another search', async () => {
        const wf = uid('wf');
        await create([
          ticket({ workflow: { key: wf, version: 1 } }),
          ticket({ workflow: { key: wf, version: 1 } }),
        ]);
        const s = db.storage();
        const page = await s.queryTickets({ workflow: [wf], limit: 1 });
        expect(page.next).toBeDefined();
        await expect(
          s.queryTickets({
            workflow: [wf],
            sort: { field: 'status', direction: 'asc' },
            after: page.next!,
          }),
        ).rejects.toThrow(/query.after: .* is not a cursor of this search/);
        await expect(s.queryTickets({ after: 'garbage' })).rejects.toBeInstanceOf(DeskkitError);
      });

      it('matches loosely like the memory adapter: "5" finds 5, arrays match any element', async () => {
        const wf = uid('wf');
        const [a, b, c] = await create([
          ticket({
            workflow: { key: wf, version: 1 },
            data: { n: 5, flag: true, tags: ['x', 'y'] },
          }),
          ticket({
            workflow: { key: wf, version: 1 },
            data: { n: '5', flag: 'true', tags: ['y'] },
          }),
          ticket({
            workflow: { key: wf, version: 1 },
            data: { n: 50, nested: { deep: 'Down Here' } },
          }),
        ]);
        const s = db.storage();
        const ids = async (where: Parameters<typeof s.queryTickets>[0]['where']) =>
          (
            await s.queryTickets({ workflow: [wf], where, sort: { field: 'id', direction: 'asc' } })
          ).tickets
            .map((t) => t.id)
            .sort();
        expect(await ids([{ field: 'data.n', op: 'eq', value: '5' }])).toEqual(
          [a!.id, b!.id].sort(),
        );
        expect(await ids([{ field: 'data.n', op: 'eq', value: 5 }])).toEqual([a!.id, b!.id].sort());
        expect(await ids([{ field: 'data.flag', op: 'eq', value: true }])).toEqual(
          [a!.id, b!.id].sort(),
        );
        expect(await ids([{ field: 'data.tags', op: 'eq', value: 'x' }])).toEqual([a!.id]);
        expect(await ids([{ field: 'data.tags', op: 'in', value: ['x', 'y'] }])).toEqual(
          [a!.id, b!.id].sort(),
        );
        expect(await ids([{ field: 'data.nested.deep', op: 'contains', value: 'down' }])).toEqual([
          c!.id,
        ]);
        expect(await ids([{ field: 'data.n', op: 'gt', value: 5 }])).toEqual([c!.id]);
        expect(await ids([{ field: 'data.n', op: 'neq', value: 5 }])).toEqual([c!.id]);
        expect(await ids([{ field: 'version', op: 'gte', value: 1 }])).toHaveLength(3);
      });

      it('treats text and values as data, never as SQL or wildcards', async () => {
        const wf = uid('wf');
        const [pct, plain] = await create([
          ticket({ workflow: { key: wf, version: 1 }, title: '100% down' }),
          ticket({
            workflow: { key: wf, version: 1 },
            title: '1000 users',
            data: { "it's": "o'brien" },
          }),
        ]);
        const s = db.storage();
        expect(
          (await s.queryTickets({ workflow: [wf], text: '0%' })).tickets.map((t) => t.id),
        ).toEqual([pct!.id]);
        expect((await s.queryTickets({ workflow: [wf], text: '_' })).tickets).toEqual([]);
        const evil = await s.queryTickets({
          workflow: [wf],
          where: [{ field: "data.it's", op: 'eq', value: "o'brien" }],
        });
        expect(evil.tickets.map((t) => t.id)).toEqual([plain!.id]);
        const inject = await s.queryTickets({
          workflow: [wf],
          where: [{ field: 'data.x") OR true; --', op: 'eq', value: "' OR '1'='1" }],
        });
        expect(inject.tickets).toEqual([]);
        expect((await s.queryTickets({ workflow: [wf] })).total).toBe(2);
      });

      it('refuses bad queries with typed errors that say where', async () => {
        const s = db.storage();
        await expect(
          s.queryTickets({ where: [{ field: 'data..x', op: 'eq', value: 1 }] }),
        ).rejects.toThrow(/query.where\[0\]: field/);
        await expect(
          s.queryTickets({ where: [{ field: 'status', op: 'like' as 'eq', value: 1 }] }),
        ).rejects.toThrow(/query.where\[0\]: operator "like"/);
        await expect(
          s.queryTickets({ where: [{ field: 'status', op: 'in', value: 'open' }] }),
        ).rejects.toThrow(/must be an array/);
        await expect(
          s.queryTickets({ where: [{ field: 'data.x', op: 'eq', value: { a: 1 } }] }),
        ).rejects.toThrow(/must be a string, a finite number or a boolean/);
        await expect(s.queryTickets({ createdFrom: 'last week' })).rejects.toThrow(
          /query.createdFrom/,
        );
        await expect(s.aggregateTickets({ groupBy: ['sla' as 'status'] })).rejects.toThrow(
          /query.groupBy\[0\]/,
        );
        const err = await s.queryTickets({ status: 'open' as never }).catch((e: unknown) => e);
        expect((err as DeskkitError).code).toBe('VALIDATION_FAILED');
      });

      it('can skip the total for large desks', async () => {
        const page = await db.storage({ countTotal: false }).queryTickets({ limit: 1 });
        expect(page.total).toBeUndefined();
      });
    });

    describe('aggregates', () => {
      it('groups by group, requester, array fields and nothing, with nulls last', async () => {
        const wf = uid('wf');
        await create([
          ticket({
            workflow: { key: wf, version: 1 },
            group: 'net',
            requester: 'bob',
            data: { tags: ['a', 'b'] },
          }),
          ticket({
            workflow: { key: wf, version: 1 },
            group: 'net',
            requester: 'ann',
            data: { tags: [] },
          }),
          ticket({ workflow: { key: wf, version: 1 }, requester: 'ann', data: { tags: 'a' } }),
        ]);
        const s = db.storage();
        expect((await s.aggregateTickets({ workflow: [wf], groupBy: ['group'] })).groups).toEqual([
          { key: { group: 'net' }, value: 2 },
          { key: { group: null }, value: 1 },
        ]);
        expect(
          (await s.aggregateTickets({ workflow: [wf], groupBy: ['requester'] })).groups,
        ).toEqual([
          { key: { requester: 'ann' }, value: 2 },
          { key: { requester: 'bob' }, value: 1 },
        ]);
        expect(
          (await s.aggregateTickets({ workflow: [wf], groupBy: ['data.tags'] })).groups,
        ).toEqual([
          { key: { 'data.tags': 'a' }, value: 2 },
          { key: { 'data.tags': 'b' }, value: 1 },
          { key: { 'data.tags': null }, value: 1 },
        ]);
        expect((await s.aggregateTickets({ workflow: [wf], groupBy: [] })).groups).toEqual([
          { key: {}, value: 3 },
        ]);
        expect((await s.aggregateTickets({ workflow: [uid('none')], groupBy: [] })).groups).toEqual(
          [],
        );
      });

      it('has indexes the planner uses for assignee, form-field and status searches', async () => {
        const explain = (where: string) =>
          db.storage().driver.transaction(async (tx) => {
            // Small test tables would be scanned anyway: forbid that to see which index serves the query.
            await tx.query('SET LOCAL enable_seqscan = off');
            const rows = await tx.query<Record<string, string>>(
              `EXPLAIN SELECT id FROM "${db.schema}".tickets t WHERE ${where}`,
            );
            return rows.rows.map((r) => Object.values(r)[0]).join('\n');
          });
        expect(await explain(`t.assignees @> ARRAY['max']::text[]`)).toContain(
          'tickets_assignees_idx',
        );
        expect(await explain(`t.data @> '{"category":"network"}'::jsonb`)).toContain(
          'tickets_data_idx',
        );
        expect(await explain(`t.status = 'open' ORDER BY t.created_at LIMIT 5`)).toMatch(
          /tickets_status_created_idx/,
        );
      });
    });
  });
}
