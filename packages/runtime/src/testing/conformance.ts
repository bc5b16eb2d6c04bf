import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../errors/errors';
import type { AggregateQuery, AggregateResult, TicketQuery } from '../query/query.types';
import type { DefinitionRecord, StorageAdapter, TimerLease } from '../storage/storage.types';
import { definitionRecord, event, ticket, timer, uid, workItem } from './fixtures';
import { describeEventFeed } from './feed';
import { describeRuntimeRaces } from './races';
import { describeVersions } from './versions';
import { describeVisibility } from './visibility';
import { describeNotificationOutbox } from './notifications';

/** Options of {@link describeStorageConformance}. */
export interface StorageConformanceOptions {
  /** Names of tests (or `group/` prefixes such as `timers/`) to skip, with a reason in your code. */
  skip?: string[];
  /** Per-test timeout in ms (default: vitest's). */
  timeout?: number;
  /** Called after each test with the adapter it used (drop the schema, close pools, ...). */
  teardown?: (adapter: StorageAdapter) => Promise<void> | void;
}

type Factory = () => Promise<StorageAdapter> | StorageAdapter;

/**
 * The storage adapter conformance suite: registers vitest tests that check every method of the
 * {@link StorageAdapter} contract against an adapter. Each test calls `makeAdapter()` for a fresh
 * adapter (it may share a database with other tests: fixtures use unique ids and keys) and closes
 * it afterwards.
 *
 * @example
 * ```ts
 * // my-adapter.test.ts
 * import { describeStorageConformance } from '@deskkit/runtime/testing';
 * import { myAdapter } from './my-adapter';
 *
 * describeStorageConformance('my adapter', () => myAdapter({ url: process.env.DB_URL }));
 * ```
 */
export function describeStorageConformance(
  name: string,
  makeAdapter: Factory,
  options: StorageConformanceOptions = {},
): void {
  const open: StorageAdapter[] = [];
  const fresh = async (): Promise<StorageAdapter> => {
    const a = await makeAdapter();
    open.push(a);
    return a;
  };
  const test = (group: string, title: string, fn: (s: StorageAdapter) => Promise<void>): void => {
    const id = `${group}/${title}`;
    const skipped = options.skip?.some((s) => s === id || (s.endsWith('/') && id.startsWith(s)));
    (skipped ? it.skip : it)(title, async () => fn(await fresh()), options.timeout);
  };

  describe(`storage conformance: ${name}`, () => {
    afterEach(async () => {
      for (const a of open.splice(0)) {
        await options.teardown?.(a);
        await a.close?.();
      }
    });

    describe('definitions', () => {
      test('definitions', 'stores versions and returns the latest or a given one', async (s) => {
        const key = uid('wf');
        await s.saveDefinition(definitionRecord(key, 1));
        await s.saveDefinition(definitionRecord(key, 2));
        expect((await s.getDefinition(key))?.version).toBe(2);
        if (s.latestDefinitionVersion) {
          expect(await s.latestDefinitionVersion(key)).toBe(2);
          expect(await s.latestDefinitionVersion(uid('missing'))).toBeNull();
        }
        expect((await s.getDefinition(key, 1))?.version).toBe(1);
        expect((await s.getDefinition(key, 1))?.definition.key).toBe(key);
        expect(await s.getDefinition(key, 3)).toBeNull();
        expect(await s.getDefinition(uid('missing'))).toBeNull();
        expect((await s.listDefinitionVersions(key)).map((r) => r.version)).toEqual([1, 2]);
        const latest = (await s.listDefinitions()).filter((r) => r.key === key);
        expect(latest.map((r) => r.version)).toEqual([2]);
      });
      test('definitions', 'refuses a version that exists with ConflictError', async (s) => {
        const key = uid('wf');
        await s.saveDefinition(definitionRecord(key, 1));
        await expect(s.saveDefinition(definitionRecord(key, 1))).rejects.toBeInstanceOf(
          ConflictError,
        );
      });
      test('definitions', 'returns copies callers cannot mutate', async (s) => {
        const key = uid('wf');
        const rec = definitionRecord(key, 1);
        await s.saveDefinition(rec);
        rec.definition.name = 'changed after save';
        const got = await s.getDefinition(key);
        expect(got?.definition.name).toBe(`Workflow ${key}`);
        if (got) got.definition.name = 'changed after read';
        expect((await s.getDefinition(key))?.definition.name).toBe(`Workflow ${key}`);
      });
      test('definitions', 'keeps the authored order of every object key', async (s) => {
        // Forms show fields in schema order: a store that sorts keys (jsonb sorts them by length)
        // would reorder a survey's questions and every form without a layout.
        const key = uid('wf');
        const rec = definitionRecord(key, 1);
        const questions = { wouldRecommend: {}, rating: {}, comment: {}, a: {} };
        rec.definition.form.schema.properties = { zeta: {}, title: {}, amount: {}, b: {} };
        rec.definition.survey = { form: { type: 'object', properties: questions } };
        await s.saveDefinition(rec);
        const order = (r: DefinitionRecord | null | undefined) => [
          Object.keys(r?.definition.form.schema.properties ?? {}),
          Object.keys(r?.definition.survey?.form?.properties ?? {}),
        ];
        const authored = order(rec);
        expect(authored).toEqual([
          ['zeta', 'title', 'amount', 'b'],
          ['wouldRecommend', 'rating', 'comment', 'a'],
        ]);
        expect(order(await s.getDefinition(key))).toEqual(authored);
        expect(order(await s.getDefinition(key, 1))).toEqual(authored);
        expect(order((await s.listDefinitionVersions(key))[0])).toEqual(authored);
        expect(order((await s.listDefinitions()).find((r) => r.key === key))).toEqual(authored);
      });
    });

    describe('tickets and commits', () => {
      test('commits', 'creates a ticket with its events and reads it back', async (s) => {
        // Every field the runtime writes must round-trip, optional ones included.
        const t = ticket({
          title: 'VPN broken',
          priority: 'high',
          group: 'desk',
          historySeq: 2,
          parent: { ticketId: uid('p'), nodeId: 'sub' },
          children: [uid('c')],
          tokens: [
            {
              id: 'k1',
              nodeId: 'review',
              enteredAt: '2026-11-23T10:00:00.000Z',
              via: 'e1',
              acted: true,
            },
          ],
          approvals: {
            review: { approvers: ['max'], decisions: [], turn: 0, countersigners: ['eve'] },
          },
          data: { amount: 5, tags: ['a'], nested: { deep: true } },
        });
        const res = await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1), event(t.id, 2)],
        });
        expect(res).toEqual({ applied: true });
        expect(await s.getTicket(t.id)).toEqual(t);
        expect((await s.history(t.id)).map((e) => e.seq)).toEqual([1, 2]);
        if (s.getTicketByNumber) expect((await s.getTicketByNumber(t.number))?.id).toBe(t.id);
        expect(await s.getTicket(uid('missing'))).toBeNull();
      });
      test(
        'commits',
        'returns deep copies: mutating a returned or committed ticket changes nothing',
        async (s) => {
          const t = ticket({ data: { nested: { a: 1 } } });
          await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] });
          (t.data.nested as { a: number }).a = 2;
          const got = await s.getTicket(t.id);
          expect(got?.data).toEqual({ nested: { a: 1 } });
          if (got) (got.data.nested as { a: number }).a = 3;
          expect((await s.getTicket(t.id))?.data).toEqual({ nested: { a: 1 } });
        },
      );
      test(
        'commits',
        'updates with the expected version and refuses a stale one with ConflictError',
        async (s) => {
          const t = ticket();
          await s.commit({
            tickets: [{ ticket: t, expectedVersion: null }],
            events: [event(t.id, 1)],
          });
          await s.commit({
            tickets: [{ ticket: { ...t, version: 2, status: 'pending' }, expectedVersion: 1 }],
            events: [event(t.id, 2)],
          });
          await expect(
            s.commit({
              tickets: [{ ticket: { ...t, version: 2, status: 'closed' }, expectedVersion: 1 }],
              events: [event(t.id, 3)],
            }),
          ).rejects.toBeInstanceOf(ConflictError);
          const got = await s.getTicket(t.id);
          expect(got?.status).toBe('pending');
          expect(got?.version).toBe(2);
          expect((await s.history(t.id)).map((e) => e.seq)).toEqual([1, 2]);
        },
      );
      test('commits', 'refuses to create a ticket that exists', async (s) => {
        const t = ticket();
        await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] });
        await expect(
          s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] }),
        ).rejects.toBeInstanceOf(ConflictError);
      });
      test(
        'commits',
        'is atomic: one stale ticket refuses the whole commit and writes nothing',
        async (s) => {
          const a = ticket();
          const b = ticket();
          await s.commit({
            tickets: [
              { ticket: a, expectedVersion: null },
              { ticket: b, expectedVersion: null },
            ],
            events: [],
          });
          const w = workItem(a.id);
          const tm = timer('2026-11-23T10:00:00.000Z', { ticketId: a.id });
          await expect(
            s.commit({
              tickets: [
                { ticket: { ...a, version: 2, status: 'closed' }, expectedVersion: 1 },
                { ticket: { ...b, version: 6, status: 'closed' }, expectedVersion: 5 },
              ],
              events: [event(a.id, 1)],
              workItems: { upsert: [w] },
              timers: { schedule: [tm] },
            }),
          ).rejects.toBeInstanceOf(ConflictError);
          expect((await s.getTicket(a.id))?.status).toBe('open');
          expect(await s.history(a.id)).toEqual([]);
          expect(await s.getWorkItem(w.id)).toBeNull();
          expect(await s.listTimers(a.id)).toEqual([]);
        },
      );
      test('commits', 'two racing commits at the same version: exactly one wins', async (s) => {
        const t = ticket();
        await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [] });
        const results = await Promise.allSettled(
          [1, 2, 3, 4].map((i) =>
            s.commit({
              tickets: [{ ticket: { ...t, version: 2, title: `w${i}` }, expectedVersion: 1 }],
              events: [event(t.id, 1)],
            }),
          ),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        for (const r of results)
          if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
        expect(await s.history(t.id)).toHaveLength(1);
      });
      test(
        'commits',
        'applies a request id once and reports the tickets of the first commit',
        async (s) => {
          const t = ticket();
          const requestId = uid('req');
          expect(
            await s.commit({
              requestId,
              tickets: [{ ticket: t, expectedVersion: null }],
              events: [event(t.id, 1)],
            }),
          ).toEqual({ applied: true });
          const again = await s.commit({
            requestId,
            tickets: [{ ticket: { ...t, version: 2 }, expectedVersion: 1 }],
            events: [event(t.id, 2)],
          });
          expect(again.applied).toBe(false);
          if (!again.applied) {
            expect(again.reason).toBe('duplicate');
            if (again.ticketIds) expect(again.ticketIds).toEqual([t.id]);
          }
          expect((await s.getTicket(t.id))?.version).toBe(1);
          expect(await s.history(t.id)).toHaveLength(1);
        },
      );
      test('commits', 'keeps history in seq order across commits', async (s) => {
        const t = ticket();
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [event(t.id, 1), event(t.id, 2)],
        });
        await s.commit({
          tickets: [{ ticket: { ...t, version: 2 }, expectedVersion: 1 }],
          events: [
            event(t.id, 3, {
              type: 'action',
              action: 'approve',
              actor: 'max',
              changes: [{ field: 'x', from: null, to: 1 }],
            }),
          ],
        });
        const h = await s.history(t.id);
        expect(h.map((e) => e.seq)).toEqual([1, 2, 3]);
        expect(h[2]).toMatchObject({
          type: 'action',
          action: 'approve',
          actor: 'max',
          changes: [{ field: 'x', from: null, to: 1 }],
        });
      });
      test('commits', 'stores every field of a history event as given', async (s) => {
        // The runtime finds a retried command by the requestId on its events: it must survive.
        const t = ticket();
        const e = event(t.id, 1, {
          type: 'action',
          action: 'reject',
          actor: 'max',
          nodeId: 'review',
          outcome: 'rejected',
          comment: 'too expensive',
          changes: [{ field: 'notes', from: null, to: { nested: [1, 'two'] } }],
          detail: { step: 'rejected', to: ['ann'] },
          requestId: uid('req'),
        });
        await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events: [e] });
        const [stored] = await s.history(t.id);
        expect(stored).toEqual(e);
        if (stored) stored.comment = 'changed after read';
        expect((await s.history(t.id))[0]?.comment).toBe('too expensive');
      });
    });

    describe('loadTicket', () => {
      test(
        'commits',
        'loadTicket (when offered) reads the ticket with its open work items, oldest first',
        async (s) => {
          if (!s.loadTicket) return;
          const t = ticket();
          const first = workItem(t.id, { createdAt: '2026-11-23T09:00:00.000Z' });
          const second = workItem(t.id, { createdAt: '2026-11-23T11:00:00.000Z' });
          const done = workItem(t.id, { state: 'done' });
          await s.commit({
            tickets: [{ ticket: t, expectedVersion: null }],
            events: [],
            workItems: { upsert: [second, done, first] },
          });
          expect(await s.loadTicket(t.id)).toEqual({ ticket: t, openItems: [first, second] });
          expect(await s.loadTicket(uid('missing'))).toBeNull();
        },
      );
    });

    describe('counters', () => {
      test('counters', 'increments from 1 per name', async (s) => {
        const name = uid('seq');
        expect(await s.nextSequence(name)).toBe(1);
        expect(await s.nextSequence(name)).toBe(2);
        expect(await s.nextSequence(uid('other'))).toBe(1);
      });
      test('counters', 'gives 50 concurrent callers 50 distinct values', async (s) => {
        const name = uid('seq');
        const values = await Promise.all(Array.from({ length: 50 }, () => s.nextSequence(name)));
        expect(new Set(values).size).toBe(50);
        expect(Math.max(...values)).toBe(50);
      });
    });

    describe('work items', () => {
      test('work items', 'indexes work items by ticket, user, queue and state', async (s) => {
        const t = ticket();
        const held = workItem(t.id, { assignee: 'max', createdAt: '2026-11-23T10:00:00.000Z' });
        const queued = workItem(t.id, {
          candidates: ['max', 'eve'],
          createdAt: '2026-11-23T10:01:00.000Z',
        });
        const others = workItem(t.id, {
          assignee: 'eve',
          candidates: ['max', 'eve'],
          createdAt: '2026-11-23T10:02:00.000Z',
        });
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [],
          workItems: { upsert: [held, queued, others] },
        });
        expect(await s.getWorkItem(held.id)).toEqual(held);
        const mine = await s.listWorkItems({ user: 'max', state: ['open'] });
        expect(mine.map((w) => w.id)).toEqual([held.id, queued.id]);
        expect((await s.listWorkItems({ ticketId: t.id })).map((w) => w.id)).toEqual([
          held.id,
          queued.id,
          others.id,
        ]);
        expect(await s.listWorkItems({ ticketId: t.id, limit: 1 })).toHaveLength(1);
        await s.commit({
          tickets: [{ ticket: { ...t, version: 2 }, expectedVersion: 1 }],
          events: [],
          workItems: { upsert: [{ ...held, state: 'done' }], remove: [others.id] },
        });
        expect((await s.listWorkItems({ user: 'max', state: ['open'] })).map((w) => w.id)).toEqual([
          queued.id,
        ]);
        expect(
          (await s.listWorkItems({ ticketId: t.id, state: ['done'] })).map((w) => w.id),
        ).toEqual([held.id]);
        expect(await s.getWorkItem(others.id)).toBeNull();
      });
      test('work items', 'counts open items held per user, not queue offers', async (s) => {
        const t = ticket();
        const u1 = uid('u');
        const u2 = uid('u');
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [],
          workItems: {
            upsert: [
              workItem(t.id, { assignee: u1 }),
              workItem(t.id, { assignee: u1 }),
              workItem(t.id, { assignee: u1, state: 'done' }),
              workItem(t.id, { candidates: [u2] }),
            ],
          },
        });
        expect(await s.countOpenWorkItems([u1, u2])).toEqual({ [u1]: 2, [u2]: 0 });
      });
    });

    describe('timers', () => {
      const past = '2020-01-01T00:00:00.000Z';
      const now = new Date('2030-01-01T00:00:00.000Z');
      async function schedule(s: StorageAdapter, ...timers: ReturnType<typeof timer>[]) {
        const t = ticket();
        await s.commit({
          tickets: [{ ticket: t, expectedVersion: null }],
          events: [],
          timers: { schedule: timers.map((x) => ({ ...x, ticketId: t.id })) },
        });
        return t;
      }
      test('timers', 'claims due timers only, leases them, and completes them', async (s) => {
        const due = timer(past, { payload: { nodeId: 'wait' } });
        const later = timer('2099-01-01T00:00:00.000Z');
        const t = await schedule(s, due, later);
        expect((await s.listTimers(t.id)).map((x) => x.id)).toEqual([due.id, later.id]);
        const owner = uid('owner');
        const leases = (await s.claimDueTimers(now, owner, 60_000, 100)).filter(
          (l) => l.timer.id === due.id || l.timer.id === later.id,
        );
        expect(leases.map((l) => l.timer.id)).toEqual([due.id]);
        expect(leases[0]?.owner).toBe(owner);
        expect(leases[0]?.timer.payload).toEqual({ nodeId: 'wait' });
        // Leases run on the storage's clock (the database's), not on the `now` the caller passed.
        const until = Date.parse(leases[0]?.leaseUntil ?? '') - Date.now();
        expect(until).toBeGreaterThan(30_000);
        expect(until).toBeLessThanOrEqual(90_000);
        expect(await s.completeTimer(due.id, owner)).toBe(true);
        expect((await s.listTimers(t.id)).map((x) => x.id)).toEqual([later.id]);
      });
      test('timers', 'two owners racing never get the same timer', async (s) => {
        const ts = Array.from({ length: 20 }, () => timer(past));
        await schedule(s, ...ts);
        const ids = new Set(ts.map((x) => x.id));
        const [a, b] = await Promise.all([
          s.claimDueTimers(now, uid('a'), 60_000, 100),
          s.claimDueTimers(now, uid('b'), 60_000, 100),
        ]);
        const got = [...a, ...b].map((l) => l.timer.id).filter((id) => ids.has(id));
        expect(new Set(got).size).toBe(got.length);
        expect(got.length).toBe(20);
      });
      test(
        'timers',
        'a lease runs on the storage clock: a caller whose clock is ahead cannot take it over early',
        async (s) => {
          const x = timer(past);
          await schedule(s, x);
          const first = uid('first');
          const second = uid('second');
          const mine = (await s.claimDueTimers(now, first, 400, 100)).filter(
            (l) => l.timer.id === x.id,
          );
          expect(mine).toHaveLength(1);
          // A process whose clock runs ten minutes ahead still sees the lease running.
          const ahead = new Date(now.getTime() + 10 * 60_000);
          const during = (await s.claimDueTimers(ahead, second, 400, 100)).filter(
            (l) => l.timer.id === x.id,
          );
          expect(during).toHaveLength(0);
          // Once the lease has run out on the storage's clock, another owner takes it over.
          let after: TimerLease[] = [];
          const deadline = Date.now() + 10_000;
          while (!after.length && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 100));
            after = (await s.claimDueTimers(now, second, 60_000, 100)).filter(
              (l) => l.timer.id === x.id,
            );
          }
          expect(after).toHaveLength(1);
          expect(after[0]?.owner).toBe(second);
          expect(await s.completeTimer(x.id, first)).toBe(false);
          expect(await s.completeTimer(x.id, second)).toBe(true);
          expect(await s.completeTimer(x.id, second)).toBe(false);
        },
      );
      test('timers', 'respects the claim limit and claims the earliest first', async (s) => {
        const early = timer('2019-01-01T00:00:00.000Z');
        const mid = timer('2019-06-01T00:00:00.000Z');
        const late = timer('2019-12-01T00:00:00.000Z');
        await schedule(s, late, early, mid);
        const leases = await s.claimDueTimers(now, uid('o'), 60_000, 2);
        expect(leases.length).toBeLessThanOrEqual(2);
        const ours = leases
          .map((l) => l.timer.id)
          .filter((id) => [early.id, mid.id, late.id].includes(id));
        if (leases.length === ours.length) expect(ours).toEqual([early.id, mid.id]);
      });
      test('timers', 'cancels timers in a commit and reschedules by id', async (s) => {
        const x = timer(past);
        const t = await schedule(s, x);
        await s.commit({
          tickets: [{ ticket: { ...t, version: 2 }, expectedVersion: 1 }],
          events: [],
          timers: { schedule: [{ ...x, ticketId: t.id, dueAt: '2099-01-01T00:00:00.000Z' }] },
        });
        const listed = await s.listTimers(t.id);
        expect(listed).toHaveLength(1);
        expect(listed[0]?.dueAt.slice(0, 4)).toBe('2099');
        await s.commit({
          tickets: [{ ticket: { ...t, version: 3 }, expectedVersion: 2 }],
          events: [],
          timers: { cancel: [x.id] },
        });
        expect(await s.listTimers(t.id)).toEqual([]);
      });
    });

    describe('state', () => {
      test('state', 'creates, compares and sets by version', async (s) => {
        const key = uid('state');
        expect(await s.getState(key)).toBeNull();
        expect(await s.setState(key, { lastRun: 'a' }, 1)).toBe(false);
        expect(await s.setState(key, { lastRun: 'a' }, null)).toBe(true);
        expect(await s.setState(key, { lastRun: 'b' }, null)).toBe(false);
        const got = await s.getState<{ lastRun: string }>(key);
        expect(got?.value).toEqual({ lastRun: 'a' });
        expect(await s.setState(key, { lastRun: 'c' }, got?.version ?? -1)).toBe(true);
        expect(await s.setState(key, { lastRun: 'd' }, got?.version ?? -1)).toBe(false);
        expect((await s.getState(key))?.value).toEqual({ lastRun: 'c' });
      });
      test('state', 'lets exactly one of concurrent writers win', async (s) => {
        const key = uid('state');
        await s.setState(key, 0, null);
        const v = (await s.getState(key))?.version ?? -1;
        const wins = await Promise.all([1, 2, 3, 4, 5].map((i) => s.setState(key, i, v)));
        expect(wins.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('queries', () => {
      async function seed(s: StorageAdapter) {
        const wf = uid('wf');
        const other = uid('wf');
        const base = { workflow: { key: wf, version: 1 } };
        const list = [
          ticket({
            ...base,
            id: uid('q1'),
            title: 'VPN broken',
            status: 'open',
            priority: 'high',
            requester: 'ann',
            assignees: ['max'],
            createdAt: '2026-11-20T09:00:00.000Z',
            data: { amount: 50, category: 'network', tags: ['vpn'] },
          }),
          ticket({
            ...base,
            id: uid('q2'),
            title: 'New laptop',
            status: 'open',
            priority: 'low',
            requester: 'bob',
            assignees: ['eve'],
            createdAt: '2026-11-21T09:00:00.000Z',
            data: { amount: 1500, category: 'hardware' },
            sla: [
              {
                policy: 'p',
                target: 'response',
                state: 'running',
                warned: 50,
                dueAt: '2026-11-21T10:00:00.000Z',
              },
            ],
          }),
          ticket({
            ...base,
            id: uid('q3'),
            title: 'Laptop battery',
            status: 'resolved',
            priority: 'high',
            requester: 'ann',
            assignees: [],
            createdAt: '2026-11-21T15:00:00.000Z',
            data: { amount: 200, category: 'hardware' },
            sla: [
              {
                policy: 'p',
                target: 'resolution',
                state: 'met',
                dueAt: '2026-11-22T00:00:00.000Z',
              },
            ],
          }),
          ticket({
            ...base,
            id: uid('q4'),
            title: 'Printer jam',
            status: 'closed',
            requester: 'cid',
            assignees: ['max', 'eve'],
            createdAt: '2026-11-22T09:00:00.000Z',
            data: { category: 'hardware' },
            sla: [
              {
                policy: 'p',
                target: 'resolution',
                state: 'breached',
                dueAt: '2026-11-22T00:00:00.000Z',
              },
            ],
          }),
          ticket({
            ...base,
            id: uid('q5'),
            title: 'Access request',
            status: 'open',
            priority: 'low',
            requester: 'ann',
            assignees: ['max'],
            createdAt: '2026-11-23T09:00:00.000Z',
            data: { amount: 10, category: 'access' },
            sla: [
              {
                policy: 'ola-p',
                target: 'ola',
                nodeId: 'triage',
                state: 'paused',
                dueAt: '2026-11-24T09:00:00.000Z',
              },
            ],
          }),
          ticket({
            workflow: { key: other, version: 1 },
            id: uid('q6'),
            title: 'Other workflow',
            status: 'open',
            requester: 'ann',
            createdAt: '2026-11-23T10:00:00.000Z',
          }),
        ];
        await s.commit({
          tickets: list.map((t) => ({ ticket: t, expectedVersion: null })),
          events: [],
        });
        const ids = (page: { tickets: Array<{ id: string }> }) =>
          page.tickets.map((t) => list.findIndex((x) => x.id === t.id) + 1);
        return { wf, other, list, ids };
      }
      test(
        'queries',
        'filters by status, workflow, requester, assignee, priority, text, dates and parent',
        async (s) => {
          const { wf, ids } = await seed(s);
          const q = (extra: object) =>
            s.queryTickets({
              workflow: [wf],
              sort: { field: 'createdAt', direction: 'asc' },
              ...extra,
            });
          expect(ids(await q({}))).toEqual([1, 2, 3, 4, 5]);
          expect(ids(await q({ status: ['open'] }))).toEqual([1, 2, 5]);
          expect(ids(await q({ requester: 'ann' }))).toEqual([1, 3, 5]);
          expect(ids(await q({ assignee: 'eve' }))).toEqual([2, 4]);
          expect(ids(await q({ priority: ['high'] }))).toEqual([1, 3]);
          expect(ids(await q({ text: 'laptop' }))).toEqual([2, 3]);
          expect(
            ids(
              await q({
                createdFrom: '2026-11-21T00:00:00.000Z',
                createdTo: '2026-11-22T09:00:00.000Z',
              }),
            ),
          ).toEqual([2, 3]);
          expect((await q({})).total ?? 5).toBe(5);
        },
      );
      test(
        'queries',
        'filters by the state, target, policy and due time of SLA clocks',
        async (s) => {
          const { wf, ids } = await seed(s);
          const q = (sla: TicketQuery['sla'], extra: object = {}) =>
            s.queryTickets({
              workflow: [wf],
              sort: { field: 'createdAt', direction: 'asc' },
              sla,
              ...extra,
            });
          expect(ids(await q({ state: ['warning'] }))).toEqual([2]);
          expect(ids(await q({ state: ['warning', 'breached'] }))).toEqual([2, 4]);
          expect(ids(await q({ state: ['breached'] }))).toEqual([4]);
          expect(ids(await q({ state: ['running', 'paused'] }))).toEqual([2, 5]);
          expect(ids(await q({ state: ['met', 'breached'], target: ['resolution'] }))).toEqual([
            3, 4,
          ]);
          expect(ids(await q({ target: ['ola'] }))).toEqual([5]);
          expect(ids(await q({ policy: ['p'], dueBefore: '2026-11-21T12:00:00.000Z' }))).toEqual([
            2,
          ]);
          expect(ids(await q({ state: ['running'] }, { status: ['open'] }))).toEqual([2]);
          expect(ids(await q({ state: [] }))).toEqual([]);
          const board = await s.aggregateTickets({
            workflow: [wf],
            groupBy: ['status'],
            sla: { state: ['warning', 'breached'] },
          });
          expect(board.groups).toEqual(
            expect.arrayContaining([
              { key: { status: 'open' }, value: 1 },
              { key: { status: 'closed' }, value: 1 },
            ]),
          );
          expect(board.groups).toHaveLength(2);
        },
      );
      test(
        'queries',
        'keeps cancelled SLA clocks out of every SLA filter and metric unless asked for',
        async (s) => {
          const wf = uid('wf');
          const cancelled = (target: 'resolution' | 'ola', extra: object = {}) => ({
            policy: 'p',
            target,
            state: 'cancelled' as const,
            dueAt: '2026-11-21T10:00:00.000Z',
            cancelledAt: '2026-11-21T09:30:00.000Z',
            ...extra,
          });
          const list = [
            ticket({
              workflow: { key: wf, version: 1 },
              id: uid('c1'),
              status: 'cancelled',
              createdAt: '2026-11-21T09:00:00.000Z',
              sla: [
                {
                  policy: 'p',
                  target: 'response',
                  state: 'met',
                  dueAt: '2026-11-21T10:00:00.000Z',
                },
                // Warned and past its due time before it was cancelled: neither warning nor breach.
                cancelled('resolution', { warned: 75, remainingMs: -60_000 }),
              ],
            }),
            ticket({
              workflow: { key: wf, version: 1 },
              id: uid('c2'),
              status: 'open',
              createdAt: '2026-11-22T09:00:00.000Z',
              sla: [cancelled('ola', { nodeId: 'build' })],
            }),
            ticket({
              workflow: { key: wf, version: 1 },
              id: uid('c3'),
              status: 'open',
              createdAt: '2026-11-23T09:00:00.000Z',
              sla: [
                {
                  policy: 'p',
                  target: 'resolution',
                  state: 'breached',
                  dueAt: '2026-11-20T10:00:00.000Z',
                },
              ],
            }),
          ];
          await s.commit({
            tickets: list.map((t) => ({ ticket: t, expectedVersion: null })),
            events: [],
          });
          const q = async (sla: TicketQuery['sla']) =>
            (
              await s.queryTickets({
                workflow: [wf],
                sort: { field: 'createdAt', direction: 'asc' },
                sla,
              })
            ).tickets.map((t) => list.findIndex((x) => x.id === t.id) + 1);
          expect(await q({ state: ['cancelled'] })).toEqual([1, 2]);
          expect(await q({ state: ['cancelled'], target: ['ola'] })).toEqual([2]);
          expect(await q({ state: ['warning', 'breached'] })).toEqual([3]);
          expect(await q({ target: ['ola'] })).toEqual([]);
          expect(await q({ dueBefore: '2026-11-22T00:00:00.000Z' })).toEqual([1, 3]);
          expect(
            await q({ dueBefore: '2026-11-22T00:00:00.000Z', target: ['resolution'] }),
          ).toEqual([3]);
          expect(await q({})).toEqual([1, 3]);
          const metric = async (m: 'slaMet' | 'slaBreached' | 'count', sla?: TicketQuery['sla']) =>
            (
              await s.aggregateTickets({
                workflow: [wf],
                groupBy: ['workflow'],
                metric: m,
                ...(sla ? { sla } : {}),
              })
            ).groups[0]?.value;
          expect(await metric('slaBreached')).toBe(1);
          expect(await metric('slaMet')).toBe(1);
          expect(await metric('count', { state: ['cancelled'] })).toBe(2);
          expect(await metric('count', { state: ['warning'] })).toBeUndefined();
        },
      );
      test(
        'queries',
        'full-text search: number, title, form data and comments, each word a prefix',
        async (s) => {
          const { wf, list, ids } = await seed(s);
          const [t1, t2] = list;
          // Comments and reasons of the history count, in later commits too.
          await s.commit({
            tickets: [{ ticket: { ...t1!, version: 2 }, expectedVersion: 1 }],
            events: [
              event(t1!.id, 1, { type: 'action', action: 'comment', comment: 'Käse-Brot ordered' }),
              event(t1!.id, 2, { type: 'action', action: 'hold', reason: 'awaiting vendor' }),
            ],
          });
          await s.commit({
            tickets: [
              {
                ticket: { ...t2!, version: 2, data: { note: 'Zürich office', n: 42 } },
                expectedVersion: 1,
              },
            ],
            events: [
              event(t2!.id, 1, {
                type: 'action',
                action: 'comment',
                comment: 'a work note: gnu',
                internal: true,
              }),
            ],
          });
          const q = (search: string, extra: object = {}) =>
            s.queryTickets({
              workflow: [wf],
              sort: { field: 'createdAt', direction: 'asc' },
              search,
              ...extra,
            });
          expect(ids(await q('LAPT'))).toEqual([2, 3]);
          expect(ids(await q('käse'))).toEqual([1]);
          expect(ids(await q('brot vendor'))).toEqual([1]);
          expect(ids(await q('zür 42'))).toEqual([2]);
          expect(ids(await q('gnu'))).toEqual([2]);
          expect(ids(await q('aptop'))).toEqual([]);
          expect(ids(await q('brot zürich'))).toEqual([]);
          expect(ids(await q(t2!.number))).toEqual([2]);
          expect(ids(await q('  --  '))).toEqual([1, 2, 3, 4, 5]);
          expect(ids(await q('lapt', { status: ['open'] }))).toEqual([2]);
          expect((await q('lapt')).total ?? 2).toBe(2);
          const counted = await s.aggregateTickets({
            workflow: [wf],
            groupBy: ['status'],
            search: 'lapt',
          });
          expect(counted.groups.reduce((n, g) => n + g.value, 0)).toBe(2);
          await expect(q('x'.repeat(201))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
        },
      );
      test(
        'queries',
        'full-text search split: the matches the fields decide on some versions, and the rest',
        async (s) => {
          const { wf, list, ids } = await seed(s);
          const [t1] = list;
          await s.commit({
            tickets: [{ ticket: { ...t1!, version: 2 }, expectedVersion: 1 }],
            events: [
              event(t1!.id, 1, { type: 'action', action: 'comment', comment: 'Käse ordered' }),
            ],
          });
          const split = async (
            search: string,
            take: 'fields' | 'rest',
            versions = [{ key: wf, version: 1 }],
          ) => {
            const page = await s.queryTickets(
              { workflow: [wf], sort: { field: 'createdAt', direction: 'asc' }, search },
              undefined,
              { versions, take },
            );
            // A total, when the adapter gives one, counts the same part.
            expect(page.total ?? page.tickets.length).toBe(page.tickets.length);
            return ids(page);
          };
          expect(await split('lapt', 'fields')).toEqual([2, 3]);
          expect(await split('lapt', 'rest')).toEqual([]);
          // A word found only in a comment is never decided by the fields.
          expect(await split('käse', 'fields')).toEqual([]);
          expect(await split('käse', 'rest')).toEqual([1]);
          expect(await split('vpn käse', 'fields')).toEqual([]);
          expect(await split('vpn käse', 'rest')).toEqual([1]);
          // Only the listed versions' tickets: the others are all in the rest.
          expect(await split('lapt', 'fields', [{ key: wf, version: 2 }])).toEqual([]);
          expect(await split('lapt', 'rest', [{ key: wf, version: 2 }])).toEqual([2, 3]);
          expect(await split('lapt', 'fields', [])).toEqual([]);
          // Without search words the split changes nothing.
          expect(await split('', 'fields', [])).toEqual([1, 2, 3, 4, 5]);
          expect(await split('', 'rest')).toEqual([1, 2, 3, 4, 5]);
        },
      );
      test('queries', 'filters on form fields with every operator', async (s) => {
        const { wf, ids } = await seed(s);
        const w = (field: string, op: string, value?: unknown) =>
          s.queryTickets({
            workflow: [wf],
            sort: { field: 'createdAt', direction: 'asc' },
            where: [{ field, op: op as 'eq', value }],
          });
        expect(ids(await w('data.category', 'eq', 'hardware'))).toEqual([2, 3, 4]);
        expect(ids(await w('data.category', 'neq', 'hardware'))).toEqual([1, 5]);
        expect(ids(await w('data.category', 'in', ['access', 'network']))).toEqual([1, 5]);
        expect(ids(await w('data.category', 'nin', ['access', 'network']))).toEqual([2, 3, 4]);
        expect(ids(await w('data.amount', 'gt', 100))).toEqual([2, 3]);
        expect(ids(await w('data.amount', 'gte', 200))).toEqual([2, 3]);
        expect(ids(await w('data.amount', 'lt', 50))).toEqual([5]);
        expect(ids(await w('data.amount', 'lte', 50))).toEqual([1, 5]);
        expect(ids(await w('data.amount', 'exists', true))).toEqual([1, 2, 3, 5]);
        expect(ids(await w('data.amount', 'exists', false))).toEqual([4]);
        expect(ids(await w('title', 'contains', 'LAPTOP'))).toEqual([2, 3]);
        expect(ids(await w('data.tags', 'contains', 'vpn'))).toEqual([1]);
        expect(ids(await w('status', 'eq', 'closed'))).toEqual([4]);
      });
      test(
        'queries',
        'sorts both ways with missing values last and pages with a keyset cursor',
        async (s) => {
          const { wf, ids } = await seed(s);
          expect(
            ids(
              await s.queryTickets({
                workflow: [wf],
                sort: { field: 'createdAt', direction: 'desc' },
              }),
            ),
          ).toEqual([5, 4, 3, 2, 1]);
          expect(
            ids(
              await s.queryTickets({
                workflow: [wf],
                sort: { field: 'data.amount', direction: 'asc' },
              }),
            ),
          ).toEqual([5, 1, 3, 2, 4]);
          expect(
            ids(
              await s.queryTickets({
                workflow: [wf],
                sort: { field: 'data.amount', direction: 'desc' },
              }),
            ),
          ).toEqual([2, 3, 1, 5, 4]);
          const seen: number[] = [];
          let after: string | undefined;
          for (let i = 0; i < 5; i++) {
            const page = await s.queryTickets({
              workflow: [wf],
              sort: { field: 'priority', direction: 'asc' },
              limit: 2,
              ...(after ? { after } : {}),
            });
            seen.push(...ids(page));
            after = page.next;
            if (!after) break;
          }
          expect(seen).toHaveLength(5);
          expect(new Set(seen).size).toBe(5);
          expect(seen.slice(-1)).toEqual([4]);
          const first = await s.queryTickets({ workflow: [wf], limit: 5 });
          expect(first.next).toBeUndefined();
        },
      );
      test(
        'queries',
        'counts groups by status, day, assignee and form fields, and SLA metrics',
        async (s) => {
          const { wf } = await seed(s);
          const byStatus = await s.aggregateTickets({ workflow: [wf], groupBy: ['status'] });
          expect(byStatus.groups).toEqual([
            { key: { status: 'closed' }, value: 1 },
            { key: { status: 'open' }, value: 3 },
            { key: { status: 'resolved' }, value: 1 },
          ]);
          const byDay = await s.aggregateTickets({ workflow: [wf], groupBy: ['day'] });
          expect(byDay.groups.map((g) => [g.key.day, g.value])).toEqual([
            ['2026-11-20', 1],
            ['2026-11-21', 2],
            ['2026-11-22', 1],
            ['2026-11-23', 1],
          ]);
          const byAssignee = await s.aggregateTickets({ workflow: [wf], groupBy: ['assignee'] });
          expect(byAssignee.groups).toEqual([
            { key: { assignee: 'eve' }, value: 2 },
            { key: { assignee: 'max' }, value: 3 },
            { key: { assignee: null }, value: 1 },
          ]);
          const two = await s.aggregateTickets({
            workflow: [wf],
            status: ['open'],
            groupBy: ['data.category', 'priority'],
          });
          expect(two.groups).toEqual([
            { key: { 'data.category': 'access', priority: 'low' }, value: 1 },
            { key: { 'data.category': 'hardware', priority: 'low' }, value: 1 },
            { key: { 'data.category': 'network', priority: 'high' }, value: 1 },
          ]);
          const breached = await s.aggregateTickets({
            workflow: [wf],
            groupBy: ['workflow'],
            metric: 'slaBreached',
          });
          expect(breached.groups).toEqual([{ key: { workflow: wf }, value: 1 }]);
          const met = await s.aggregateTickets({
            workflow: [wf],
            groupBy: ['workflow'],
            metric: 'slaMet',
          });
          expect(met.groups).toEqual([{ key: { workflow: wf }, value: 1 }]);
        },
      );
      test(
        'queries',
        'averages satisfaction ratings (csat) by agent and group, rated tickets only',
        async (s) => {
          const wf = uid('wf');
          const rated = (rating: number, agent: string, group: string) => ({
            workflow: { key: wf, version: 1 },
            status: 'closed' as const,
            group,
            satisfaction: { rating, at: '2026-11-24T10:00:00.000Z', agent, group },
          });
          await s.commit({
            tickets: [
              ticket(rated(5, 'eve', 'desk')),
              ticket(rated(4, 'eve', 'desk')),
              ticket(rated(4, 'eve', 'desk')),
              ticket(rated(2, 'kim', 'net')),
              ticket({ workflow: { key: wf, version: 1 }, status: 'resolved', group: 'net' }),
            ].map((t) => ({ ticket: t, expectedVersion: null })),
            events: [],
          });
          const by = async (groupBy: AggregateQuery['groupBy']) =>
            (await s.aggregateTickets({ workflow: [wf], groupBy, metric: 'csat' })).groups;
          expect(await by(['agent'])).toEqual([
            { key: { agent: 'eve' }, value: 4.33 },
            { key: { agent: 'kim' }, value: 2 },
          ]);
          expect(await by(['group'])).toEqual([
            { key: { group: 'desk' }, value: 4.33 },
            { key: { group: 'net' }, value: 2 },
          ]);
          expect(await by([])).toEqual([{ key: {}, value: 3.75 }]);
          expect(
            (await s.aggregateTickets({ workflow: [wf], groupBy: ['status'], metric: 'csat' }))
              .groups,
          ).toEqual([{ key: { status: 'closed' }, value: 3.75 }]);
        },
      );
    });

    describe('report measures', () => {
      /**
       * A fixed history of five tickets whose figures are worked out by hand in the comments
       * below (durations in ms: 10 min = 600_000, 1 h = 3_600_000).
       */
      const history = async (s: StorageAdapter) => {
        const wf = uid('wf');
        const base = { workflow: { key: wf, version: 1 } };
        const hw = 'IT / Hardware';
        const net = 'IT / Network';
        const tickets = [
          // T1: Mon 2 Nov, answered in 10 min, resolved by its first agent in 4 h, rated 5.
          ticket({
            ...base,
            createdAt: '2026-11-02T09:00:00.000Z',
            priority: 'high',
            group: 'desk',
            status: 'closed',
            sla: [
              {
                policy: 'p',
                target: 'resolution',
                state: 'met',
                dueAt: '2026-11-03T09:00:00.000Z',
              },
            ],
            satisfaction: { rating: 5, at: '2026-11-02T14:00:00.000Z', agent: 'eve' },
            stats: {
              catalog: hw,
              department: 'sales',
              respondedAt: '2026-11-02T09:10:00.000Z',
              responseMs: 600_000,
              responseWorkMs: 600_000,
              resolvedAt: '2026-11-02T13:00:00.000Z',
              resolveMs: 14_400_000,
              resolveWorkMs: 14_400_000,
              endedAt: '2026-11-02T13:00:00.000Z',
              firstAgent: 'eve',
              agent: 'eve',
              firstContact: true,
              surveyed: true,
            },
          }),
          // T2: Tue 3 Nov 22:30 UTC (Wed 4 Nov in Tokyo), handed off, reopened once, breached.
          ticket({
            ...base,
            createdAt: '2026-11-03T22:30:00.000Z',
            priority: 'high',
            group: 'desk',
            status: 'resolved',
            reopenCount: 1,
            sla: [
              {
                policy: 'p',
                target: 'resolution',
                state: 'breached',
                dueAt: '2026-11-04T22:30:00.000Z',
              },
            ],
            stats: {
              catalog: hw,
              department: 'sales',
              respondedAt: '2026-11-03T23:00:00.000Z',
              responseMs: 1_800_000,
              responseWorkMs: 900_000,
              resolvedAt: '2026-11-05T10:00:00.000Z',
              resolveMs: 127_800_000,
              resolveWorkMs: 28_800_000,
              endedAt: '2026-11-05T10:00:00.000Z',
              firstAgent: 'eve',
              agent: 'kim',
              handedOff: true,
              firstContact: false,
              surveyed: true,
            },
          }),
          // T3: Mon 10 Nov, answered in 1 h, still open.
          ticket({
            ...base,
            createdAt: '2026-11-10T08:00:00.000Z',
            priority: 'low',
            group: 'net',
            status: 'open',
            sla: [
              {
                policy: 'p',
                target: 'resolution',
                state: 'running',
                dueAt: '2026-11-11T08:00:00.000Z',
              },
            ],
            stats: {
              catalog: net,
              department: 'ops',
              respondedAt: '2026-11-10T09:00:00.000Z',
              responseMs: 3_600_000,
              responseWorkMs: 3_600_000,
              firstAgent: 'kim',
              agent: 'kim',
            },
          }),
          // T4: Mon 30 Nov, resolved 1 Dec (21 h wall, 1 working h), one clock met, one breached, rated 3.
          ticket({
            ...base,
            createdAt: '2026-11-30T12:00:00.000Z',
            priority: 'low',
            group: 'net',
            status: 'closed',
            sla: [
              { policy: 'p', target: 'response', state: 'met', dueAt: '2026-11-30T13:00:00.000Z' },
              {
                policy: 'p',
                target: 'resolution',
                state: 'breached',
                dueAt: '2026-12-01T08:00:00.000Z',
              },
            ],
            satisfaction: { rating: 3, at: '2026-12-01T10:00:00.000Z', agent: 'kim' },
            stats: {
              catalog: net,
              respondedAt: '2026-11-30T14:00:00.000Z',
              responseMs: 7_200_000,
              responseWorkMs: 0,
              resolvedAt: '2026-12-01T09:00:00.000Z',
              resolveMs: 75_600_000,
              resolveWorkMs: 3_600_000,
              endedAt: '2026-12-01T09:00:00.000Z',
              firstAgent: 'kim',
              agent: 'kim',
              firstContact: true,
              surveyed: true,
            },
          }),
          // T5: Mon 30 Nov 20:00 UTC (1 Dec in Tokyo), cancelled an hour later, never answered.
          ticket({
            ...base,
            createdAt: '2026-11-30T20:00:00.000Z',
            priority: 'high',
            group: 'desk',
            status: 'cancelled',
            stats: { department: 'sales', endedAt: '2026-11-30T21:00:00.000Z' },
          }),
        ];
        await s.commit({
          tickets: tickets.map((t) => ({ ticket: t, expectedVersion: null })),
          events: [],
        });
        const run = async (q: Omit<AggregateQuery, 'workflow'>) =>
          (await s.aggregateTickets({ workflow: [wf], ...q })).groups;
        const one = async (q: Omit<AggregateQuery, 'workflow' | 'groupBy'>) =>
          (await run({ groupBy: [], ...q }))[0]?.value;
        return { run, one };
      };

      test(
        'measures',
        'counts by catalog path, department, agent and time buckets in a zone',
        async (s) => {
          const { run } = await history(s);
          const pairs = (groups: AggregateResult['groups'], dim: string) =>
            groups.map((g) => [g.key[dim], g.value]);
          expect(pairs(await run({ groupBy: ['catalog'] }), 'catalog')).toEqual([
            ['IT / Hardware', 2],
            ['IT / Network', 2],
            [null, 1],
          ]);
          expect(pairs(await run({ groupBy: ['department'] }), 'department')).toEqual([
            ['ops', 1],
            ['sales', 3],
            [null, 1],
          ]);
          expect(pairs(await run({ groupBy: ['agent'] }), 'agent')).toEqual([
            ['eve', 1],
            ['kim', 3],
            [null, 1],
          ]);
          // ISO weeks start on Monday: 2 Nov (T1, T2), 9 Nov (T3), 30 Nov (T4, T5).
          expect(pairs(await run({ groupBy: ['week'] }), 'week')).toEqual([
            ['2026-11-02', 2],
            ['2026-11-09', 1],
            ['2026-11-30', 2],
          ]);
          expect(pairs(await run({ groupBy: ['month'] }), 'month')).toEqual([['2026-11', 5]]);
          // In Tokyo (UTC+9) T2 falls on 4 Nov and T5 in December.
          expect(pairs(await run({ groupBy: ['month'], timeZone: 'Asia/Tokyo' }), 'month')).toEqual(
            [
              ['2026-11', 4],
              ['2026-12', 1],
            ],
          );
          expect(pairs(await run({ groupBy: ['day'], timeZone: 'Asia/Tokyo' }), 'day')).toEqual([
            ['2026-11-02', 1],
            ['2026-11-04', 1],
            ['2026-11-10', 1],
            ['2026-11-30', 1],
            ['2026-12-01', 1],
          ]);
        },
      );

      test(
        'measures',
        'counts created and resolved per period, and the backlog at an instant',
        async (s) => {
          const { run, one } = await history(s);
          // Resolutions bucket by their own instant: T1, T2 in November, T4 on 1 December.
          expect(await run({ groupBy: ['month'], metric: 'resolved' })).toEqual([
            { key: { month: '2026-11' }, value: 2 },
            { key: { month: '2026-12' }, value: 1 },
          ]);
          expect(await run({ groupBy: ['month'], metric: 'created' })).toEqual([
            { key: { month: '2026-11' }, value: 5 },
          ]);
          expect(
            await one({
              metric: 'resolved',
              resolvedFrom: '2026-11-05T00:00:00.000Z',
              resolvedTo: '2026-12-01T00:00:00.000Z',
            }),
          ).toBe(1);
          // 4 Nov 00:00: T1 ended on the 2nd, T2 is open until the 5th.
          expect(await one({ metric: 'backlog', at: '2026-11-04T00:00:00.000Z' })).toBe(1);
          // 30 Nov 20:30: T3, T4 (resolved next day) and T5 (cancelled at 21:00).
          expect(
            await run({ groupBy: ['priority'], metric: 'backlog', at: '2026-11-30T20:30:00.000Z' }),
          ).toEqual([
            { key: { priority: 'high' }, value: 1 },
            { key: { priority: 'low' }, value: 2 },
          ]);
        },
      );

      test(
        'measures',
        'averages, medians and p90s of response and resolution times, wall and working',
        async (s) => {
          const { run, one } = await history(s);
          // Responses: 0.6, 1.8, 3.6, 7.2 M wall; 0.6, 0.9, 3.6, 0 M working.
          expect(await one({ metric: 'responseTime' })).toBe(3_300_000);
          expect(await one({ metric: 'responseTime', time: 'working' })).toBe(1_275_000);
          expect(await one({ metric: 'responseTime', statistic: 'median' })).toBe(1_800_000);
          expect(await one({ metric: 'responseTime', statistic: 'p90' })).toBe(7_200_000);
          expect(await one({ metric: 'responseTime', statistic: 'median', time: 'working' })).toBe(
            600_000,
          );
          // Resolutions: 14.4, 127.8, 75.6 M wall; 14.4, 28.8, 3.6 M working.
          expect(await one({ metric: 'resolveTime' })).toBe(72_600_000);
          expect(await one({ metric: 'resolveTime', time: 'working' })).toBe(15_600_000);
          expect(await one({ metric: 'resolveTime', statistic: 'median' })).toBe(75_600_000);
          expect(await one({ metric: 'resolveTime', statistic: 'p90' })).toBe(127_800_000);
          expect(await run({ groupBy: ['priority'], metric: 'resolveTime' })).toEqual([
            { key: { priority: 'high' }, value: 71_100_000 },
            { key: { priority: 'low' }, value: 75_600_000 },
          ]);
          // Resolution times bucket by resolution: T1, T2 in November, T4 in December.
          expect(await run({ groupBy: ['month'], metric: 'resolveTime' })).toEqual([
            { key: { month: '2026-11' }, value: 71_100_000 },
            { key: { month: '2026-12' }, value: 75_600_000 },
          ]);
        },
      );

      test(
        'measures',
        'rates: SLA met, reopen, first contact, CSAT and its response rate',
        async (s) => {
          const { run, one } = await history(s);
          // Decided clocks: T1 met, T2 breached, T4 met and breached: 1 of 3 has none breached.
          expect(await one({ metric: 'slaMetRate' })).toBe(1 / 3);
          expect(await run({ groupBy: ['group'], metric: 'slaMetRate' })).toEqual([
            { key: { group: 'desk' }, value: 0.5 },
            { key: { group: 'net' }, value: 0 },
          ]);
          // Resolved at least once: T1, T2, T4; T2 was reopened.
          expect(await one({ metric: 'reopenRate' })).toBe(1 / 3);
          expect(await one({ metric: 'firstContactRate' })).toBe(2 / 3);
          expect(await one({ metric: 'csat' })).toBe(4);
          expect(await run({ groupBy: ['agent'], metric: 'csat' })).toEqual([
            { key: { agent: 'eve' }, value: 5 },
            { key: { agent: 'kim' }, value: 3 },
          ]);
          expect(await run({ groupBy: ['rating'] })).toEqual([
            { key: { rating: '3' }, value: 1 },
            { key: { rating: '5' }, value: 1 },
            { key: { rating: null }, value: 3 },
          ]);
          // Surveyed: T1, T2, T4; answered: T1, T4.
          expect(await one({ metric: 'csatResponseRate' })).toBe(2 / 3);
          // Nothing to measure in a group: no group (T3 and T5 are not resolved).
          expect(await run({ groupBy: ['status'], metric: 'firstContactRate' })).toEqual([
            { key: { status: 'closed' }, value: 1 },
            { key: { status: 'resolved' }, value: 0 },
          ]);
        },
      );

      test(
        'measures',
        'refuses an unknown metric, statistic or zone with a typed error',
        async (s) => {
          const bad = [
            { groupBy: [], metric: 'mttr' },
            { groupBy: [], metric: 'resolveTime', statistic: 'p99' },
            { groupBy: [], metric: 'resolveTime', time: 'business' },
            { groupBy: ['day'], timeZone: 'Mars/Olympus' },
            { groupBy: [], metric: 'backlog', at: 'yesterday' },
          ] as unknown as AggregateQuery[];
          for (const q of bad) {
            await expect(s.aggregateTickets(q)).rejects.toMatchObject({
              code: 'VALIDATION_FAILED',
            });
          }
          await expect(s.aggregateTickets(bad[1]!)).rejects.toThrow(/query\.statistic "p99"/);
        },
      );
    });

    describeEventFeed(test);
    describeRuntimeRaces(test);
    describeVisibility(test);
    describeVersions(test);
    describeNotificationOutbox(test);
  });
}
