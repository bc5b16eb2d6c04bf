import { type Box, GAP_Y, MIN_GAP_X, placeNewNode } from './placement';
import { defaultNodeKinds } from './nodeKinds';

const card = { width: defaultNodeKinds.task.width, height: defaultNodeKinds.task.height };
const circle = { width: defaultNodeKinds.end.width, height: defaultNodeKinds.end.height };
const boxAt = (p: { x: number; y: number }, size: { width: number; height: number }): Box => ({
  ...p,
  ...size,
});
/** Horizontal space between two boxes that share rows (negative when they overlap). */
const gapBetween = (a: Box, b: Box) => Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width));
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('placeNewNode', () => {
  it('centres the node on the requested point when nothing is near', () => {
    expect(placeNewNode({ x: 500, y: 300 }, card, [])).toEqual({ x: 388, y: 262 });
    // A step far enough away does not move it.
    const far = boxAt({ x: 388 - card.width - card.width, y: 262 }, card);
    expect(placeNewNode({ x: 500, y: 300 }, card, [far])).toEqual({ x: 388, y: 262 });
  });

  it('adding start, task and end at the same viewport centre gives a row with a node-width gap', () => {
    const centre = { x: 400, y: 200 };
    const taken: Box[] = [];
    for (const size of [circle, card, circle])
      taken.push(boxAt(placeNewNode(centre, size, taken), size));
    const [start, task, end] = taken as [Box, Box, Box];
    // Left to right, no overlap, and at least one node width (of the later node) between them.
    expect(gapBetween(start, task)).toBeGreaterThanOrEqual(card.width);
    expect(gapBetween(task, end)).toBeGreaterThanOrEqual(Math.max(circle.width, MIN_GAP_X));
    expect(task.x).toBeGreaterThan(start.x);
    expect(end.x).toBeGreaterThan(task.x);
    // Centred on the same row: the edges between them are straight.
    const cy = (b: Box) => b.y + b.height / 2;
    expect(cy(start)).toBe(cy(task));
    expect(cy(end)).toBe(cy(task));
  });

  it('never overlaps a step and keeps the gap to every step on its rows, in a crowded canvas', () => {
    const taken: Box[] = [];
    // A grid of cards with gaps too small for a new card, and a few circles in between.
    for (let i = 0; i < 12; i++)
      taken.push(boxAt({ x: (i % 4) * 260, y: Math.floor(i / 4) * 90 }, card));
    taken.push(boxAt({ x: 235, y: 100 }, circle));
    for (const centre of [
      { x: 300, y: 100 },
      { x: 0, y: 0 },
      { x: 1000, y: 250 },
      { x: -50, y: 40 },
    ]) {
      for (const size of [card, circle]) {
        const spot = boxAt(placeNewNode(centre, size, taken), size);
        const gapX = Math.max(size.width, MIN_GAP_X);
        for (const b of taken) {
          expect(overlaps(spot, b)).toBe(false);
          const sharesRows = spot.y < b.y + b.height + GAP_Y && b.y < spot.y + spot.height + GAP_Y;
          if (sharesRows) expect(gapBetween(spot, b)).toBeGreaterThanOrEqual(gapX);
        }
      }
    }
  });

  it('continues a row centred on the step it follows, even when the view moved a little', () => {
    const task = boxAt({ x: 300, y: 262 }, card);
    // The visible centre is 10 px below the task's centre (the user panned a little).
    const spot = boxAt(placeNewNode({ x: 400, y: 310 }, circle, [task]), circle);
    expect(spot.x).toBe(task.x + task.width + MIN_GAP_X);
    expect(spot.y + spot.height / 2).toBe(task.y + task.height / 2);
    // But not into the way of another step just below the task's row.
    const below = boxAt({ x: spot.x, y: task.y + task.height + 10 }, card);
    const kept = boxAt(placeNewNode({ x: 400, y: 240 }, circle, [task, below]), circle);
    expect(overlaps(kept, below)).toBe(false);
    expect(overlaps(kept, task)).toBe(false);
    expect(kept.y + kept.height / 2).toBe(240);
  });

  it('leaves a step above or below alone when there is a row gap', () => {
    const above = boxAt({ x: 388, y: 262 - card.height - GAP_Y }, card);
    expect(placeNewNode({ x: 500, y: 300 }, card, [above])).toEqual({ x: 388, y: 262 });
  });
});
