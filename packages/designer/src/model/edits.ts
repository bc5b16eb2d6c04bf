import type {
  EdgeDefinition,
  FieldPermission,
  LocalizedText,
  NodeDefinition,
  NodeType,
  WorkflowDefinition,
} from '@deskkit/runtime';
import type { NodeKind } from './nodeKinds';

/**
 * A change to the definition, written as an immer recipe on a draft: what the designer's undo
 * history (`useEditHistory` of `@deskkit/forms`, shared with the form builder) records as one step.
 */
export type Recipe = (draft: WorkflowDefinition) => void;

/** A fresh id `base`, `base-2`, `base-3`… not in `taken`. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const clean = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'node';
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) {
    const candidate = `${clean}-${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function ids(items: ReadonlyArray<{ id: string }>): Set<string> {
  return new Set(items.map((i) => i.id));
}

/** Adds a node of `type` at `position`; returns its id. */
export function addNode(
  draft: WorkflowDefinition,
  kind: NodeKind,
  name: string,
  position: { x: number; y: number },
): string {
  const id = uniqueId(kind.type, ids(draft.nodes));
  const node = kind.create(id, name);
  node.position = { x: Math.round(position.x), y: Math.round(position.y) };
  draft.nodes.push(node);
  return id;
}

/** Why a connection between two nodes is not allowed, or null when it is. */
export function connectionProblem(
  def: WorkflowDefinition,
  from: string,
  to: string,
  outcome?: EdgeDefinition['outcome'],
): 'self' | 'fromEnd' | 'toStart' | 'duplicate' | 'missing' | null {
  if (from === to) return 'self';
  const a = def.nodes.find((n) => n.id === from);
  const b = def.nodes.find((n) => n.id === to);
  if (!a || !b) return 'missing';
  if (a.type === 'end') return 'fromEnd';
  if (b.type === 'start') return 'toStart';
  if (def.edges.some((e) => e.from === from && e.to === to && e.outcome === outcome)) {
    return 'duplicate';
  }
  return null;
}

/**
 * Every step an edge from `from` may go to (those {@link connectionProblem} has nothing against),
 * in the definition's order: one pass over the steps and edges, not a check per step (the
 * inspector's "Connect to…" list on a 1,000-step graph).
 */
export function connectionTargets(
  def: WorkflowDefinition,
  from: string,
  outcome?: EdgeDefinition['outcome'],
): WorkflowDefinition['nodes'] {
  const source = def.nodes.find((n) => n.id === from);
  if (!source || source.type === 'end') return [];
  const taken = new Set<string>();
  for (const e of def.edges) if (e.from === from && e.outcome === outcome) taken.add(e.to);
  return def.nodes.filter((n) => n.id !== from && n.type !== 'start' && !taken.has(n.id));
}

/** The outcome an edge gets from the handle it was drawn from (approval nodes have two). */
export function outcomeOfHandle(handle: string | null | undefined): EdgeDefinition['outcome'] {
  return handle === 'rejected' ? 'rejected' : handle === 'approved' ? 'approved' : undefined;
}

/** Connects two nodes; returns the new edge id, or null when the connection is not allowed. */
export function connect(
  draft: WorkflowDefinition,
  from: string,
  to: string,
  outcome?: EdgeDefinition['outcome'],
): string | null {
  if (connectionProblem(draft, from, to, outcome)) return null;
  const id = uniqueId(`${from}-${to}`, ids(draft.edges));
  const edge: EdgeDefinition = { id, from, to };
  if (outcome) edge.outcome = outcome;
  draft.edges.push(edge);
  return id;
}

/** Removes nodes (with the edges touching them) and edges. */
export function deleteElements(
  draft: WorkflowDefinition,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): void {
  draft.nodes = draft.nodes.filter((n) => !nodeIds.has(n.id));
  draft.edges = draft.edges.filter(
    (e) => !edgeIds.has(e.id) && !nodeIds.has(e.from) && !nodeIds.has(e.to),
  );
}

/** Gives a node a new id, following it in edges and in approval `rejectTo` references. */
export function renameNode(draft: WorkflowDefinition, from: string, to: string): boolean {
  if (from === to || !to || draft.nodes.some((n) => n.id === to)) return false;
  for (const n of draft.nodes) {
    if (n.id === from) n.id = to;
    if (n.type === 'approval' && n.approval?.rejectTo === from) n.approval.rejectTo = to;
  }
  for (const e of draft.edges) {
    if (e.from === from) e.from = to;
    if (e.to === from) e.to = to;
  }
  return true;
}

/** Finds a node in a draft for editing. */
export function findNode(draft: WorkflowDefinition, id: string): NodeDefinition | undefined {
  return draft.nodes.find((n) => n.id === id);
}

/**
 * Sets the permission of one field at one step. Stored explicitly, even `read`, because a step's
 * default for unlisted fields is the runtime's to decide (the start step lets the requester edit).
 */
export function setFieldPermission(
  draft: WorkflowDefinition,
  nodeId: string,
  field: string,
  permission: FieldPermission,
): void {
  const node = findNode(draft, nodeId);
  if (!node) return;
  node.fields ??= {};
  node.fields[field] = permission;
}

/** Node types a person works at, i.e. the columns of the field-permission matrix. */
export const STEP_TYPES: ReadonlySet<NodeType> = new Set(['start', 'task', 'approval']);

/** Moves nodes to new positions (only those that changed are written). */
export function moveNodes(
  draft: WorkflowDefinition,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): void {
  for (const n of draft.nodes) {
    const p = positions.get(n.id);
    if (p && (n.position?.x !== p.x || n.position?.y !== p.y)) n.position = { x: p.x, y: p.y };
  }
}

/**
 * Re-attaches an edge to other ends. Moved to another source, it takes the outcome of the handle
 * it now leaves from; dragged to the other handle of the same approval, its outcome follows.
 */
export function reconnect(
  draft: WorkflowDefinition,
  edgeId: string,
  from: string,
  to: string,
  outcome: EdgeDefinition['outcome'],
): void {
  const e = draft.edges.find((x) => x.id === edgeId);
  if (!e) return;
  if (e.from !== from) {
    e.from = from;
    if (outcome) e.outcome = outcome;
    else delete e.outcome;
  } else if (outcome && outcome !== (e.outcome ?? 'approved')) {
    e.outcome = outcome;
  }
  e.to = to;
}

/** Places every node at its laid-out position (nodes without one stay where they are). */
export function applyLayout(
  draft: WorkflowDefinition,
  positions: ReadonlyMap<string, { x: number; y: number }>,
): void {
  for (const n of draft.nodes) n.position = positions.get(n.id) ?? n.position;
}

/**
 * Replaces the definition with `next` (the form builder's whole-definition edit), writing only the
 * top-level keys that changed so unchanged parts keep their identity and patches stay small.
 * `next` is as written: its texts may carry a variant per locale.
 */
export function assignChanged(
  draft: WorkflowDefinition,
  next: WorkflowDefinition<LocalizedText>,
): void {
  const d = draft as unknown as Record<string, unknown>;
  const n = next as unknown as Record<string, unknown>;
  for (const key of Object.keys(d)) if (!(key in n)) delete d[key];
  for (const key of Object.keys(n)) if (d[key] !== n[key]) d[key] = n[key];
}
