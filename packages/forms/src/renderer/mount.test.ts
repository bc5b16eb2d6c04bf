import type { FormLayoutNode } from '@deskkit/runtime';
import { firstScreenFields, MountGate } from './mount';

const fields = (from: number, n: number): FormLayoutNode[] =>
  Array.from({ length: n }, (_, i) => ({ type: 'field', field: `f${from + i}` }));

describe('first screen of a long form', () => {
  it('counts the fields that fill a screen (and a fifth more): at least 12, at most 48 shown', () => {
    // 64 px a line: 17 lines pass 1.2 × 900 px.
    expect(firstScreenFields(fields(0, 300), 900)).toBe(17);
    expect(firstScreenFields(fields(0, 5), 900)).toBe(12);
    expect(firstScreenFields(fields(0, 300), 300)).toBe(12);
    const rows: FormLayoutNode[] = Array.from({ length: 40 }, (_, r) => ({
      type: 'row',
      id: `r${r}`,
      columns: 4,
      children: fields(r * 4, 4),
    }));
    expect(firstScreenFields(rows, 900)).toBe(48);
  });

  it('keeps the places of fields in inactive tabs and collapsed groups without their height', () => {
    const layout: FormLayoutNode[] = [
      { type: 'tab', id: 'a', title: 'A', children: fields(0, 3) },
      { type: 'tab', id: 'b', title: 'B', children: fields(3, 100) },
      {
        type: 'group',
        id: 'g',
        title: 'G',
        collapsible: true,
        collapsed: true,
        children: fields(103, 50),
      },
      ...fields(153, 100),
    ];
    // Tab A (header + 3 fields), B's 100 and the group's 50 take no room, the group header does;
    // then 13 fields pass 1080 px: 3 + 100 + 50 + 13.
    expect(firstScreenFields(layout, 900)).toBe(166);
    // A tab header and 3 fields (240 px), then 14 fields pass 1080 px.
    expect(firstScreenFields(layout.slice(0, 1).concat(fields(3, 100)), 900)).toBe(17);
  });
});

describe('MountGate', () => {
  it('opens nodes below the limit and tells listeners when it moves', () => {
    const gate = new MountGate(100, 10);
    const heard: boolean[] = [];
    gate.subscribe((urgent) => heard.push(urgent));
    expect(gate.isOpen(9)).toBe(true);
    expect(gate.isOpen(10)).toBe(false);
    gate.advance(20);
    expect(gate.limit).toBe(30);
    gate.advance(undefined, true);
    expect(gate.complete).toBe(true);
    expect(gate.isOpen(100)).toBe(true);
    gate.advance(5);
    expect(heard).toEqual([false, true]);
  });
});
