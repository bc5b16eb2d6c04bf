import type { AutomationAction } from '@deskkit/runtime';
import {
  ACTION_TYPES,
  addAction,
  blankAction,
  changeActionType,
  removeAction,
  replaceAction,
} from './automationEdits';

const notify: AutomationAction = { type: 'notify', to: [{ group: 'cab' }], message: 'Breached' };
const comment: AutomationAction = { type: 'comment', text: 'Escalated' };

describe('automation action edits', () => {
  it('offers a blank action of every kind, each valid for its kind', () => {
    expect(ACTION_TYPES.map((t) => blankAction(t))).toEqual([
      { type: 'set', field: '', value: '' },
      { type: 'call', handler: '' },
      { type: 'notify', to: [], message: '' },
      { type: 'assign', to: [] },
      { type: 'setPriority', value: 'high' },
      { type: 'raisePriority' },
      { type: 'comment', text: '' },
    ]);
  });

  it('adds a blank "set a field" action at the end unless told another kind', () => {
    expect(addAction([])).toEqual([{ type: 'set', field: '', value: '' }]);
    expect(addAction([notify], 'raisePriority')).toEqual([notify, { type: 'raisePriority' }]);
  });

  it('replaces one action and leaves the others and the given list as they were', () => {
    const list = [notify, comment] as const;
    const next = replaceAction(list, 1, { type: 'comment', text: 'Escalated to L2' });
    expect(next).toEqual([notify, { type: 'comment', text: 'Escalated to L2' }]);
    expect(next[0]).toBe(notify);
    expect(list[1]).toEqual({ type: 'comment', text: 'Escalated' });
  });

  it('changing the kind starts the action afresh', () => {
    expect(changeActionType([notify, comment], 0, 'assign')).toEqual([
      { type: 'assign', to: [] },
      comment,
    ]);
  });

  it('removes one action by position; a position past the end changes nothing', () => {
    expect(removeAction([notify, comment], 0)).toEqual([comment]);
    expect(removeAction([notify, comment], 5)).toEqual([notify, comment]);
    expect(replaceAction([notify], 3, comment)).toEqual([notify]);
  });
});
