import type { LocalizedText } from '../../definition/definition.types';
import type { WorkflowDefinition } from '../../definition/definition.types';
import { ConflictError, DeskkitError, NotFoundError, ValidationError } from '../../errors/errors';
import { cloneJson } from '../../storage/clone';
import type { DefinitionRecord, DraftRecord, StorageAdapter } from '../../storage/storage.types';
import type { EngineCore } from '../engine.types';
import { assertMayPublish, publishDefinition } from '../publish';
import type { SaveDraftOptions } from './versions.types';

/** Largest draft stored, as JSON characters: a definition, not a data dump. */
const MAX_DRAFT_CHARS = 2_000_000;

type DraftStorage = Required<
  Pick<StorageAdapter, 'saveDraft' | 'getDraft' | 'listDrafts' | 'deleteDraft'>
>;

/** The adapter's draft methods; a typed error when a host's adapter has none. */
function draftsOf(storage: StorageAdapter): DraftStorage {
  const { saveDraft, getDraft, listDrafts, deleteDraft } = storage;
  if (!saveDraft || !getDraft || !listDrafts || !deleteDraft)
    throw new DeskkitError(
      'STORAGE_FAILED',
      'This storage adapter keeps no drafts: implement saveDraft, getDraft, listDrafts and deleteDraft (see StorageAdapter).',
    );
  return {
    saveDraft: saveDraft.bind(storage),
    getDraft: getDraft.bind(storage),
    listDrafts: listDrafts.bind(storage),
    deleteDraft: deleteDraft.bind(storage),
  };
}

function keyOf(def: unknown): string {
  const key = (def as { key?: unknown } | null)?.key;
  if (typeof def !== 'object' || def === null || Array.isArray(def))
    throw new ValidationError('A draft is a workflow definition: a JSON object.', [
      { path: '/', code: 'INVALID_TYPE', severity: 'error', message: 'Expected an object.' },
    ]);
  if (typeof key !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,99}$/i.test(key))
    throw new ValidationError('A draft needs the key of its workflow (letters, digits, - _ .).', [
      { path: '/key', code: 'INVALID_KEY', severity: 'error', message: 'Give the workflow key.' },
    ]);
  return key;
}

/**
 * `runtime.saveDraft`: stores the unpublished definition of a key, which need not be valid yet
 * (work in progress), for everyone who may publish the key.
 */
export async function saveDraft(
  core: EngineCore,
  def: WorkflowDefinition<LocalizedText>,
  { actor, expectedRevision }: SaveDraftOptions,
): Promise<DraftRecord> {
  const key = keyOf(def);
  const store = draftsOf(core.storage);
  const latest = await assertMayPublish(core, actor, key);
  const text = JSON.stringify(def);
  if (text.length > MAX_DRAFT_CHARS)
    throw new ValidationError(`The draft of "${key}" exceeds ${MAX_DRAFT_CHARS} characters.`, [
      { path: '/', code: 'TOO_LARGE', severity: 'error', message: 'The draft is too large.' },
    ]);
  const stored = await store.getDraft(key);
  const current = stored?.revision ?? null;
  const stale = () =>
    new ConflictError(
      stored
        ? `${stored.savedBy} saved the draft of "${key}" (revision ${stored.revision}) since you opened it; reload it before saving.`
        : `The draft of "${key}" changed since you opened it; reload it before saving.`,
      { expectedVersion: expectedRevision ?? null, actualVersion: current },
    );
  if (expectedRevision !== undefined && expectedRevision !== current) throw stale();
  const draft: DraftRecord = {
    key,
    revision: (current ?? 0) + 1,
    definition: JSON.parse(text) as WorkflowDefinition<LocalizedText>,
    savedAt: core.now().toISOString(),
    savedBy: actor,
    ...(latest ? { basedOn: latest.version } : {}),
  };
  if (!(await store.saveDraft(draft, current))) throw stale();
  return draft;
}

/** `runtime.getDraft`: the key's draft, for whoever may publish the key; `null` when none. */
export async function getDraft(
  core: EngineCore,
  key: string,
  actor: string,
): Promise<DraftRecord | null> {
  const store = draftsOf(core.storage);
  await assertMayPublish(core, actor, key);
  return store.getDraft(key);
}

/** `runtime.listDrafts`: the drafts of every key this actor may publish. */
export async function listDrafts(core: EngineCore, actor: string): Promise<DraftRecord[]> {
  const out: DraftRecord[] = [];
  for (const d of await draftsOf(core.storage).listDrafts()) {
    try {
      await assertMayPublish(core, actor, d.key);
      out.push(d);
    } catch (e) {
      if (!(e instanceof DeskkitError) || e.code !== 'PERMISSION_DENIED') throw e;
    }
  }
  return out;
}

/** `runtime.discardDraft`: removes the key's draft; false when there was none. */
export async function discardDraft(
  core: EngineCore,
  key: string,
  { actor, expectedRevision }: { actor: string; expectedRevision?: number },
): Promise<boolean> {
  const store = draftsOf(core.storage);
  await assertMayPublish(core, actor, key);
  const removed = await store.deleteDraft(key, expectedRevision);
  if (!removed && expectedRevision !== undefined && (await store.getDraft(key)))
    throw new ConflictError(
      `The draft of "${key}" was saved again since revision ${expectedRevision}; reload it first.`,
    );
  return removed;
}

/** `runtime.versions`: every published version of a key, oldest first: who published what, when. */
export async function versionsOf(core: EngineCore, key: string): Promise<DefinitionRecord[]> {
  const list = await core.storage.listDefinitionVersions(key);
  if (!list.length) throw new NotFoundError(`Workflow "${key}" is not published.`);
  return list.map(cloneJson);
}

/**
 * `runtime.rollback`: publishes an older version again, as the newest (the record says which one
 * it restores). Running tickets stay on their versions; `migrateTickets` moves them.
 */
export async function rollback(
  core: EngineCore,
  key: string,
  version: number,
  actor: string,
): Promise<{ key: string; version: number }> {
  await assertMayPublish(core, actor, key);
  const old = Number.isInteger(version) ? await core.storage.getDefinition(key, version) : null;
  if (!old) throw new NotFoundError(`Workflow "${key}" has no version ${version}.`);
  return publishDefinition(core, old.definition, actor, { restoredFrom: version });
}
