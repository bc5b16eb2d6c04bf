// runtime.client(actor): drafts, versions, diff, rollback and migration for the workflow's publishers.
import { PermissionError } from '../errors/errors';
import { chain, setup, task } from '../engine/testkit';
import type { Assignment } from '../definition/definition.types';

const eve: Assignment = { strategy: 'fixed', to: [{ user: 'eve' }] };

function studioDesk() {
  const { runtime } = setup({ publishers: [{ role: 'admin' }] });
  return { runtime, admin: runtime.client('admin'), ann: runtime.client('ann') };
}

describe('DeskClient studio methods', () => {
  it('keeps a draft per workflow, diffs versions, rolls back and names who published what', async () => {
    const { runtime, admin } = studioDesk();
    const v1 = chain('flow', [task('work', eve)]);
    await admin.publish(v1);
    const draft = await admin.saveDraft(
      { ...v1, nodes: [...v1.nodes, { id: 'extra', type: 'task' }] },
      { expectedRevision: null },
    );
    expect(draft).toMatchObject({ key: 'flow', revision: 1, savedBy: 'admin', basedOn: 1 });
    expect(await admin.getDraft('flow')).toMatchObject({ revision: 1 });
    expect((await admin.listDrafts()).map((d) => d.key)).toEqual(['flow']);
    await expect(admin.saveDraft(v1, { expectedRevision: null })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await admin.discardDraft('flow', { expectedRevision: 1 })).toBe(true);
    expect(await admin.getDraft('flow')).toBeNull();

    await admin.publish(chain('flow', [task('work', eve), task('check', eve)]));
    const diff = await admin.diffVersions('flow', 1, 2);
    expect(diff.nodes.added).toEqual(['check']);
    expect(await admin.rollback('flow', 1)).toEqual({ key: 'flow', version: 3 });
    const versions = await admin.versions('flow');
    expect(versions.map((v) => [v.version, v.publishedBy, v.restoredFrom])).toEqual([
      [1, 'admin', undefined],
      [2, 'admin', undefined],
      [3, 'admin', 1],
    ]);
    expect(versions[2]!.publishedAt).toBe(runtime.now().toISOString());
    await expect(admin.diffVersions('flow', 1, 9)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('migrates running tickets, dry run first', async () => {
    const { admin, ann, runtime } = studioDesk();
    await admin.publish(chain('mig', [task('work', eve)]));
    const t = await ann.startTicket({ workflow: 'mig', data: { summary: 'x' } });
    await admin.publish(chain('mig', [task('done', eve)]));
    const plan = await admin.migrateTickets({ workflow: 'mig', from: 1, dryRun: true });
    expect(plan.tickets).toMatchObject([
      { ticketId: t.id, outcome: 'blocked', reasons: [{ code: 'NODE_UNMAPPED' }] },
    ]);
    const moved = await admin.migrateTickets({
      workflow: 'mig',
      from: 1,
      mapping: { work: 'done' },
    });
    expect(moved.tickets).toMatchObject([{ outcome: 'moved', nodes: { work: 'done' } }]);
    expect((await runtime.getTicket(t.id)).workflow.version).toBe(2);
  });

  it('refuses every studio method to someone who may not publish the workflow', async () => {
    const { admin, ann } = studioDesk();
    await admin.publish(chain('flow', [task('work', eve)]));
    const def = await admin.getDefinition('flow');
    const calls: Array<[string, () => Promise<unknown>]> = [
      ['versions', () => ann.versions('flow')],
      ['diffVersions', () => ann.diffVersions('flow', 1, 1)],
      ['getDraft', () => ann.getDraft('flow')],
      ['saveDraft', () => ann.saveDraft(def)],
      ['discardDraft', () => ann.discardDraft('flow')],
      ['rollback', () => ann.rollback('flow', 1)],
      ['migrateTickets', () => ann.migrateTickets({ workflow: 'flow', from: 1, dryRun: true })],
    ];
    for (const [name, call] of calls)
      await expect(call(), name).rejects.toBeInstanceOf(PermissionError);
    expect(await ann.listDrafts()).toEqual([]);
  });
});
