import fc from 'fast-check';
import { ACTION_NAMES } from '../definition/definition.types';
import type {
  ActionName,
  NodeDefinition,
  WorkflowDefinition,
} from '../definition/definition.types';
import { DeskkitError, NotFoundError, type PermissionError } from '../errors/errors';
import type { HistoryEvent, Ticket, WorkItem } from '../model/ticket.types';
import type { RuntimeEvent } from './runtime.types';
import { FORM, USERS, setup } from './testkit';

const PEOPLE = ['ann', 'bob', 'max', 'eve', 'sam', 'kim'];
const FIELDS = ['summary', 'amount', 'notes', 'internal', 'owner'];

const def: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'prop',
  name: 'Property workflow',
  form: FORM,
  nodes: [
    { id: 'start', type: 'start', fields: { internal: 'hidden', notes: 'hidden' } },
    {
      id: 'triage',
      type: 'task',
      assign: { strategy: 'claim', to: [{ group: 'desk' }] },
      fields: { notes: 'edit', owner: 'edit', internal: 'edit' },
    },
    { id: 'gw', type: 'exclusive' },
    {
      id: 'cab',
      type: 'approval',
      approval: { mode: 'quorum', min: 2, onReject: 'previous' },
      assign: { strategy: 'fixed', to: [{ group: 'cab' }] },
      fields: { internal: 'hidden', notes: 'required' },
    },
    { id: 'merge', type: 'exclusive' },
    { id: 'split', type: 'parallel' },
    {
      id: 'hw',
      type: 'task',
      assign: { strategy: 'fixed', to: [{ user: 'kim' }] },
      fields: { amount: 'edit' },
    },
    {
      id: 'mgr',
      type: 'approval',
      approval: { mode: 'sequential', onReject: 'requester' },
      assign: { strategy: 'fixed', to: [{ role: 'manager' }, { user: 'eve' }] },
    },
    { id: 'join', type: 'parallel' },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'triage' },
    { id: 'e2', from: 'triage', to: 'gw' },
    { id: 'big', from: 'gw', to: 'cab', when: 'amount > 100' },
    { id: 'small', from: 'gw', to: 'merge', default: true },
    { id: 'e3', from: 'cab', to: 'merge' },
    { id: 'e3b', from: 'merge', to: 'split' },
    { id: 'e4', from: 'split', to: 'hw' },
    { id: 'e5', from: 'split', to: 'mgr' },
    { id: 'e6', from: 'hw', to: 'join' },
    { id: 'e7', from: 'mgr', to: 'join' },
    { id: 'e8', from: 'join', to: 'end' },
  ],
};

const command = fc.record({
  /** When set, the action is picked among those the actor's view offers (reaches deeper states). */
  guided: fc.boolean(),
  action: fc.constantFrom<ActionName>(...ACTION_NAMES),
  actor: fc.constantFrom(...PEOPLE),
  data: fc.option(
    fc.dictionary(
      fc.constantFrom(...FIELDS),
      fc.oneof(fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 500 })),
      { maxKeys: 2 },
    ),
    { nil: undefined },
  ),
  to: fc.option(fc.constantFrom(...PEOPLE, 'start', 'triage', 'cab'), { nil: undefined }),
  comment: fc.option(fc.constantFrom('ok', 'please', ''), { nil: undefined }),
});

describe('engine properties (random actions by random users)', () => {
  it('never bypasses a permission, never loses a history event, never points at a missing node', async () => {
    const reached = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 500 }),
        fc.array(command, { minLength: 1, maxLength: 30 }),
        async (amount, commands) => {
          const { runtime, storage } = setup({ urgeIntervalMs: 0 });
          await runtime.publish(def, { actor: 'admin' });
          const t = await runtime.startTicket({
            workflow: 'prop',
            actor: 'ann',
            data: { summary: 'x', amount },
          });
          const nodeIds = new Set(def.nodes.map((n) => n.id));
          let history: HistoryEvent[] = await runtime.history(t.id);
          for (const c of commands) {
            const before = await runtime.getTicket(t.id);
            let actor = c.actor;
            if (c.guided) {
              // Prefer someone who can move the ticket (not only comment or urge).
              const movers: string[] = [];
              for (const p of PEOPLE) {
                const v = await runtime.viewTicket(t.id, p).catch(() => null);
                if (v?.actions.some((a) => !['comment', 'urge', 'recall', 'cancel'].includes(a)))
                  movers.push(p);
              }
              actor = movers[PEOPLE.indexOf(c.actor) % Math.max(1, movers.length)] ?? c.actor;
            }
            const view = await runtime.viewTicket(t.id, actor).catch(() => null);
            const offered = view?.actions ?? [];
            const action =
              c.guided && offered.length
                ? (offered[ACTION_NAMES.indexOf(c.action) % offered.length] as ActionName)
                : c.action;
            let data = c.data;
            if (c.guided && data && view) {
              data = Object.fromEntries(
                Object.entries(data).filter(([k]) =>
                  ['edit', 'required'].includes(view.form.permissions[k] ?? ''),
                ),
              );
              if (view.form.permissions.notes === 'required') data.notes = 'filled';
            }
            const input = {
              ticket: t.id,
              action,
              actor,
              ...(data ? { data } : {}),
              ...(c.to ? { to: c.to } : {}),
              ...(c.comment !== undefined ? { comment: c.comment } : {}),
            };
            let after;
            try {
              after = await runtime.act(input);
            } catch (err) {
              // Refusals are typed and change nothing.
              expect(err).toBeInstanceOf(DeskkitError);
              const now = await runtime.getTicket(t.id);
              expect(now.version).toBe(before.version);
              expect(await runtime.history(t.id)).toEqual(history);
              continue;
            }
            // Permission: the runtime allowed only what the actor's view offered...
            expect(offered).toContain(action);
            reached.add(`${action}:${after.status}:${after.active.join('+')}`);
            // ...and the actor changed only fields editable for them at that step.
            const written = (await runtime.history(t.id))
              .slice(history.length)
              .filter((e) => e.type === 'action' && e.actor === actor)
              .flatMap((e) => e.changes ?? [])
              .map((ch) => ch.field);
            for (const f of written)
              expect(['edit', 'required']).toContain(view?.form.permissions[f]);
            // History: only appended, seq contiguous from 1.
            const next = await runtime.history(t.id);
            expect(next.slice(0, history.length)).toEqual(history);
            expect(next.map((e) => e.seq)).toEqual(next.map((_, i) => i + 1));
            history = next;
            // Graph: every active node, token and open work item points at a node of the definition.
            for (const id of after.active) expect(nodeIds.has(id)).toBe(true);
            for (const tok of after.tokens) expect(nodeIds.has(tok.nodeId)).toBe(true);
            for (const w of await storage.listWorkItems({ ticketId: t.id, state: ['open'] }))
              expect(nodeIds.has(w.nodeId)).toBe(true);
            expect(after.version).toBe(before.version + 1);
          }
        },
      ),
      { numRuns: 60 },
    );
    // The guided commands drive tickets through the graph, not just into refusals.
    const states = [...reached].join(' ');
    expect(reached.size).toBeGreaterThanOrEqual(3);
    expect(states).toMatch(/claim:open:triage/);
  }, 120_000);
});

/** The read twin: `owner` hides from the requester by a rule; `bob` sees every ticket by `permissions.view`. */
const readDef: WorkflowDefinition = {
  ...def,
  key: 'prop-read',
  permissions: { view: [{ user: 'bob' }] },
  form: { ...FORM, rules: [{ field: 'owner', visible: '$actor.id != $ticket.requester' }] },
};
const READERS = [...PEOPLE, 'admin', 'zed'];
const MARKED = ['summary', 'notes', 'internal', 'owner'];
/** Fields some step or rule of readDef hides: queries naming them are refused. */
const MAYBE_HIDDEN = new Set(['notes', 'internal', 'owner']);

const readCommand = fc.record({
  action: fc.nat(),
  actor: fc.constantFrom(...PEOPLE),
  data: fc
    .array(fc.tuple(fc.constantFrom(...FIELDS), fc.integer({ min: 1000, max: 9999 })), {
      maxLength: 2,
    })
    .map((pairs) =>
      Object.fromEntries(pairs.map(([f, n]) => [f, f === 'amount' ? n % 500 : `${f}~${n}`])),
    ),
  note: fc.option(fc.integer({ min: 1000, max: 9999 }), { nil: undefined }),
  query: fc.constantFrom(...MARKED, 'status'),
});

/** The spec, written apart from the implementation: who sees the ticket, and which fields they may not. */
function oracle(t: Ticket, items: WorkItem[], actor: string, past: Set<string>) {
  const auditor = actor === 'admin';
  const worker =
    past.has(actor) ||
    items.some(
      (w) => w.assignee === actor || w.delegatedFrom === actor || w.candidates?.includes(actor),
    ) ||
    Object.values(t.approvals).some(
      (a) => a.approvers.includes(actor) || a.decisions.some((d) => d.user === actor),
    );
  const desk = actor !== t.requester && (auditor || worker || actor === 'bob');
  const sees = desk || actor === t.requester || !!t.watchers?.includes(actor);
  const perm = (n: NodeDefinition, f: string) =>
    n.fields?.[f] ?? (n.type === 'start' ? 'edit' : 'read');
  const hidden = (nodes: NodeDefinition[]) => {
    const out = new Set<string>();
    if (!t.active.length) {
      const steps = readDef.nodes.filter((n) => ['start', 'task', 'approval'].includes(n.type));
      if (!auditor)
        for (const f of MARKED) if (steps.every((n) => perm(n, f) === 'hidden')) out.add(f);
    } else for (const n of nodes) for (const f of MARKED) if (perm(n, f) === 'hidden') out.add(f);
    if (actor === t.requester) out.add('owner');
    return out;
  };
  const node = (id: string) => readDef.nodes.find((n) => n.id === id)!;
  const working = items.find(
    (w) =>
      w.state === 'open' &&
      (w.assignee !== undefined
        ? w.assignee === actor
        : !w.queue && !!w.candidates?.includes(actor)),
  );
  return {
    sees,
    desk,
    /** Hidden in lists, history and events (everyone reads the current steps). */
    observer: hidden(t.active.map(node)),
    /** Hidden in viewTicket (who works a step sees that step). */
    viewer: hidden(working ? [node(working.nodeId)] : t.active.map(node)),
  };
}

/** Whoever held or was offered work, by the history: assignments and actions on work items. */
function pastHolders(history: HistoryEvent[]): Set<string> {
  const out = new Set<string>();
  const own = ['comment', 'watch', 'unwatch', 'urge', 'cancel', 'recall', 'close'];
  for (const e of history) {
    const d = (e.detail ?? {}) as {
      assignee?: string;
      candidates?: string[];
      delegatedFrom?: string;
    };
    if (e.type === 'assigned')
      for (const u of [d.assignee, d.delegatedFrom, ...(d.candidates ?? [])]) if (u) out.add(u);
    if (e.type === 'action' && e.actor && !own.includes(e.action ?? '')) out.add(e.actor);
  }
  return out;
}

describe('client reads (random tickets, users and queries)', () => {
  it('never answers a value of a field hidden from the user, nor a work note to the requester side', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(readCommand, { minLength: 1, maxLength: 10 }), async (commands) => {
        const { runtime, storage } = setup({
          urgeIntervalMs: 0,
          auditors: [{ user: 'admin' }],
          seed: { users: [...USERS, { id: 'zed' }] },
        });
        await runtime.publish(readDef, { actor: 'admin' });
        const t = await runtime.startTicket({
          workflow: 'prop-read',
          actor: 'ann',
          data: { summary: 'summary~0001', amount: 150 },
        });
        const events: Record<string, RuntimeEvent[]> = {};
        const stops = READERS.map((u) =>
          runtime.client(u).subscribe((e) => (events[u] ??= []).push(e)),
        );
        // Every marker a field ever held, from the trusted history.
        const markers = async () => {
          const byField: Record<string, Set<string>> = {};
          const cur = await runtime.getTicket(t.id);
          for (const e of await runtime.history(t.id))
            for (const ch of e.changes ?? [])
              for (const v of [ch.from, ch.to])
                if (typeof v === 'string') (byField[ch.field] ??= new Set()).add(v);
          for (const [f, v] of Object.entries(cur.data))
            if (typeof v === 'string') (byField[f] ??= new Set()).add(v);
          return byField;
        };
        const leaks = (
          answer: unknown,
          fields: Set<string>,
          byField: Record<string, Set<string>>,
        ) => {
          const text = JSON.stringify(answer) ?? '';
          return [...fields].flatMap((f) =>
            [...(byField[f] ?? [])].filter((v) => text.includes(v)),
          );
        };
        for (const c of commands) {
          // Move the ticket as someone whose view offers an action (the trusted API).
          const movers: Array<[string, ActionName[]]> = [];
          for (const p of PEOPLE) {
            const v = await runtime.viewTicket(t.id, p).catch(() => null);
            if (v?.actions.length) movers.push([p, v.actions]);
          }
          const [actor, offered] = movers[c.action % Math.max(1, movers.length)] ?? [c.actor, []];
          const action = offered[c.action % Math.max(1, offered.length)] ?? 'comment';
          const view = await runtime.viewTicket(t.id, actor).catch(() => null);
          const data = Object.fromEntries(
            Object.entries(c.data).filter(([k]) =>
              ['edit', 'required'].includes(view?.form.permissions[k] ?? ''),
            ),
          );
          if (view?.form.permissions.notes === 'required') data.notes ??= 'notes~0002';
          await runtime
            .act({
              ticket: t.id,
              action,
              actor,
              ...(['submit', 'approve', 'reject', 'update'].includes(action) ? { data } : {}),
              ...(action === 'comment'
                ? { comment: `note~${c.note ?? 0}`, internal: !!c.note }
                : {}),
              ...(['reassign', 'delegate', 'addApprover', 'watch'].includes(action)
                ? { to: c.actor }
                : {}),
              ...(action === 'rollback' ? { to: 'triage' } : {}),
              // Hold, reject and the like ask a reason (the view says which).
              ...(view?.needsReason?.includes(action) ? { reason: 'reason~0003' } : {}),
            })
            .catch(() => undefined);

          const now = await runtime.getTicket(t.id);
          const items = await storage.listWorkItems({ ticketId: t.id });
          const byField = await markers();
          const notes = new Set(
            (await runtime.history(t.id)).filter((e) => e.internal).map((e) => e.comment!),
          );
          const past = pastHolders(await runtime.history(t.id));
          for (const user of READERS) {
            const o = oracle(now, items, user, past);
            const client = runtime.client(user);
            const answers: unknown[] = [];
            const view = await client.viewTicket(t.id).catch((e: unknown) => e);
            const history = await client.history(t.id).catch((e: unknown) => e);
            const page = await client.listTickets({ workflow: ['prop-read'] });
            if (!o.sees) {
              expect(view, user).toBeInstanceOf(NotFoundError);
              expect(history).toBeInstanceOf(NotFoundError);
              expect(page.tickets).toEqual([]);
              continue;
            }
            expect(leaks(view, o.viewer, byField)).toEqual([]);
            answers.push(history, page);
            const grouped = await client
              .aggregate({ groupBy: [c.query === 'status' ? 'status' : `data.${c.query}`] })
              .catch((e: unknown) => e);
            if (MAYBE_HIDDEN.has(c.query))
              expect((grouped as PermissionError).fields).toEqual([c.query]);
            else answers.push(grouped);
            const refused = await client.act({ ticket: t.id, action: 'update', data: c.data }).then(
              () => undefined,
              (e: unknown) => e,
            );
            answers.push(refused instanceof Error ? refused.message : undefined);
            for (const a of answers) expect(leaks(a, o.observer, byField)).toEqual([]);
            if (!o.desk)
              for (const n of notes) expect(JSON.stringify([view, ...answers])).not.toContain(n);
          }
        }
        // Live events: each checked against the ticket state it carries.
        const lastSeq = (await runtime.getTicket(t.id)).historySeq;
        // Every command may have been refused: then there is no event to wait for.
        if ((lastSeq ?? 0) > (t.historySeq ?? 0))
          await vi.waitFor(() =>
            expect(events.admin?.[events.admin.length - 1]?.seq).toBe(lastSeq),
          );
        stops.forEach((stop) => stop());
        const byField = await markers();
        const items = await storage.listWorkItems({ ticketId: t.id });
        const past = pastHolders(await runtime.history(t.id));
        expect(events.zed ?? []).toEqual([]);
        for (const [user, list] of Object.entries(events))
          for (const e of list) {
            const o = oracle(e.ticket, items, user, past);
            expect(leaks(e, o.observer, byField)).toEqual([]);
          }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
