// runtime.client(actor): drafts, versions, diff, rollback and migration for the workflow's publishers.
import { PermissionError } from '../errors/errors';
import { chain, setup, task } from '../engine/testkit';
import { STORAGES } from '../engine/testkit.storages';
import type { Assignment } from '../definition/definition.types';
import type { StorageAdapter } from '../storage/storage.types';

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

for (const { name, open } of STORAGES) {
  describe(`client.studioWorkflows on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    it("lists each workflow the user may publish with its latest version and draft, not other owners' ones", async () => {
      const { runtime, advance } = setup({
        storage,
        publishers: [{ role: 'admin' }, { user: 'max' }],
      });
      const admin = runtime.client('admin');
      const max = runtime.client('max');
      expect(await admin.studioWorkflows()).toEqual([]);
      await admin.publish(chain('wf-b', [task('work', eve)]));
      advance(60_000);
      await admin.publish({ ...chain('wf-b', [task('work', eve)]), name: 'B, second' });
      await max.publish(
        chain('wf-max', [task('work', eve)], {
          permissions: { start: [{ role: 'employee' }], publish: [{ user: 'max' }] },
        }),
      );
      // A workflow that exists only as a draft is listed too, named by the draft.
      await admin.saveDraft({ ...chain('wf-a', [task('work', eve)]), name: 'A (new)' });
      await admin.saveDraft({ ...chain('wf-b', [task('work', eve)]), name: 'B, third' });

      const list = await admin.studioWorkflows();
      expect(list.map((w) => w.key)).toEqual(['wf-a', 'wf-b']);
      const [a, b] = list;
      expect(a).toMatchObject({ key: 'wf-a', name: 'A (new)', draft: { revision: 1 } });
      expect(a!.latest).toBeUndefined();
      expect(b).toMatchObject({
        name: 'B, second',
        latest: { version: 2, publishedBy: 'admin', publishedAt: runtime.now().toISOString() },
        draft: { revision: 1, savedBy: 'admin', basedOn: 2 },
      });
      expect(b!.fields).toContainEqual({ name: 'summary', label: 'Summary' });
      expect(b!.fields).toContainEqual({ name: 'owner', label: 'owner' });
      // Max sees his own workflow and the admins' ones, which the runtime's publishers may publish.
      expect((await max.studioWorkflows()).map((w) => w.key)).toEqual(['wf-a', 'wf-b', 'wf-max']);

      // Publishing moves the latest version; the list needs no other call to follow.
      await admin.publish({ ...chain('wf-a', [task('work', eve)]), name: 'A' });
      await admin.discardDraft('wf-a');
      const after = await admin.studioWorkflows();
      expect(after[0]).toMatchObject({ key: 'wf-a', name: 'A', latest: { version: 1 } });
      expect(after[0]!.draft).toBeUndefined();
    });

    it('refuses someone the runtime lets publish nothing, saying who may', async () => {
      const { runtime } = setup({ storage, publishers: [{ role: 'admin' }] });
      const refused = await runtime
        .client('ann')
        .studioWorkflows()
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(PermissionError);
      expect((refused as Error).message).toMatch(/only role "admin" may/);
    });
  });
}
