/*
 * Edits of a sub-workflow step's field mapping (inputs: child field → parent expression; outputs:
 * parent field → child field), as rows of a table: pure functions from one mapping to the next.
 * The editor stores the result with setSubworkflowProp (one undo step); the given mapping is never
 * changed. Rows keep their order, which is the mapping's key order.
 */

/** A field mapping: target field → source field or expression. */
export type Mapping = Readonly<Record<string, string>>;

/** Rewrites the row at `index` to `key` → `value` (a key another row has merges into that row). */
export function setMappingRow(
  mapping: Mapping,
  index: number,
  key: string,
  value: string,
): Record<string, string> {
  const rows = Object.entries(mapping);
  return Object.fromEntries(rows.map((r, i) => (i === index ? [key, value] : r)));
}

/** Removes the row at `index`. */
export function removeMappingRow(mapping: Mapping, index: number): Record<string, string> {
  return Object.fromEntries(Object.entries(mapping).filter((_, i) => i !== index));
}

/**
 * Adds an empty row at the end; null when an empty row is already there to fill in (a mapping has
 * one row per key), so the caller records no edit.
 */
export function addMappingRow(mapping: Mapping): Record<string, string> | null {
  return '' in mapping ? null : { ...mapping, '': '' };
}
