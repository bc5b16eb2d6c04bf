import { produce } from 'immer';
import { itsmChangeDefinition } from '../fixtures/definitions';
import {
  allElementIds,
  copyFragment,
  PASTE_OFFSET,
  pasteFragment,
  shiftFragment,
} from './clipboard';

describe('canvas clipboard', () => {
  it('a second paste of the same copy lands a step further, with fresh ids again', () => {
    const def = itsmChangeDefinition();
    const copied = copyFragment(def, new Set(['cab', 'rejected']));
    const cab = copied.nodes.find((n) => n.id === 'cab')!.position!;
    let first: string[] = [];
    let second: string[] = [];
    const once = produce(def, (d) => void (first = pasteFragment(d, copied, PASTE_OFFSET)));
    const held = shiftFragment(copied, PASTE_OFFSET);
    const twice = produce(once, (d) => void (second = pasteFragment(d, held, PASTE_OFFSET)));
    expect(first).toEqual(['cab-2', 'rejected-2']);
    expect(second).toEqual(['cab-3', 'rejected-3']);
    expect(twice.nodes.find((n) => n.id === 'cab-3')?.position).toEqual({
      x: cab.x + 80,
      y: cab.y + 80,
    });
    expect(twice.edges.filter((e) => e.from === 'cab-3').map((e) => e.to)).toEqual(['rejected-3']);
  });

  it('shifting leaves the copy it shifts alone and places an unplaced node from 0,0', () => {
    const fragment = { nodes: [{ id: 'a', type: 'task' as const }], edges: [] };
    expect(shiftFragment(fragment, { x: 40, y: 40 }).nodes[0]?.position).toEqual({ x: 40, y: 40 });
    expect(fragment.nodes[0]).toEqual({ id: 'a', type: 'task' });
  });

  it('select all names every step and connection', () => {
    const def = itsmChangeDefinition();
    const all = allElementIds(def);
    expect(all.nodes).toEqual(def.nodes.map((n) => n.id));
    expect(all.edges).toHaveLength(def.edges.length);
  });
});
