import type { EdgeDefinition, NodeDefinition, WorkflowDefinition } from '@deskkit/runtime';
import { uniqueId } from './edits';

/*
 * Copy, paste and duplicate on the canvas: a fragment is taken from the definition, and pasted
 * into a draft (an immer recipe, one undo step) with fresh ids, a step down and right of where it
 * was, so a paste never hides what it copies.
 */

/** Nodes and the edges among them, as copied to the clipboard. */
export interface Fragment {
  nodes: NodeDefinition[];
  edges: EdgeDefinition[];
}

/** How far a paste or a duplicate lands from its original, down and right. */
export const PASTE_OFFSET: Readonly<{ x: number; y: number }> = { x: 40, y: 40 };

/** The selected nodes and the edges between them. */
export function copyFragment(def: WorkflowDefinition, nodeIds: ReadonlySet<string>): Fragment {
  return {
    nodes: def.nodes.filter((n) => nodeIds.has(n.id)),
    edges: def.edges.filter((e) => nodeIds.has(e.from) && nodeIds.has(e.to)),
  };
}

/** Pastes a fragment with fresh ids, shifted by `offset`; returns the new node ids. */
export function pasteFragment(
  draft: WorkflowDefinition,
  fragment: Fragment,
  offset: { x: number; y: number },
): string[] {
  const nodeIds = new Set(draft.nodes.map((n) => n.id));
  const edgeIds = new Set(draft.edges.map((e) => e.id));
  const map = new Map<string, string>();
  const added: string[] = [];
  for (const n of fragment.nodes) {
    const id = uniqueId(n.id, nodeIds);
    nodeIds.add(id);
    map.set(n.id, id);
    const copy = structuredClone(n) as NodeDefinition;
    copy.id = id;
    const p = n.position ?? { x: 0, y: 0 };
    copy.position = { x: p.x + offset.x, y: p.y + offset.y };
    draft.nodes.push(copy);
    added.push(id);
  }
  for (const e of fragment.edges) {
    const from = map.get(e.from);
    const to = map.get(e.to);
    if (!from || !to) continue;
    const id = uniqueId(e.id, edgeIds);
    edgeIds.add(id);
    draft.edges.push({ ...structuredClone(e), id, from, to });
  }
  return added;
}

/**
 * The fragment moved by `offset` (a node without a position counts as at 0,0): what the clipboard
 * holds after a paste, so the next paste lands a step further, like every editor does.
 */
export function shiftFragment(fragment: Fragment, offset: { x: number; y: number }): Fragment {
  return {
    nodes: fragment.nodes.map((n) => ({
      ...n,
      position: { x: (n.position?.x ?? 0) + offset.x, y: (n.position?.y ?? 0) + offset.y },
    })),
    edges: fragment.edges,
  };
}

/** Every node and edge id of the definition: what Select all selects. */
export function allElementIds(def: WorkflowDefinition): { nodes: string[]; edges: string[] } {
  return { nodes: def.nodes.map((n) => n.id), edges: def.edges.map((e) => e.id) };
}
