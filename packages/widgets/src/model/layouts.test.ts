import type { DashboardDocument, PersonalLayout } from './dashboard.types';
import {
  addToLayouts,
  dashboardsForRoles,
  effectiveLayouts,
  moveLayoutItem,
  resizeLayoutItem,
} from './layouts';

const doc: DashboardDocument = {
  id: 'd',
  name: 'D',
  items: [
    { i: 'a', widget: 'wa' },
    { i: 'b', widget: 'wb' },
    { i: 'c', widget: 'wc' },
  ],
  layouts: {
    lg: [
      { i: 'a', x: 0, y: 0, w: 6, h: 2 },
      { i: 'b', x: 6, y: 0, w: 6, h: 2 },
      { i: 'c', x: 0, y: 2, w: 12, h: 3 },
    ],
    sm: [{ i: 'a', x: 0, y: 0, w: 6, h: 2 }],
  },
};

describe('effectiveLayouts', () => {
  it('uses the personal layout per breakpoint, drops removed items and appends new ones below', () => {
    const personal: PersonalLayout = {
      dashboard: 'd',
      user: 'u',
      layouts: {
        lg: [
          { i: 'b', x: 0, y: 0, w: 12, h: 4 },
          { i: 'a', x: 0, y: 4, w: 12, h: 2 },
          { i: 'gone', x: 0, y: 6, w: 3, h: 3 },
        ],
      },
    };
    const out = effectiveLayouts(doc, personal);
    expect(out.lg).toEqual([
      { i: 'b', x: 0, y: 0, w: 12, h: 4 },
      { i: 'a', x: 0, y: 4, w: 12, h: 2 },
      { i: 'c', x: 0, y: 8, w: 12, h: 3 },
    ]);
    expect(out.sm).toBe(doc.layouts.sm);
  });

  it("ignores another dashboard's personal layout", () => {
    expect(effectiveLayouts(doc, { dashboard: 'other', user: 'u', layouts: { lg: [] } })).toBe(
      doc.layouts,
    );
  });
});

describe('keyboard layout steps', () => {
  const lg = doc.layouts.lg ?? [];
  it('moves an item within the columns and keeps others from overlapping', () => {
    const right = moveLayoutItem(lg, 'a', 'right', 12);
    expect(right.find((l) => l.i === 'a')?.x).toBe(1);
    const down = moveLayoutItem(lg, 'a', 'down', 12);
    const a = down.find((l) => l.i === 'a');
    const c = down.find((l) => l.i === 'c');
    expect(a && c && a.y > c.y).toBe(true);
    expect(moveLayoutItem(lg, 'b', 'right', 12).find((l) => l.i === 'b')?.x).toBe(6);
  });

  it('resizes within min sizes and the grid', () => {
    expect(resizeLayoutItem(lg, 'a', 'down', 12).find((l) => l.i === 'a')?.h).toBe(3);
    expect(resizeLayoutItem(lg, 'c', 'right', 12).find((l) => l.i === 'c')?.w).toBe(12);
    const narrow = resizeLayoutItem([{ i: 'x', x: 0, y: 0, w: 2, h: 2, minW: 2 }], 'x', 'left', 12);
    expect(narrow[0]?.w).toBe(2);
  });

  it('adds a rectangle below everything on every breakpoint', () => {
    const out = addToLayouts(doc.layouts, 'n', { w: 8, h: 3 });
    expect(out.lg?.at(-1)).toEqual({ i: 'n', x: 0, y: 5, w: 8, h: 3 });
    expect(out.sm?.at(-1)).toEqual({ i: 'n', x: 0, y: 2, w: 6, h: 3 });
  });
});

describe('dashboardsForRoles', () => {
  it('keeps dashboards for any of the roles, and those for everyone', () => {
    const docs = [
      { ...doc, id: 'all' },
      { ...doc, id: 'agents', roles: ['agent'] },
      { ...doc, id: 'leads', roles: ['teamLead'] },
    ];
    expect(dashboardsForRoles(docs, ['agent']).map((d) => d.id)).toEqual(['all', 'agents']);
    expect(dashboardsForRoles(docs, []).map((d) => d.id)).toEqual(['all']);
  });
});
