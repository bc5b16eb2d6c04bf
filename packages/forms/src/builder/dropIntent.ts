import type { FieldTypeDefinition } from '../model/fieldTypes';
import type { LayoutKind } from './commands';
import type { DropTarget } from './context';
import { isContainer, type LayoutNode, locate, ROOT } from './layout';

/*
 * What a drag on the design surface means, worked out from dnd-kit's ids alone: the palette's
 * items are `palette:<kind>`, a container's empty end is `container:<id>`, a placed item is its
 * builder id. Pure, so the surface only dispatches the command it names.
 */

const PALETTE = 'palette:';
const CONTAINER = 'container:';

/** The drag id of a palette item (a field type or a layout kind). */
export const paletteDragId = (kind: string): string => `${PALETTE}${kind}`;
/** The palette kind a drag id names, or undefined when it is no palette item. */
export const paletteKindOf = (id: string): string | undefined =>
  id.startsWith(PALETTE) ? id.slice(PALETTE.length) : undefined;
/** The drop id of a container's end (drop there to append). */
export const containerDropId = (id: string): string => `${CONTAINER}${id}`;
/** The container a drop id names, or undefined when it is no container's end. */
export const containerOf = (id: string): string | undefined =>
  id.startsWith(CONTAINER) ? id.slice(CONTAINER.length) : undefined;

const LAYOUT_KINDS: ReadonlySet<string> = new Set<LayoutKind>(['group', 'tab', 'row', 'text']);

/**
 * Where an item dragged from `activeId` lands when dropped on `overId`: at the end of a container,
 * or at the place of the item it is over (after it, when moved down within the same list).
 */
export function dropTarget(
  layout: LayoutNode[],
  activeId: string,
  overId: string,
): DropTarget | undefined {
  const containerId = containerOf(overId);
  if (containerId !== undefined) {
    const list = containerId === ROOT ? layout : locate(layout, containerId)?.node;
    const length = Array.isArray(list)
      ? list.length
      : list && isContainer(list)
        ? list.children.length
        : 0;
    return { containerId, index: length };
  }
  const over = locate(layout, overId);
  if (!over) return undefined;
  const from = locate(layout, activeId);
  const index =
    from && from.list === over.list && from.index < over.index ? over.index + 1 : over.index;
  return { containerId: over.containerId, index };
}

/** The edit a drop asks for: add a layout item or a field from the palette, or move an item. */
export type DropIntent =
  | { type: 'addLayout'; kind: LayoutKind; target: DropTarget }
  | { type: 'addField'; field: FieldTypeDefinition; target: DropTarget }
  | { type: 'move'; id: string; target: DropTarget };

/**
 * The edit a drop of `activeId` on `overId` asks for; undefined when it asks for none (dropped
 * outside, on itself, on nothing known, or a palette kind no field type has).
 */
export function dropIntent(
  layout: LayoutNode[],
  fieldTypes: readonly FieldTypeDefinition[],
  activeId: string,
  overId: string | undefined,
): DropIntent | undefined {
  if (!overId || activeId === overId) return undefined;
  const target = dropTarget(layout, activeId, overId);
  if (!target) return undefined;
  const kind = paletteKindOf(activeId);
  if (kind === undefined) return { type: 'move', id: activeId, target };
  if (LAYOUT_KINDS.has(kind)) return { type: 'addLayout', kind: kind as LayoutKind, target };
  const field = fieldTypes.find((f) => f.type === kind);
  return field ? { type: 'addField', field, target } : undefined;
}
