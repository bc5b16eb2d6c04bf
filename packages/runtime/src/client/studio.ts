import { diffDefinitions } from '../definition/diff';
import type { EngineCore } from '../engine/engine.types';
import { assertMayPublish } from '../engine/publish';
import type { DeskClient, Runtime } from '../engine/runtime.types';
import { NotFoundError } from '../errors/errors';

type StudioMethods = Pick<
  DeskClient,
  | 'studioWorkflows'
  | 'versions'
  | 'diffVersions'
  | 'listDrafts'
  | 'getDraft'
  | 'saveDraft'
  | 'discardDraft'
  | 'rollback'
  | 'migrateTickets'
>;

/**
 * The studio half of `runtime.client(actor)`: drafts, versions, diff, rollback and migration,
 * each for whoever may publish the workflow (the runtime's `assertMayPublish`, as `publish`).
 */
export function studio(core: EngineCore, runtime: Runtime, actor: string): StudioMethods {
  const version = async (key: string, n: number) => {
    const record = Number.isInteger(n) ? await core.storage.getDefinition(key, n) : null;
    if (!record) throw new NotFoundError(`Workflow "${key}" has no version ${n}.`);
    return record.definition;
  };
  return {
    // The studio's list loads on first use (see engine/on-demand.ts).
    studioWorkflows: async () => (await import('../engine/on-demand')).studioWorkflows(core, actor),
    async versions(key) {
      await assertMayPublish(core, actor, key);
      return runtime.versions(key);
    },
    async diffVersions(key, from, to) {
      await assertMayPublish(core, actor, key);
      return diffDefinitions(await version(key, from), await version(key, to));
    },
    listDrafts: () => runtime.listDrafts({ actor }),
    getDraft: (key) => runtime.getDraft(key, { actor }),
    saveDraft: (def, options = {}) =>
      runtime.saveDraft(def, {
        actor,
        ...(options.expectedRevision !== undefined
          ? { expectedRevision: options.expectedRevision }
          : {}),
      }),
    discardDraft: (key, options = {}) =>
      runtime.discardDraft(key, {
        actor,
        ...(options.expectedRevision !== undefined
          ? { expectedRevision: options.expectedRevision }
          : {}),
      }),
    rollback: (key, n) => runtime.rollback(key, n, { actor }),
    migrateTickets: (input) => runtime.migrateTickets({ ...input, actor }),
  };
}
