import type { LocalizedText } from './definition.types';
import type { WorkflowDefinition } from './definition.types';
import { pointer } from './issues';

/** What a {@link DefinitionChange} is about. */
export type DefinitionChangeArea =
  'workflow' | 'node' | 'edge' | 'field' | 'permission' | 'sla' | 'trigger' | 'automation';

/** One difference between two versions of a definition. */
export interface DefinitionChange {
  kind: 'added' | 'removed' | 'changed';
  area: DefinitionChangeArea;
  /** Node, edge, field, policy, trigger or automation id; `nodeId/field` for a field permission at a step; the key for workflow settings and workflow permissions. */
  id: string;
  /** JSON pointer: into the new version, into the old one for a removal. */
  path: string;
  /** `changed`: the keys that differ (`['assign', 'name']`); a moved node alone is not a change. */
  keys?: string[];
  before?: unknown;
  after?: unknown;
}

/** The result of {@link diffDefinitions}: every change, and the ids of changed nodes and edges for canvases. */
export interface DefinitionDiff {
  changes: DefinitionChange[];
  nodes: Record<'added' | 'removed' | 'changed', string[]>;
  edges: Record<'added' | 'removed' | 'changed', string[]>;
}

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {};

/** Deep equality of JSON values (key order does not matter). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Rec)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Rec)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Rec)[k], (b as Rec)[k]));
}

function changedKeys(a: Rec, b: Rec, ignore: readonly string[]): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !ignore.includes(k) && !sameJson(a[k], b[k])).sort();
}

/** Compares two keyed maps (`id → value`) and reports added / removed / changed entries. */
function compare(
  out: DefinitionChange[],
  area: DefinitionChangeArea,
  a: Map<string, [string, unknown]>,
  b: Map<string, [string, unknown]>,
  ignore: readonly string[] = [],
): void {
  for (const [id, [path, after]] of b) {
    const old = a.get(id);
    if (!old) out.push({ kind: 'added', area, id, path, after });
    else if (!sameJson(old[1], after)) {
      const plain = rec(after) === after && rec(old[1]) === old[1];
      const keys = plain ? changedKeys(rec(old[1]), rec(after), ignore) : [];
      if (!plain || keys.length)
        out.push({
          kind: 'changed',
          area,
          id,
          path,
          before: old[1],
          after,
          ...(keys.length ? { keys } : {}),
        });
    }
  }
  for (const [id, [path, before]] of a)
    if (!b.has(id)) out.push({ kind: 'removed', area, id, path, before });
}

const byId = (list: unknown, name: string) =>
  new Map(
    (Array.isArray(list) ? list : []).map((x, i): [string, [string, unknown]] => [
      String(rec(x).id),
      [pointer(name, i), x],
    ]),
  );

function entries(
  def: WorkflowDefinition<LocalizedText>,
): Record<DefinitionChangeArea, Map<string, [string, unknown]>> {
  const d = def as unknown as Rec;
  const workflow = new Map<string, [string, unknown]>();
  for (const k of ['name', 'key', 'description', 'catalog', 'numberPrefix', 'title', 'autoClose'])
    if (d[k] !== undefined) workflow.set(k, [pointer(k), d[k]]);
  const permission = new Map<string, [string, unknown]>();
  for (const [k, v] of Object.entries(rec(d.permissions)))
    permission.set(k, [pointer('permissions', k), v]);
  (Array.isArray(d.nodes) ? d.nodes : []).forEach((n, i) => {
    for (const [f, p] of Object.entries(rec(rec(n).fields)))
      permission.set(`${String(rec(n).id)}/${f}`, [pointer('nodes', i, 'fields', f), p]);
  });
  const form = rec(d.form);
  const ui = rec(rec(form.ui).fields);
  const required = Array.isArray(rec(form.schema).required)
    ? (rec(form.schema).required as string[])
    : [];
  const field = new Map<string, [string, unknown]>();
  for (const [f, schema] of Object.entries(rec(rec(form.schema).properties)))
    field.set(f, [
      pointer('form', 'schema', 'properties', f),
      { schema, ui: ui[f], required: required.includes(f) },
    ]);
  return {
    workflow,
    node: byId(d.nodes, 'nodes'),
    edge: byId(d.edges, 'edges'),
    field,
    permission,
    sla: byId(d.sla, 'sla'),
    trigger: byId(d.triggers, 'triggers'),
    automation: byId(d.automations, 'automations'),
  };
}

/**
 * What changed from one version of a definition to the next: workflow settings, nodes, edges,
 * form fields (schema, presentation, required), permissions (who may start / view / publish, and
 * each field permission at each step), SLA policies, triggers and periodic automations — each
 * added, removed or changed, with a JSON pointer. Entries are matched by id; a node only moved
 * on the canvas (`position`) is not a change, and a node's field permissions are reported as
 * permission changes, not as a changed node.
 *
 * @example
 * ```ts
 * const diff = diffDefinitions(v1, v2);
 * diff.nodes.added; // ['security-review']
 * diff.changes[0]; // { kind: 'changed', area: 'edge', id: 'e2', path: '/edges/1', keys: ['when'], before, after }
 * ```
 */
export function diffDefinitions(
  a: WorkflowDefinition<LocalizedText>,
  b: WorkflowDefinition<LocalizedText>,
): DefinitionDiff {
  const before = entries(a);
  const after = entries(b);
  const changes: DefinitionChange[] = [];
  for (const area of Object.keys(after) as DefinitionChangeArea[])
    compare(
      changes,
      area,
      before[area],
      after[area],
      area === 'node' ? ['position', 'fields'] : [],
    );
  const ids = (area: DefinitionChangeArea, kind: DefinitionChange['kind']) =>
    changes.filter((c) => c.area === area && c.kind === kind).map((c) => c.id);
  const sides = (area: DefinitionChangeArea) => ({
    added: ids(area, 'added'),
    removed: ids(area, 'removed'),
    changed: ids(area, 'changed'),
  });
  return { changes, nodes: sides('node'), edges: sides('edge') };
}
