import type { AutomationAction } from '@deskkit/runtime';

/*
 * Edits of one list of automation actions (an automation step's, a trigger's, a periodic
 * automation's, a clock's warn or breach list): pure functions from a list to the next one. The
 * editor hands the result to the recipe that stores the list (setStepAutomation, setAutomationProp,
 * setSlaProp, setOlaProp), so each edit stays one undo step. The given list is never changed.
 */

/** The kinds of action an automation runs. */
export type ActionType = AutomationAction['type'];

/** Every kind of action, in the order the editor offers them. */
export const ACTION_TYPES: readonly ActionType[] = [
  'set',
  'call',
  'notify',
  'assign',
  'setPriority',
  'raisePriority',
  'comment',
];

/** A new action of a kind, with its properties empty (priority `high` for setPriority). */
export function blankAction(type: ActionType): AutomationAction {
  switch (type) {
    case 'set':
      return { type, field: '', value: '' };
    case 'call':
      return { type, handler: '' };
    case 'notify':
      return { type, to: [], message: '' };
    case 'assign':
      return { type, to: [] };
    case 'setPriority':
      return { type, value: 'high' };
    case 'raisePriority':
      return { type };
    default:
      return { type: 'comment', text: '' };
  }
}

/** Appends a blank action of a kind (`set` by default). */
export function addAction(
  list: readonly AutomationAction[],
  type: ActionType = 'set',
): AutomationAction[] {
  return [...list, blankAction(type)];
}

/** Puts `action` in place of the one at `index`. */
export function replaceAction(
  list: readonly AutomationAction[],
  index: number,
  action: AutomationAction,
): AutomationAction[] {
  return list.map((x, i) => (i === index ? action : x));
}

/** Turns the action at `index` into a blank one of another kind (nothing of the old one carries). */
export function changeActionType(
  list: readonly AutomationAction[],
  index: number,
  type: ActionType,
): AutomationAction[] {
  return replaceAction(list, index, blankAction(type));
}

/** Removes the action at `index`. */
export function removeAction(list: readonly AutomationAction[], index: number): AutomationAction[] {
  return list.filter((_, i) => i !== index);
}
