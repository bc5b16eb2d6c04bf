import fc from 'fast-check';
import { ACTION_NAMES } from '../definition/definition.types';
import type { ActionName, WorkflowDefinition } from '../definition/definition.types';
import { DeskkitError } from '../errors/errors';
import type { HistoryEvent } from '../model/ticket.types';
import { FORM, setup } from './testkit';

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
