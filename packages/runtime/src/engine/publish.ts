import type { LocalizedText } from '../definition/definition.types';
import type { WorkflowDefinition } from '../definition/definition.types';
import { textPicker } from '../definition/localize';
import { patternIssues, subworkflowKeys, validateDefinition } from '../definition/validate';
import { DefinitionError, PermissionError } from '../errors/errors';
import type { Issue } from '../errors/errors';
import { cloneJson } from '../storage/clone';
import { timeIssues } from '../time/definition-check';
import { nodeParams } from '../definition/issues';
import type { DefinitionRecord } from '../storage/storage.types';
import type { EngineCore } from './engine.types';
import type { CatalogEntry } from './runtime.types';
import { describePrincipals } from './start';

/**
 * Whether `actor` may publish versions of `key` (and so keep its draft and migrate its tickets):
 * the runtime's `publishers` (closed when absent), then the key's owners, the latest version's
 * `permissions.publish`, else its publisher under `'anyone'`. Answers the latest version.
 * `known` is that latest version when the caller has read it already (`null`: not published); with
 * the key `''` only the runtime's publishers are checked.
 */
export async function assertMayPublish(
  core: EngineCore,
  actor: string,
  key: string,
  known?: DefinitionRecord | null,
): Promise<DefinitionRecord | null> {
  const publishers = core.options.publishers;
  if (!publishers) {
    throw new PermissionError(
      `${actor} may not publish workflows: publishing is closed until the host names who may, with createRuntime({ publishers: [{ role: 'admin' }] }) (or 'anyone' for a demo).`,
    );
  }
  if (publishers !== 'anyone' && !(await core.directory.matches(actor, publishers))) {
    throw new PermissionError(
      `${actor} may not publish workflows: only ${describePrincipals(publishers)} may.`,
    );
  }
  // A key belongs to whoever may publish it: its latest version's permissions.publish, else the
  // runtime's publishers, else (publishers 'anyone') the user who published its latest version.
  const latest = known !== undefined ? known : key ? await core.storage.getDefinition(key) : null;
  const guard =
    latest &&
    (latest.definition.permissions?.publish ??
      (publishers === 'anyone' ? [{ user: latest.publishedBy }] : undefined));
  if (guard && !(await core.directory.matches(actor, guard))) {
    throw new PermissionError(
      `${actor} may not publish new versions of "${key}": it belongs to ${describePrincipals(guard)}.`,
    );
  }
  return latest;
}

/**
 * `runtime.publish`: checks the publisher (`options.publishers`, closed when absent, and the key's
 * owners: the latest version's `permissions.publish`, else its publisher under `'anyone'`), validates the definition (DefinitionError with every issue), checks that
 * subworkflow targets are published, and stores an immutable new version.
 */
export async function publishDefinition(
  core: EngineCore,
  def: WorkflowDefinition<LocalizedText>,
  actor: string,
  extra: Pick<DefinitionRecord, 'restoredFrom'> = {},
): Promise<{ key: string; version: number }> {
  const key = typeof def?.key === 'string' ? def.key : '';
  const latest = await assertMayPublish(core, actor, key);
  const result = validateDefinition(def, {
    ...(core.options.validator ? { validator: core.options.validator } : {}),
  });
  // Patterns are checked against the linear-time engine they will match on (loaded by this).
  if (result.ok) result.issues.push(...(await patternIssues(def)));
  const errors = result.issues.filter((i) => i.severity === 'error');
  if (!result.ok || errors.length) {
    throw new DefinitionError(
      `Workflow "${key || '(no key)'}" cannot be published: ${errors.length} problem${errors.length === 1 ? '' : 's'}, first: ${errors[0]?.message ?? 'invalid'}`,
      errors,
    );
  }
  // SLA/OLA targets, calendars of this runtime, timer and automation periods (src/time).
  const timing = timeIssues(def, core.calendars);
  if (timing.length) {
    throw new DefinitionError(
      `Workflow "${key}" cannot be published: ${timing.length} problem${timing.length === 1 ? '' : 's'}, first: ${timing[0]?.message}`,
      timing,
    );
  }
  const missing: Issue[] = [];
  for (const target of subworkflowKeys(def)) {
    if (target === key) continue;
    def.nodes.forEach((n, i) => {
      if (n.type === 'subworkflow' && n.subworkflow.key === target)
        missing.push({
          path: `/nodes/${i}/subworkflow/key`,
          code: 'SUBWORKFLOW_MISSING',
          severity: 'error',
          message: '',
          nodeId: n.id,
          params: {
            ...nodeParams({ id: n.id, type: n.type, raw: n as unknown as Record<string, unknown> }),
            workflow: n.subworkflow.key,
            version: n.subworkflow.version === undefined ? 'latest' : n.subworkflow.version,
          },
        });
    });
  }
  const unresolved: Issue[] = [];
  for (const issue of missing) {
    const i = Number(issue.path.split('/')[2]);
    const node = def.nodes[i];
    if (node?.type !== 'subworkflow') continue;
    const found = await core.storage.getDefinition(node.subworkflow.key, node.subworkflow.version);
    if (!found) {
      unresolved.push({
        ...issue,
        message: `Step "${node.id}" starts workflow "${node.subworkflow.key}"${node.subworkflow.version !== undefined ? ` version ${node.subworkflow.version}` : ''}, which is not published; publish it first.`,
      });
    }
  }
  if (unresolved.length) {
    throw new DefinitionError(
      `Workflow "${key}" cannot be published: ${unresolved[0]?.message}`,
      unresolved,
    );
  }
  const version = (latest?.version ?? 0) + 1;
  await core.storage.saveDefinition({
    key,
    version,
    definition: cloneJson(def),
    publishedAt: core.now().toISOString(),
    publishedBy: actor,
    ...extra,
  });
  return { key, version };
}

/**
 * `runtime.catalog`: the latest version of every workflow the actor may start, by catalog path,
 * its texts in the first of `locales` each definition has (else in the definition's default).
 */
export async function catalogFor(
  core: EngineCore,
  actor: string,
  locales: readonly string[] = [],
): Promise<CatalogEntry[]> {
  const out: CatalogEntry[] = [];
  for (const rec of await core.storage.listDefinitions()) {
    const d = rec.definition;
    const start = d.permissions?.start;
    if (start && !(await core.directory.matches(actor, start))) continue;
    const pick = textPicker(locales, d.locales);
    const entry: CatalogEntry = {
      key: rec.key,
      version: rec.version,
      name: pick(d.name),
      path: (d.catalog ?? []).map(pick),
    };
    if (d.description !== undefined) entry.description = pick(d.description);
    out.push(entry);
  }
  const k = (e: CatalogEntry) => [...e.path, e.name].join('\u0000');
  return out.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}
