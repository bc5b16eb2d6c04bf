import type { EdgeDefinition, Issue, NodeDefinition, NodeType } from '@deskkit/runtime';
import type { Edge, Node } from '@xyflow/react';
import type { NodeKind } from '../model/nodeKinds';

/** Progress of a step in the viewer. */
export type StepProgress = 'done' | 'current' | 'idle';

/** What a canvas node renders from: the definition node plus its validation and progress state. */
export interface StepData extends Record<string, unknown> {
  def: NodeDefinition;
  /** Validation issues about this node (stable array: same content, same identity). */
  issues?: readonly Issue[];
  progress?: StepProgress;
  /** Viewer: lines under the node (who, when, outcome). */
  trail?: readonly string[];
  /** Viewer: SLA/OLA badge of the step. */
  badge?: { text: string; tone: 'ok' | 'warn' | 'bad' | 'paused' };
}

/** What a canvas edge renders from. */
export interface LinkData extends Record<string, unknown> {
  def: EdgeDefinition;
  issues?: readonly Issue[];
  fromExclusive?: boolean;
  taken?: boolean;
}

export type StepNode = Node<StepData, 'dk'>;
export type LinkEdge = Edge<LinkData, 'dk'>;

const EMPTY: readonly Issue[] = [];

/**
 * Groups issues by node and edge and keeps the previous array for an element whose issues did not
 * change, so memoised nodes re-render only when their own markers change.
 */
export function groupIssues(
  issues: readonly Issue[],
  previous: Map<string, readonly Issue[]>,
): Map<string, readonly Issue[]> {
  const grouped = new Map<string, Issue[]>();
  for (const issue of issues) {
    const key = issue.edgeId ? `e:${issue.edgeId}` : issue.nodeId ? `n:${issue.nodeId}` : null;
    if (!key) continue;
    let list = grouped.get(key);
    if (!list) grouped.set(key, (list = []));
    list.push(issue);
  }
  const out = new Map<string, readonly Issue[]>();
  for (const [key, list] of grouped) {
    const prev = previous.get(key);
    const same =
      prev !== undefined &&
      prev.length === list.length &&
      prev.every((p, i) => p.code === list[i]!.code && p.message === list[i]!.message);
    out.set(key, same ? prev : list);
  }
  return out;
}

/** Where a node sits: its own position, a computed layout position, or the origin. */
export type PositionOf = (node: NodeDefinition) => { x: number; y: number };

/**
 * Maps definition nodes to xyflow nodes, reusing the previous xyflow node object when neither the
 * definition node (immer keeps unchanged objects identical) nor its issues changed. Selection and
 * measured size carry over from the previous node.
 */
export function syncNodes(
  defs: readonly NodeDefinition[],
  previous: readonly StepNode[],
  issues: Map<string, readonly Issue[]>,
  kinds: Record<NodeType, NodeKind>,
  positionOf: PositionOf,
  labelOf: (node: NodeDefinition) => string,
): StepNode[] {
  const byId = new Map<string, StepNode>();
  for (const n of previous) byId.set(n.id, n);
  let changed = defs.length !== previous.length;
  const out = defs.map((def, i) => {
    const prev = byId.get(def.id);
    const nodeIssues = issues.get(`n:${def.id}`) ?? EMPTY;
    if (prev && prev.data.def === def && (prev.data.issues ?? EMPTY) === nodeIssues) {
      if (previous[i] !== prev) changed = true;
      return prev;
    }
    changed = true;
    const kind = kinds[def.type];
    const node: StepNode = {
      ...(prev ?? {}),
      id: def.id,
      type: 'dk',
      position: def.position ?? positionOf(def),
      initialWidth: kind?.width,
      initialHeight: kind?.height,
      ariaLabel: labelOf(def),
      data: { def, issues: nodeIssues },
    };
    return node;
  });
  return changed ? out : (previous as StepNode[]);
}

/** The handle an edge leaves from: approval nodes have `approved` and `rejected` handles. */
export function sourceHandleOf(edge: EdgeDefinition, from: NodeDefinition | undefined): string {
  if (from?.type === 'approval') return edge.outcome === 'rejected' ? 'rejected' : 'approved';
  return 'out';
}

/** Maps definition edges to xyflow edges with the same reuse rule as {@link syncNodes}. */
export function syncEdges(
  defs: readonly EdgeDefinition[],
  nodes: readonly NodeDefinition[],
  previous: readonly LinkEdge[],
  issues: Map<string, readonly Issue[]>,
): LinkEdge[] {
  const byId = new Map<string, LinkEdge>();
  for (const e of previous) byId.set(e.id, e);
  const nodeById = new Map<string, NodeDefinition>();
  for (const n of nodes) nodeById.set(n.id, n);
  let changed = defs.length !== previous.length;
  const out = defs.map((def, i) => {
    const prev = byId.get(def.id);
    const edgeIssues = issues.get(`e:${def.id}`) ?? EMPTY;
    const from = nodeById.get(def.from);
    const fromExclusive = from?.type === 'exclusive';
    const sourceHandle = sourceHandleOf(def, from);
    if (
      prev &&
      prev.data?.def === def &&
      (prev.data.issues ?? EMPTY) === edgeIssues &&
      prev.data.fromExclusive === fromExclusive &&
      prev.sourceHandle === sourceHandle
    ) {
      if (previous[i] !== prev) changed = true;
      return prev;
    }
    changed = true;
    const edge: LinkEdge = {
      ...(prev ?? {}),
      id: def.id,
      type: 'dk',
      source: def.from,
      target: def.to,
      sourceHandle,
      targetHandle: 'in',
      data: { def, issues: edgeIssues, fromExclusive },
    };
    return edge;
  });
  return changed ? out : (previous as LinkEdge[]);
}
