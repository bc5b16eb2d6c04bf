import type { Issue, NodeDefinition, NodeType, WorkflowDefinition } from '@deskkit/runtime';
import {
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useText } from '@deskkit/forms';
import { useCallback, useMemo, useState } from 'react';
import { groupIssues, type LinkEdge, type StepNode, syncEdges, syncNodes } from '../canvas/flow';
import type { Translator } from '../i18n/messages';
import { layoutDefinition } from '../model/layout';
import type { NodeKind } from '../model/nodeKinds';

/** Canvas nodes and edges kept in step with the definition, plus selection helpers. */
export interface CanvasState {
  nodes: StepNode[];
  edges: LinkEdge[];
  onNodesChange(changes: NodeChange<StepNode>[]): void;
  onEdgesChange(changes: EdgeChange<LinkEdge>[]): void;
  /** Selects exactly these nodes and edges. */
  select(nodeIds: Iterable<string>, edgeIds?: Iterable<string>): void;
  /** Selects these (new) nodes once they appear after the next definition change. */
  selectWhenAdded(nodeIds: string[]): void;
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  /** Where a node is drawn (its own position or the computed layout). */
  positionOf(node: NodeDefinition): { x: number; y: number };
}

/**
 * Keeps xyflow's node/edge arrays in step with the controlled definition. Unchanged definition
 * items keep their xyflow objects (see `syncNodes`), so a change to one node of a 1,000-node graph
 * re-renders one node. Drags update only this local state until the drag ends; `onMoved` then
 * writes final positions to the definition (one undo step).
 */
export function useCanvasState(
  def: WorkflowDefinition,
  issues: readonly Issue[],
  kinds: Record<NodeType, NodeKind>,
  t: Translator,
  onMoved: (positions: Map<string, { x: number; y: number }>) => void,
): CanvasState {
  const text = useText(def.locales);
  // Issues grouped per element, reusing unchanged groups (derived state kept across renders).
  const [issueState, setIssueState] = useState(() => ({
    issues,
    grouped: groupIssues(issues, new Map()),
  }));
  let grouped = issueState.grouped;
  if (issueState.issues !== issues) {
    grouped = groupIssues(issues, issueState.grouped);
    setIssueState({ issues, grouped });
  }

  // Nodes without a stored position get one from an automatic layout of the whole graph.
  const fallback = useMemo(() => {
    if (def.nodes.every((n) => n.position)) return null;
    return layoutDefinition(def, kinds);
  }, [def, kinds]);
  const positionOf = useCallback(
    (n: NodeDefinition) => n.position ?? fallback?.get(n.id) ?? { x: 0, y: 0 },
    [fallback],
  );
  const labelOf = useCallback(
    (n: NodeDefinition) =>
      t('node.ariaLabel', { type: t(`type.${n.type}`), name: text(n.name) || n.id }),
    [t, text],
  );

  const [pendingSelect, setPendingSelect] = useState<Set<string> | null>(null);
  const [nodes, setNodes] = useState<StepNode[]>(() =>
    syncNodes(def.nodes, [], grouped, kinds, positionOf, labelOf),
  );
  const [edges, setEdges] = useState<LinkEdge[]>(() =>
    syncEdges(def.edges, def.nodes, [], grouped),
  );
  const [synced, setSynced] = useState({ nodes: def.nodes, edges: def.edges, grouped, labelOf });
  // Derived state updated during render (React's "storing information from previous renders").
  if (
    synced.nodes !== def.nodes ||
    synced.edges !== def.edges ||
    synced.grouped !== grouped ||
    synced.labelOf !== labelOf
  ) {
    setSynced({ nodes: def.nodes, edges: def.edges, grouped, labelOf });
    let next = syncNodes(def.nodes, nodes, grouped, kinds, positionOf, labelOf);
    let nextEdges = syncEdges(def.edges, def.nodes, edges, grouped);
    if (pendingSelect) {
      setPendingSelect(null);
      next = next.map((n) =>
        !!n.selected === pendingSelect.has(n.id) ? n : { ...n, selected: pendingSelect.has(n.id) },
      );
      nextEdges = nextEdges.map((e) => (e.selected ? { ...e, selected: false } : e));
    }
    setNodes(next);
    setEdges(nextEdges);
  }

  const onNodesChange = useCallback(
    (changes: NodeChange<StepNode>[]) => {
      setNodes((ns) => applyNodeChanges(changes, ns));
      let moved: Map<string, { x: number; y: number }> | null = null;
      for (const c of changes) {
        // Drag ends and keyboard moves arrive with `dragging: false`: those are committed.
        if (c.type === 'position' && c.position && !c.dragging) {
          moved ??= new Map();
          moved.set(c.id, { x: Math.round(c.position.x), y: Math.round(c.position.y) });
        }
      }
      if (moved) onMoved(moved);
    },
    [onMoved],
  );
  const onEdgesChange = useCallback((changes: EdgeChange<LinkEdge>[]) => {
    setEdges((es) => applyEdgeChanges(changes, es));
  }, []);

  const select = useCallback((nodeIds: Iterable<string>, edgeIds: Iterable<string> = []) => {
    const n = new Set(nodeIds);
    const e = new Set(edgeIds);
    setNodes((ns) =>
      ns.map((x) => (!!x.selected === n.has(x.id) ? x : { ...x, selected: n.has(x.id) })),
    );
    setEdges((es) =>
      es.map((x) => (!!x.selected === e.has(x.id) ? x : { ...x, selected: e.has(x.id) })),
    );
  }, []);
  const selectWhenAdded = useCallback((ids: string[]) => setPendingSelect(new Set(ids)), []);

  const selectedNodeIds = useStableIds(nodes);
  const selectedEdgeIds = useStableIds(edges);
  return {
    nodes,
    edges,
    onNodesChange,
    onEdgesChange,
    select,
    selectWhenAdded,
    selectedNodeIds,
    selectedEdgeIds,
    positionOf,
  };
}

/** Ids of the selected items, as the same array while the selection does not change. */
function useStableIds(items: ReadonlyArray<{ id: string; selected?: boolean }>): string[] {
  const [ids, setIds] = useState<string[]>([]);
  const now = items.filter((i) => i.selected).map((i) => i.id);
  if (now.length === ids.length && now.every((id, i) => id === ids[i])) return ids;
  setIds(now);
  return now;
}
