import { FIELD_TYPES } from '../model/fieldTypes';
import {
  containerDropId,
  dropIntent,
  dropTarget,
  paletteFieldDragId,
  paletteItemOf,
  paletteLayoutDragId,
} from './dropIntent';
import type { LayoutNode } from './layout';

const layout: LayoutNode[] = [
  { type: 'field', field: 'title' },
  { type: 'group', id: 'group1', title: 'Details', children: [{ type: 'field', field: 'cost' }] },
  { type: 'field', field: 'notes' },
];

describe('drop targets and intents of the design surface', () => {
  it('a drop on a container end appends to it; on the canvas end, to the top level', () => {
    expect(dropTarget(layout, 'field:title', containerDropId('group1'))).toEqual({
      containerId: 'group1',
      index: 1,
    });
    expect(dropTarget(layout, paletteLayoutDragId('text'), containerDropId('root'))).toEqual({
      containerId: 'root',
      index: 3,
    });
  });

  it('a drop on an item takes its place; moving down the same list lands after it', () => {
    expect(dropTarget(layout, 'field:notes', 'field:title')).toEqual({
      containerId: 'root',
      index: 0,
    });
    expect(dropTarget(layout, 'field:title', 'field:notes')).toEqual({
      containerId: 'root',
      index: 3,
    });
    expect(dropTarget(layout, 'field:title', 'field:cost')).toEqual({
      containerId: 'group1',
      index: 0,
    });
  });

  it('names the edit: a layout item or a field from the palette, or a move', () => {
    expect(dropIntent(layout, FIELD_TYPES, paletteLayoutDragId('row'), 'field:notes')).toEqual({
      type: 'addLayout',
      kind: 'row',
      target: { containerId: 'root', index: 2 },
    });
    const text = dropIntent(
      layout,
      FIELD_TYPES,
      paletteLayoutDragId('text'),
      containerDropId('group1'),
    );
    expect(text).toEqual({
      type: 'addLayout',
      kind: 'text',
      target: { containerId: 'group1', index: 1 },
    });
    const date = dropIntent(layout, FIELD_TYPES, paletteFieldDragId('date'), 'field:cost');
    expect(date?.type === 'addField' && date.field.type).toBe('date');
    // The "Text" field type (single-line text) is no "Text" block, though both are called text.
    const field = dropIntent(layout, FIELD_TYPES, paletteFieldDragId('text'), 'field:cost');
    expect(field?.type === 'addField' && field.field.type).toBe('text');
    expect(paletteLayoutDragId('text')).not.toBe(paletteFieldDragId('text'));
    expect(paletteItemOf(paletteFieldDragId('text'))).toEqual({ field: 'text' });
    expect(paletteItemOf(paletteLayoutDragId('text'))).toEqual({ layout: 'text' });
    expect(paletteItemOf('field:cost')).toBeUndefined();
    expect(dropIntent(layout, FIELD_TYPES, 'field:cost', containerDropId('root'))).toEqual({
      type: 'move',
      id: 'field:cost',
      target: { containerId: 'root', index: 3 },
    });
  });

  it('asks for nothing outside, on itself, on an unknown item or for an unknown field type', () => {
    expect(dropIntent(layout, FIELD_TYPES, 'field:title', undefined)).toBeUndefined();
    expect(dropIntent(layout, FIELD_TYPES, 'field:title', 'field:title')).toBeUndefined();
    expect(dropIntent(layout, FIELD_TYPES, 'field:title', 'field:gone')).toBeUndefined();
    expect(
      dropIntent(layout, FIELD_TYPES, paletteFieldDragId('hologram'), 'field:cost'),
    ).toBeUndefined();
  });
});
