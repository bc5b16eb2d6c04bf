import { addMappingRow, removeMappingRow, setMappingRow } from './mappingEdits';

const inputs = { requester: '$ticket.requester', priority: 'priority' };

describe('sub-workflow mapping edits', () => {
  it('rewrites one row in place, keeping the order of the rows', () => {
    expect(setMappingRow(inputs, 0, 'reporter', '$ticket.requester')).toEqual({
      reporter: '$ticket.requester',
      priority: 'priority',
    });
    expect(Object.keys(setMappingRow(inputs, 1, 'priority', 'urgency'))).toEqual([
      'requester',
      'priority',
    ]);
    expect(inputs).toEqual({ requester: '$ticket.requester', priority: 'priority' });
  });

  it('removes one row by position', () => {
    expect(removeMappingRow(inputs, 0)).toEqual({ priority: 'priority' });
    expect(removeMappingRow(inputs, 9)).toEqual(inputs);
  });

  it('adds one empty row to fill in, and no second one while it is empty', () => {
    const added = addMappingRow(inputs)!;
    expect(Object.entries(added)).toEqual([...Object.entries(inputs), ['', '']]);
    expect(addMappingRow(added)).toBeNull();
    expect(setMappingRow(added, 2, 'category', 'category')).toEqual({
      ...inputs,
      category: 'category',
    });
  });
});
