import dagre from '@dagrejs/dagre';
import type { NodeType, WorkflowDefinition } from '@deskkit/runtime';
import type { NodeKind } from './nodeKinds';

/** Options of {@link layoutDefinition}. */
export interface LayoutOptions {
  /** `LR` left to right (default) or `TB` top to bottom. */
  direction?: 'LR' | 'TB';
  /** Space between nodes of one rank and between ranks, in pixels. */
  nodeSep?: number;
  rankSep?: number;
}

/**
 * Top-left positions for every node, laid out as a layered graph by dagre (Sugiyama-style ranking,
 * crossing reduction and coordinate assignment — a solved problem we do not hand-write).
 */
export function layoutDefinition(
  def: Pick<WorkflowDefinition, 'nodes' | 'edges'>,
  kinds: Record<NodeType, NodeKind>,
  options: LayoutOptions = {},
): Map<string, { x: number; y: number }> {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({
    rankdir: options.direction ?? 'LR',
    nodesep: options.nodeSep ?? 48,
    ranksep: options.rankSep ?? 80,
    marginx: 24,
    marginy: 24,
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of def.nodes) {
    const k = kinds[n.type];
    g.setNode(n.id, { width: k?.width ?? 200, height: k?.height ?? 72 });
  }
  for (const e of def.edges) {
    if (g.hasNode(e.from) && g.hasNode(e.to)) g.setEdge(e.from, e.to, {}, e.id);
  }
  dagre.layout(g);
  const out = new Map<string, { x: number; y: number }>();
  for (const n of def.nodes) {
    const p = g.node(n.id);
    const k = kinds[n.type];
    // dagre gives centres; xyflow positions are top-left corners.
    out.set(n.id, {
      x: Math.round(p.x - (k?.width ?? 200) / 2),
      y: Math.round(p.y - (k?.height ?? 72) / 2),
    });
  }
  return out;
}
