/** A node's box on the canvas: top-left corner and size, in flow coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Least space between a new node and its neighbours left and right (the auto layout's rank gap). */
export const MIN_GAP_X = 80;
/** Least space between a new node and the steps above or below it (the auto layout's node gap). */
export const GAP_Y = 48;

/**
 * Where a node added by click or keyboard goes: centred on `centre` (the middle of the visible
 * canvas) unless a step is in the way; then right of the last step on its row, so the graph grows
 * in its left-to-right direction, and centred on that step's height when nothing else is in the way
 * there (a straight edge joins them). "In the way" means closer than one node width (the new node's,
 * at least {@link MIN_GAP_X}) horizontally while closer than {@link GAP_Y} vertically; "on its
 * row" means closer than {@link GAP_Y} vertically. The new box never overlaps a step and always
 * leaves room for an arrow. Returns the top-left corner.
 */
export function placeNewNode(
  centre: { x: number; y: number },
  size: { width: number; height: number },
  taken: readonly Box[],
): { x: number; y: number } {
  const gapX = Math.max(size.width, MIN_GAP_X);
  const spot = {
    x: Math.round(centre.x - size.width / 2),
    y: Math.round(centre.y - size.height / 2),
  };
  const onRow = (b: Box) => spot.y < b.y + b.height + GAP_Y && b.y < spot.y + size.height + GAP_Y;
  const inTheWay = (b: Box) =>
    onRow(b) && spot.x < b.x + b.width + gapX && b.x < spot.x + size.width + gapX;
  if (!taken.some(inTheWay)) return spot;
  let last: Box | undefined;
  for (const b of taken) {
    if (!onRow(b) || Math.ceil(b.x + b.width + gapX) <= spot.x) continue;
    spot.x = Math.ceil(b.x + b.width + gapX);
    last = b;
  }
  // Continue the row: centred on the step it follows (a straight edge joins them), if that does not
  // bring it into another step's way.
  if (last) {
    const y = Math.round(last.y + last.height / 2 - size.height / 2);
    const unaligned = spot.y;
    spot.y = y;
    if (taken.some(inTheWay)) spot.y = unaligned;
  }
  return spot;
}
