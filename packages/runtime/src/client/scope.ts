import type { LocalizedText } from '../definition/definition.types';
import type { WorkflowDefinition } from '../definition/definition.types';
import type { EngineCore } from '../engine/engine.types';
import { PermissionError } from '../errors/errors';
import { expressionFields } from '../expressions/references';
import type { AggregateQuery, TicketQuery, TicketScope } from '../query/query.types';
import type { DefinitionRecord } from '../storage/storage.types';

/** Per runtime: every published version of each workflow key, refreshed when a key gets a new one. */
const versionCache = new WeakMap<EngineCore, Map<string, DefinitionRecord[]>>();

async function allVersions(core: EngineCore): Promise<DefinitionRecord[]> {
  let cache = versionCache.get(core);
  if (!cache) versionCache.set(core, (cache = new Map()));
  const out: DefinitionRecord[] = [];
  for (const latest of await core.storage.listDefinitions()) {
    let list = cache.get(latest.key);
    if (list?.[list.length - 1]?.version !== latest.version) {
      list = [...(await core.storage.listDefinitionVersions(latest.key))].sort(
        (a, b) => a.version - b.version,
      );
      cache.set(latest.key, list);
    }
    out.push(...list);
  }
  return out;
}

/** The tickets a user may see, as adapters apply it (`undefined`: an auditor, who sees all). */
export async function scopeOf(
  core: EngineCore,
  actor: string,
  auditor: boolean,
): Promise<TicketScope | undefined> {
  if (auditor) return undefined;
  const workflows: TicketScope['workflows'] = [];
  for (const r of await allVersions(core)) {
    // Dispatchers (`assign`) see the tickets they may hand out, as `view` principals do.
    const { view = [], assign = [] } = r.definition.permissions ?? {};
    const seers = [...view, ...assign];
    if (seers.length && (await core.directory.matches(actor, seers)))
      workflows.push({ key: r.key, version: r.version });
  }
  return { user: actor, workflows };
}

/**
 * Fields that some ticket of a workflow may hide from a viewer: hidden at one of its steps, or
 * shown by a `visible` rule. A query naming one could answer by a value the viewer may not see.
 */
function maybeHidden(def: WorkflowDefinition<LocalizedText>): Set<string> {
  const out = new Set<string>();
  for (const n of def.nodes)
    for (const [f, p] of Object.entries(n.fields ?? {})) if (p === 'hidden') out.add(f);
  for (const r of def.form.rules ?? []) if (r.visible !== undefined) out.add(r.field);
  return out;
}

/** The top-level field a query path names (`data.risk.level` → `risk`; `title` → what it reads). */
function named(path: unknown, def: WorkflowDefinition<LocalizedText>): string[] {
  if (typeof path !== 'string') return [];
  if (path === 'data') return Object.keys(def.form.schema.properties ?? {});
  if (path.startsWith('data.')) return [path.slice(5).split('.')[0]!];
  if (path === 'title' && def.title) {
    try {
      return expressionFields(def.title);
    } catch {
      return Object.keys(def.form.schema.properties ?? {});
    }
  }
  return [];
}

/**
 * Refuses a query whose `where`, `sort`, `text` or `groupBy` names a field that may be hidden from
 * the user on a ticket of a workflow the query can reach (`PermissionError` naming the field), so
 * that no answer depends on a hidden value.
 */
export async function guardQuery(
  core: EngineCore,
  actor: string,
  query: Partial<TicketQuery & AggregateQuery>,
): Promise<void> {
  const paths: Array<[string, unknown]> = [];
  (Array.isArray(query.where) ? query.where : []).forEach((c, i) =>
    paths.push([`query.where[${i}].field`, c?.field]),
  );
  if (query.sort) paths.push(['query.sort.field', query.sort.field]);
  if (query.text) paths.push(['query.text', 'title']);
  (Array.isArray(query.groupBy) ? query.groupBy : []).forEach((d, i) =>
    paths.push([`query.groupBy[${i}]`, d]),
  );
  if (!paths.length) return;
  const keys = Array.isArray(query.workflow) ? new Set(query.workflow) : undefined;
  for (const r of await allVersions(core)) {
    if (keys && !keys.has(r.key)) continue;
    const hidden = maybeHidden(r.definition);
    for (const [where, path] of paths) {
      const field = named(path, r.definition).find((f) => hidden.has(f));
      if (field === undefined) continue;
      throw new PermissionError(
        `${where}: ${actor} may not search, sort or group by "${field}": workflow "${r.key}" hides it at some steps or by a rule. Use fields that every step shows.`,
        [field],
      );
    }
  }
}

/**
 * The workflow versions whose every field everyone who sees one of their tickets reads: no step
 * hides a field and the form has no rule (a rule that fails hides its field). On their tickets a
 * search matched by the number, title and form data alone matches for every viewer.
 */
export async function plainVersions(
  core: EngineCore,
): Promise<Array<{ key: string; version: number }>> {
  return (await allVersions(core))
    .filter((r) => !maybeHidden(r.definition).size && !r.definition.form.rules?.length)
    .map((r) => ({ key: r.key, version: r.version }));
}

/** Whether a workflow's title (in any version) reads a field that some step or rule hides. */
export async function titleMayHide(core: EngineCore, key: string): Promise<boolean> {
  const versions = (await allVersions(core)).filter((r) => r.key === key);
  return (
    !versions.length ||
    versions.some((r) => {
      const hidden = maybeHidden(r.definition);
      return named('title', r.definition).some((f) => hidden.has(f));
    })
  );
}
