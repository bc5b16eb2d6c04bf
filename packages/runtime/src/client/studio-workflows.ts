import type { EngineCore } from '../engine/engine.types';
import { assertMayPublish } from '../engine/publish';
import type { LocalizedDefinition } from '../definition/definition.types';
import { defaultText } from '../definition/localize';
import { DeskkitError } from '../errors/errors';
import type { DefinitionRecord } from '../storage/storage.types';
import type { StudioWorkflow } from '../engine/versions/versions.types';

/** A form's fields as lists name them: property name and title. */
function fieldsOf(def: LocalizedDefinition): StudioWorkflow['fields'] {
  const properties = (def as Partial<LocalizedDefinition>).form?.schema?.properties ?? {};
  return Object.entries(properties).map(([name, s]) => ({
    name,
    label: s.title === undefined ? name : defaultText(def, s.title),
  }));
}

/**
 * `client.studioWorkflows`: the latest version and the draft of every key `actor` may publish,
 * by key. Only the runtime's publishers get an answer; keys owned by others are left out.
 */
export async function studioWorkflows(core: EngineCore, actor: string): Promise<StudioWorkflow[]> {
  await assertMayPublish(core, actor, '');
  const [records, drafts] = await Promise.all([
    core.storage.listDefinitions(),
    core.storage.listDrafts ? core.storage.listDrafts() : [],
  ]);
  const latest = new Map<string, DefinitionRecord>(records.map((r) => [r.key, r]));
  const draftOf = new Map(drafts.map((d) => [d.key, d]));
  const keys = [...new Set([...latest.keys(), ...draftOf.keys()])].sort();
  const out: StudioWorkflow[] = [];
  for (const key of keys) {
    const record = latest.get(key) ?? null;
    try {
      await assertMayPublish(core, actor, key, record);
    } catch (e) {
      if (e instanceof DeskkitError && e.code === 'PERMISSION_DENIED') continue;
      throw e;
    }
    const draft = draftOf.get(key);
    const shown = record?.definition ?? draft!.definition;
    out.push({
      key,
      name: (shown.name && defaultText(shown, shown.name)) || key,
      ...(record
        ? {
            latest: {
              version: record.version,
              publishedAt: record.publishedAt,
              publishedBy: record.publishedBy,
              ...(record.restoredFrom !== undefined ? { restoredFrom: record.restoredFrom } : {}),
            },
          }
        : {}),
      ...(draft
        ? {
            draft: {
              revision: draft.revision,
              savedAt: draft.savedAt,
              savedBy: draft.savedBy,
              ...(draft.basedOn !== undefined ? { basedOn: draft.basedOn } : {}),
            },
          }
        : {}),
      fields: fieldsOf(shown),
    });
  }
  return out;
}
