import type { DashboardLayouts, LayoutItem } from './dashboard.types';
import fixtures from './grid.fixtures.json';
import {
  breakpointForWidth,
  cellAt,
  cellRect,
  cellsFor,
  collides,
  compactVertical,
  gridHeight,
  layoutForBreakpoint,
  moveItem,
  resizeItem,
} from './grid';
import { DEFAULT_BREAKPOINTS } from './layouts';

const at = (layout: readonly LayoutItem[], i: string) => layout.find((l) => l.i === i);

function noOverlap(layout: readonly LayoutItem[]): boolean {
  return layout.every((a) => layout.every((b) => !collides(a, b)));
}

describe('compactVertical', () => {
  it('moves items up until they touch, keeps pinned items, and keeps the input order', () => {
    const out = compactVertical([
      { i: 'b', x: 0, y: 7, w: 6, h: 2 },
      { i: 'pin', x: 0, y: 2, w: 3, h: 2, static: true },
      { i: 'a', x: 0, y: 4, w: 6, h: 1 },
    ]);
    expect(out).toEqual([
      { i: 'b', x: 0, y: 5, w: 6, h: 2 },
      { i: 'pin', x: 0, y: 2, w: 3, h: 2, static: true },
      { i: 'a', x: 0, y: 4, w: 6, h: 1 },
    ]);
  });

  it('does not change its input', () => {
    const input = [{ i: 'a', x: 0, y: 3, w: 2, h: 2 }];
    compactVertical(input);
    expect(input[0]?.y).toBe(3);
  });

  it.each(fixtures.compact.map((c, n) => [n, c] as const))(
    'places as react-grid-layout did (recorded case %i)',
    (_n, c) => {
      expect(compactVertical(c.layout)).toEqual(c.expected);
    },
  );
});

describe('moveItem', () => {
  const layout: LayoutItem[] = [
    { i: 'a', x: 0, y: 0, w: 6, h: 2 },
    { i: 'b', x: 6, y: 0, w: 6, h: 2 },
    { i: 'c', x: 0, y: 2, w: 12, h: 3 },
  ];

  it('swaps an item with the one it is dropped on', () => {
    const out = moveItem(layout, 'c', 0, 0, 12);
    expect(at(out, 'c')).toMatchObject({ x: 0, y: 0 });
    expect(at(out, 'a')).toMatchObject({ x: 0, y: 3 });
    expect(at(out, 'b')).toMatchObject({ x: 6, y: 3 });
    expect(noOverlap(out)).toBe(true);
  });

  it('keeps the item inside the columns and compacts the rest upwards', () => {
    const out = moveItem(layout, 'a', 20, 9, 12);
    expect(at(out, 'a')).toEqual({ i: 'a', x: 6, y: 5, w: 6, h: 2 });
    expect(at(out, 'c')?.y).toBe(2);
  });

  it('leaves pinned items where they are', () => {
    const pinned = [{ ...layout[0], static: true } as LayoutItem, ...layout.slice(1)];
    expect(at(moveItem(pinned, 'a', 6, 0, 12), 'a')).toMatchObject({ x: 0, y: 0 });
    const out = moveItem(pinned, 'b', 0, 0, 12);
    expect(at(out, 'a')).toMatchObject({ x: 0, y: 0 });
    expect(noOverlap(out)).toBe(true);
  });

  it.each(fixtures.moves.map((c, n) => [n, c] as const))(
    'moves as a react-grid-layout drag did (recorded case %i)',
    (_n, c) => {
      expect(moveItem(c.layout, c.id, c.x, c.y, c.cols)).toEqual(c.expected);
    },
  );
});

describe('resizeItem', () => {
  it('keeps the size within the item limits and the columns right of it', () => {
    const layout: LayoutItem[] = [{ i: 'a', x: 4, y: 0, w: 2, h: 2, minW: 2, maxH: 4 }];
    expect(at(resizeItem(layout, 'a', 20, 9, 12), 'a')).toMatchObject({ w: 8, h: 4 });
    expect(at(resizeItem(layout, 'a', 0, 0, 12), 'a')).toMatchObject({ w: 2, h: 1 });
  });

  it('pushes what the bigger item now covers below it', () => {
    const out = resizeItem(
      [
        { i: 'a', x: 0, y: 0, w: 6, h: 2 },
        { i: 'b', x: 6, y: 0, w: 6, h: 2 },
      ],
      'a',
      12,
      2,
      12,
    );
    expect(out).toEqual([
      { i: 'a', x: 0, y: 0, w: 12, h: 2 },
      { i: 'b', x: 6, y: 2, w: 6, h: 2 },
    ]);
  });
});

describe('breakpoints', () => {
  it('picks the widest breakpoint whose minimum the width exceeds', () => {
    expect(breakpointForWidth(DEFAULT_BREAKPOINTS, 1280)).toBe('lg');
    expect(breakpointForWidth(DEFAULT_BREAKPOINTS, 1200)).toBe('md');
    expect(breakpointForWidth(DEFAULT_BREAKPOINTS, 800)).toBe('sm');
    expect(breakpointForWidth(DEFAULT_BREAKPOINTS, 390)).toBe('xxs');
    expect(breakpointForWidth(DEFAULT_BREAKPOINTS, 0)).toBe('xxs');
  });

  it("uses a breakpoint's own layout, with the items of the dashboard", () => {
    const layouts: DashboardLayouts = { sm: [{ i: 'a', x: 0, y: 2, w: 6, h: 2 }] };
    expect(layoutForBreakpoint(layouts, DEFAULT_BREAKPOINTS, 'sm', 6, ['a', 'new'])).toEqual([
      { i: 'a', x: 0, y: 0, w: 6, h: 2 },
      { i: 'new', x: 0, y: 2, w: 4, h: 4 },
    ]);
  });

  it('derives a missing layout from the nearest wider one (fitted into the columns), else the nearest narrower one', () => {
    const lg: LayoutItem[] = [
      { i: 'a', x: 8, y: 0, w: 4, h: 2 },
      { i: 'b', x: 0, y: 0, w: 8, h: 2 },
    ];
    expect(layoutForBreakpoint({ lg }, DEFAULT_BREAKPOINTS, 'sm', 6, ['a', 'b'])).toEqual([
      { i: 'a', x: 2, y: 2, w: 4, h: 2 },
      { i: 'b', x: 0, y: 0, w: 6, h: 2 },
    ]);
    const xs = [{ i: 'a', x: 0, y: 0, w: 4, h: 3 }];
    expect(layoutForBreakpoint({ xs }, DEFAULT_BREAKPOINTS, 'lg', 12, ['a'])).toEqual(xs);
  });

  it.each(fixtures.derived.map((c, n) => [n, c] as const))(
    'derives as react-grid-layout did (recorded case %i)',
    (_n, c) => {
      const ids = (c.layouts.lg ?? []).map((l) => l.i);
      expect(
        layoutForBreakpoint(c.layouts, DEFAULT_BREAKPOINTS, c.breakpoint, c.cols, ids),
      ).toEqual(c.expected);
    },
  );
});

describe('pixels', () => {
  const m = { width: 1232, cols: 12, rowHeight: 56, gap: 16 };

  it('places cells one gap apart, the last flush with the right edge', () => {
    expect(cellRect(m, { x: 0, y: 0, w: 4, h: 2 })).toEqual({
      left: 0,
      top: 0,
      width: 400,
      height: 128,
    });
    expect(cellRect(m, { x: 4, y: 2, w: 8, h: 1 })).toEqual({
      left: 416,
      top: 144,
      width: 816,
      height: 56,
    });
    expect(gridHeight(m, [{ i: 'a', x: 0, y: 1, w: 1, h: 2 }])).toBe(200);
    expect(gridHeight(m, [])).toBe(0);
  });

  it('turns a dragged position and a resized box back into cells', () => {
    const item = { i: 'a', x: 0, y: 0, w: 4, h: 2 };
    expect(cellAt(m, item, 430, 150)).toEqual({ x: 4, y: 2 });
    expect(cellAt(m, item, -300, -80)).toEqual({ x: 0, y: 0 });
    expect(cellAt(m, item, 5000, 0)).toEqual({ x: 8, y: 0 });
    expect(cellsFor(m, item, 520, 300)).toEqual({ w: 5, h: 4 });
    expect(cellsFor(m, { ...item, x: 10 }, 900, 10)).toEqual({ w: 2, h: 1 });
  });
});
