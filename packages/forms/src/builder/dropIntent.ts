import type { FieldTypeDefinition } from '../model/fieldTypes';
import type { LayoutKind } from './commands';
import type { DropTarget } from './context';
import { isContainer, type LayoutNode, locate, ROOT } from './layout';

/*
 * What a drag on the design surface means, worked out from dnd-kit's ids alone: the palette's
 * layout items are `palette:layout:<kind>` and its field types `palette:field:<type>` (the "Text"
 * block and the "Text" field type share a name), a container's empty end is `container:<id>`, a
 * placed item is its builder id. Pure, so the surface only dispatches the command it names.
 */

const LAYOUT = 'palette:layout:';
const FIELD = 'palette:field:';
const CONTAINER = 'container:';

/** The drag id of a palette layout item (group, tab, row, text block). */
export const paletteLayoutDragId = (kind: LayoutKind): string => `${LAYOUT}${kind}`;
/** The drag id of a palette field type. */
export const paletteFieldDragId = (type: string): string => `${FIELD}${type}`;
/** The palette item a drag id names (a layout kind or a field type), or undefined. */
export function paletteItemOf(
  id: string,
): { layout: string; field?: undefined } | { field: string; layout?: undefined } | undefined {
  if (id.startsWith(LAYOUT)) return { layout: id.slice(LAYOUT.length) };
  if (id.startsWith(FIELD)) return { field: id.slice(FIELD.length) };
  return undefined;
}
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
 * outside, on itself, on nothing known, or a palette item no layout kind or field type has).
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
  const item = paletteItemOf(activeId);
  if (item === undefined) return { type: 'move', id: activeId, target };
  if (item.layout !== undefined)
    return LAYOUT_KINDS.has(item.layout)
      ? { type: 'addLayout', kind: item.layout as LayoutKind, target }
      : undefined;
  const field = fieldTypes.find((f) => f.type === item.field);
  return field ? { type: 'addField', field, target } : undefined;
}
