import { describe, expect } from 'vitest';
import type { WorkflowDefinition } from '../definition/definition.types';
import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import { ConflictError, PermissionError, ValidationError } from '../errors/errors';
import type { DraftRecord, StorageAdapter } from '../storage/storage.types';
import { uid } from './fixtures';

type Test = (group: string, title: string, fn: (s: StorageAdapter) => Promise<void>) => void;

/** A desk task, then `second`, then end; `resolution` is the SLA target. */
function flow(key: string, steps: string[], resolution: string): WorkflowDefinition {
  const ids = ['start', ...steps, 'end'];
  return {
    schemaVersion: 1,
    key,
    name: 'Versions',
    form: { schema: { type: 'object', properties: { summary: { type: 'string' } } } },
    nodes: ids.map((id) =>
      id === 'start' || id === 'end'
        ? { id, type: id }
        : { id, type: 'task', name: id, assign: { strategy: 'fixed', to: [{ user: 'kim' }] } },
    ) as WorkflowDefinition['nodes'],
    edges: ids.slice(1).map((to, i) => ({ id: `e${i}`, from: ids[i]!, to })),
    sla: [{ id: 'fix', name: 'Fix', targets: { resolution } }],
  };
}

const draft = (key: string, revision: number, savedBy = 'ada'): DraftRecord => ({
  key,
  revision,
  definition: flow(key, ['triage'], 'PT8H'),
  savedAt: '2026-03-02T10:00:00.000Z',
  savedBy,
});

/** Drafts in the adapter, and the runtime's drafts, rollback and ticket migration over it. */
export function describeVersions(test: Test): void {
  describe('drafts and versions', () => {
    test('drafts', 'stores one draft per key with compare-and-set on its revision', async (s) => {
      if (!s.saveDraft || !s.getDraft || !s.listDrafts || !s.deleteDraft) return;
      const key = uid('draft');
      expect(await s.getDraft(key)).toBeNull();
      expect(await s.saveDraft(draft(key, 1), null)).toBe(true);
      expect(await s.saveDraft(draft(key, 1, 'bob'), null)).toBe(false);
      expect(await s.saveDraft(draft(key, 2, 'bob'), 1)).toBe(true);
      expect(await s.saveDraft(draft(key, 3), 1)).toBe(false);
      expect(await s.getDraft(key)).toEqual(draft(key, 2, 'bob'));
      // The designer's field order survives (a store sorting keys, as jsonb does, would not).
      const ordered = draft(key, 3);
      ordered.definition.form.schema.properties = { amount: {}, title: {}, zeta: {} };
      expect(await s.saveDraft(ordered, 2)).toBe(true);
      expect(Object.keys((await s.getDraft(key))?.definition.form.schema.properties ?? {})).toEqual(
        ['amount', 'title', 'zeta'],
      );
      expect(await s.saveDraft(draft(key, 4, 'bob'), 3)).toBe(true);
      expect((await s.listDrafts()).filter((d) => d.key === key)).toEqual([draft(key, 4, 'bob')]);
      expect(await s.deleteDraft(key, 1)).toBe(false);
      expect(await s.deleteDraft(key, 4)).toBe(true);
      expect(await s.deleteDraft(key)).toBe(false);
      expect(await s.getDraft(key)).toBeNull();
    });

    test('drafts', 'shares a draft between publishers and keeps it from others', async (s) => {
      if (!s.saveDraft) return;
      const directory = memoryDirectory({
        users: [{ id: 'ada', roles: ['admin'] }, { id: 'bob', roles: ['admin'] }, { id: 'ann' }],
      });
      const runtime = createRuntime({ storage: s, directory, publishers: [{ role: 'admin' }] });
      const key = uid('shared');
      const first = await runtime.saveDraft(flow(key, ['triage'], 'PT8H'), {
        actor: 'ada',
        expectedRevision: null,
      });
      expect(first).toMatchObject({ key, revision: 1, savedBy: 'ada' });
      expect(first.basedOn).toBeUndefined();
      // Another publisher sees it and saves over it; the first one's stale save is refused.
      expect(await runtime.getDraft(key, { actor: 'bob' })).toEqual(first);
      const second = await runtime.saveDraft(flow(key, ['triage', 'fix'], 'PT8H'), {
        actor: 'bob',
        expectedRevision: 1,
      });
      expect(second.revision).toBe(2);
      await expect(
        runtime.saveDraft(flow(key, ['other'], 'PT8H'), { actor: 'ada', expectedRevision: 1 }),
      ).rejects.toBeInstanceOf(ConflictError);
      await expect(runtime.getDraft(key, { actor: 'ann' })).rejects.toBeInstanceOf(PermissionError);
      expect((await runtime.listDrafts({ actor: 'ann' })).some((d) => d.key === key)).toBe(false);
      expect((await runtime.listDrafts({ actor: 'ada' })).map((d) => d.key)).toContain(key);
      // An unfinished draft is fine; publishing it is checked as ever.
      await runtime.saveDraft({ ...flow(key, [], 'PT8H'), edges: [] }, { actor: 'ada' });
      await runtime.publish(second.definition, { actor: 'ada' });
      expect((await runtime.saveDraft(second.definition, { actor: 'bob' })).basedOn).toBe(1);
      expect(await runtime.discardDraft(key, { actor: 'bob' })).toBe(true);
      expect(await runtime.getDraft(key, { actor: 'ada' })).toBeNull();
    });

    test('versions', 'records who published each version and rolls back', async (s) => {
      let now = Date.parse('2026-03-02T09:00:00Z');
      const runtime = createRuntime({
        storage: s,
        clock: () => new Date(now),
        directory: memoryDirectory({ users: [{ id: 'ada' }, { id: 'kim' }] }),
        publishers: 'anyone',
      });
      const key = uid('roll');
      await runtime.publish(flow(key, ['triage'], 'PT8H'), { actor: 'ada' });
      now += 3_600_000;
      await runtime.publish(flow(key, ['triage', 'fix'], 'PT8H'), { actor: 'ada' });
      now += 3_600_000;
      expect(await runtime.rollback(key, 1, { actor: 'ada' })).toEqual({ key, version: 3 });
      const versions = await runtime.versions(key);
      expect(
        versions.map((v) => [v.version, v.publishedBy, v.publishedAt, v.restoredFrom]),
      ).toEqual([
        [1, 'ada', '2026-03-02T09:00:00.000Z', undefined],
        [2, 'ada', '2026-03-02T10:00:00.000Z', undefined],
        [3, 'ada', '2026-03-02T11:00:00.000Z', 1],
      ]);
      expect(versions[2]!.definition).toEqual(versions[0]!.definition);
      await expect(runtime.rollback(key, 1, { actor: 'kim' })).rejects.toBeInstanceOf(
        PermissionError,
      );
    });

    test('migration', 'moves running tickets to a new version, with a dry run first', async (s) => {
      const now = Date.parse('2026-03-02T09:00:00Z');
      const runtime = createRuntime({
        storage: s,
        clock: () => new Date(now),
        directory: memoryDirectory({ users: [{ id: 'ada' }, { id: 'kim' }, { id: 'ann' }] }),
        publishers: 'anyone',
      });
      const key = uid('move');
      await runtime.publish(flow(key, ['triage', 'fix'], 'PT8H'), { actor: 'ada' });
      const atTriage = await runtime.startTicket({ workflow: key, actor: 'ann', data: {} });
      const atFix = await runtime.startTicket({ workflow: key, actor: 'ann', data: {} });
      const [item] = await runtime.tasks('kim', { ticketId: atFix.id });
      await runtime.act({ ticket: atFix.id, action: 'submit', actor: 'kim', workItem: item!.id });
      const done = await runtime.startTicket({ workflow: key, actor: 'ann', data: {} });
      await runtime.act({ ticket: done.id, action: 'cancel', actor: 'ann', reason: 'no' });
      // v2: "fix" is now "repair", and the SLA is 2 hours.
      await runtime.publish(flow(key, ['triage', 'repair'], 'PT2H'), { actor: 'ada' });

      await expect(
        runtime.migrateTickets({ workflow: key, from: 1, mapping: { fix: 'nope' }, actor: 'ada' }),
      ).rejects.toBeInstanceOf(ValidationError);
      const plan = await runtime.migrateTickets({
        workflow: key,
        from: 1,
        tickets: [atTriage.id, atFix.id, done.id],
        dryRun: true,
        actor: 'ada',
      });
      expect(plan).toMatchObject({ from: 1, to: 2, dryRun: true });
      expect(
        plan.tickets.map((t) => [t.ticketId, t.outcome, t.reasons.map((r) => r.code)]),
      ).toEqual([
        [atTriage.id, 'moved', []],
        [atFix.id, 'blocked', ['NODE_UNMAPPED']],
        [done.id, 'blocked', ['NOT_RUNNING']],
      ]);
      expect((await runtime.getTicket(atTriage.id)).workflow.version).toBe(1); // nothing written

      const report = await runtime.migrateTickets({
        workflow: key,
        from: 1,
        mapping: { fix: 'repair' },
        actor: 'ada',
      });
      expect(report.tickets.map((t) => [t.ticketId, t.outcome, t.nodes]).sort()).toEqual(
        [
          [atTriage.id, 'moved', { triage: 'triage' }],
          [atFix.id, 'moved', { fix: 'repair' }],
        ].sort(),
      );
      const moved = await runtime.getTicket(atFix.id);
      expect(moved.workflow.version).toBe(2);
      expect(moved.active).toEqual(['repair']);
      expect(moved.sla.find((c) => c.policy === 'fix')?.dueAt).toBe('2026-03-02T11:00:00.000Z');
      const last = (await runtime.history(atFix.id)).at(-1);
      expect(last).toMatchObject({
        type: 'migrated',
        actor: 'ada',
        detail: { from: 1, to: 2, nodes: { fix: 'repair' } },
      });
      // The work moved with it: kim finishes it on version 2.
      const [work] = await runtime.tasks('kim', { ticketId: atFix.id });
      expect(work?.nodeId).toBe('repair');
      const finished = await runtime.act({
        ticket: atFix.id,
        action: 'submit',
        actor: 'kim',
        workItem: work!.id,
      });
      expect(finished.status).toBe('resolved');
      await expect(
        runtime.migrateTickets({ workflow: key, from: 1, actor: 'kim' }),
      ).rejects.toBeInstanceOf(PermissionError);
    });
  });
}
