import type { FormDefinition, FormLayoutNode, FormRule, LocalizedText } from '@deskkit/runtime';
import type { Draft } from 'immer';
import { formFieldNames } from '@deskkit/runtime';

/**
 * A form as its author wrote it: the builder edits texts as written, which may carry a variant
 * per locale (a map), not as one locale reads them.
 */
export type Form = FormDefinition<LocalizedText>;
/** A layout item of a {@link Form}. */
export type LayoutNode = FormLayoutNode<LocalizedText>;
/** A draft of a {@link Form}, as the editing commands receive it. */
export type FormDraft = Draft<Form>;
/** The expressions of a form rule. */
export type FieldRuleProp = Exclude<keyof FormRule, 'id' | 'field'>;

/** The id the builder gives a layout node (fields have none of their own). */
export function nodeId(node: LayoutNode): string {
  return node.type === 'field' ? `field:${node.field}` : node.id;
}

/** The root container's id. */
export const ROOT = 'root';

/** Container nodes hold children. */
export type ContainerNode = Extract<LayoutNode, { children: LayoutNode[] }>;

export function isContainer(node: LayoutNode): node is ContainerNode {
  return 'children' in node;
}

/** Every field placed in the layout, and the unplaced ones appended, so the canvas shows all. */
export function ensureLayout(form: Form): LayoutNode[] {
  const layout = form.ui?.layout ?? [];
  const placed = new Set<string>();
  const walk = (nodes: LayoutNode[]): void => {
    for (const n of nodes) {
      if (n.type === 'field') placed.add(n.field);
      else if (isContainer(n)) walk(n.children);
    }
  };
  walk(layout);
  const missing = formFieldNames(form.schema).filter((f) => !placed.has(f));
  return missing.length === 0
    ? layout
    : [...layout, ...missing.map((field): LayoutNode => ({ type: 'field', field }))];
}

/** Where a node sits: its container's child list and index. */
export interface NodeLocation {
  list: LayoutNode[];
  index: number;
  containerId: string;
  node: LayoutNode;
}

/** Finds a node by builder id in a (draft) layout. */
export function locate(
  layout: LayoutNode[],
  id: string,
  containerId = ROOT,
): NodeLocation | undefined {
  for (let i = 0; i < layout.length; i++) {
    const node = layout[i] as LayoutNode;
    if (nodeId(node) === id) return { list: layout, index: i, containerId, node };
    if (isContainer(node)) {
      const found = locate(node.children, id, node.id);
      if (found) return found;
    }
  }
  return undefined;
}

/** The child list of a container (root or a container node). */
export function childrenOf(layout: LayoutNode[], containerId: string): LayoutNode[] | undefined {
  if (containerId === ROOT) return layout;
  const found = locate(layout, containerId);
  return found && isContainer(found.node) ? found.node.children : undefined;
}

/** Whether `id` is `ancestorId` or inside it. */
export function isWithin(layout: LayoutNode[], id: string, ancestorId: string): boolean {
  if (id === ancestorId) return true;
  const found = locate(layout, ancestorId);
  if (!found || !isContainer(found.node)) return false;
  return locate(found.node.children, id) !== undefined;
}

/** Every container (root first) with a label, for "move to" choices. */
export function containers(
  layout: LayoutNode[],
): Array<{ id: string; title: LocalizedText; depth: number }> {
  const out: Array<{ id: string; title: LocalizedText; depth: number }> = [
    { id: ROOT, title: '', depth: 0 },
  ];
  const walk = (nodes: LayoutNode[], depth: number): void => {
    for (const n of nodes) {
      if (!isContainer(n)) continue;
      out.push({
        id: n.id,
        title: n.type === 'row' ? `Row (${n.columns ?? n.children.length})` : n.title,
        depth,
      });
      walk(n.children, depth + 1);
    }
  };
  walk(layout, 1);
  return out;
}

/** Moves a node (in a draft layout) into a container at an index; refuses moving into itself. */
export function moveNode(
  layout: LayoutNode[],
  id: string,
  containerId: string,
  index: number,
): boolean {
  if (isWithin(layout, containerId, id)) return false;
  const from = locate(layout, id);
  const target = childrenOf(layout, containerId);
  if (!from || !target) return false;
  if (from.node.type === 'tab' && containerId !== ROOT) return false;
  from.list.splice(from.index, 1);
  const at = from.list === target && from.index < index ? index - 1 : index;
  target.splice(Math.max(0, Math.min(at, target.length)), 0, from.node);
  return true;
}

/** A key not used yet: `text1`, `text2`, ... */
export function freshKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = base.replace(/[^A-Za-z0-9_]/g, '') || 'field';
  for (let i = 1; ; i++) if (!used.has(`${stem}${i}`)) return `${stem}${i}`;
}

/** A node id not used yet. */
export function freshId(prefix: string, layout: LayoutNode[]): string {
  for (let i = 1; ; i++) if (!locate(layout, `${prefix}${i}`)) return `${prefix}${i}`;
}
