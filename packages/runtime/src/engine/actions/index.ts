import type { ActionName } from '../../definition/definition.types';
import { ACTION_NAMES } from '../../definition/definition.types';
import { ActionNotAllowedError, ConflictError } from '../../errors/errors';
import type { CommandContext, StagedTicket } from '../engine.types';
import {
  DATA_ACTIONS,
  ON_HOLD_ACTIONS,
  WATCH_ACTIONS,
  allowedOnTicket,
  notAvailable,
} from '../permissions';
import type { ActInput } from '../runtime.types';
import { FINAL_STATUSES } from '../walk';
import type { ActionHandler } from './action.types';
import { addApprover, approve, reject } from './approve';
import { claim, delegate, reassign, release } from './assign';
import { cancel, close, comment, hold, recall, resume, unwatch, urge, watch } from './ticket';
import { rollback, submit, update } from './work';
import { rate, reopen } from './lifecycle';

/** Every action's handler: the registry `act` dispatches on. */
export const ACTION_HANDLERS: Readonly<Record<ActionName, ActionHandler>> = {
  submit,
  approve,
  reject,
  rollback,
  reassign,
  claim,
  release,
  delegate,
  hold,
  resume,
  urge,
  recall,
  update,
  comment,
  addApprover,
  close,
  cancel,
  watch,
  unwatch,
  reopen,
  rate,
};

/**
 * `runtime.act`: loads the ticket, checks `expectedVersion`, the ticket's state and the action,
 * then runs the action's handler (which checks the actor and the step) inside the command.
 */
export async function actCommand(ctx: CommandContext, input: ActInput): Promise<StagedTicket> {
  if (!ACTION_NAMES.includes(input.action)) {
    throw new ActionNotAllowedError(
      `"${String(input.action)}" is not an action; use one of ${ACTION_NAMES.join(', ')}.`,
    );
  }
  const s = await ctx.load(input.ticket);
  if (input.expectedVersion !== undefined && input.expectedVersion !== s.ticket.version) {
    throw new ConflictError(
      `Ticket ${s.ticket.number} is at version ${s.ticket.version}, not ${input.expectedVersion}: someone changed it since you loaded it. Reload it and try again.`,
      { expectedVersion: input.expectedVersion, actualVersion: s.ticket.version },
    );
  }
  if (input.data !== undefined && !DATA_ACTIONS.has(input.action)) {
    throw new ActionNotAllowedError(
      `"${input.action}" does not take form data; use "update" or "submit" to change fields of ticket ${s.ticket.number}.`,
    );
  }
  if (WATCH_ACTIONS.has(input.action)) {
    // Following a ticket is no step's business: possible in any state, at any step.
  } else if (FINAL_STATUSES.has(s.ticket.status) && !allowedOnTicket(s, input.action)) {
    throw notAvailable(s, input.action, `it is ${s.ticket.status}`);
  } else if (s.ticket.status === 'pending' && !ON_HOLD_ACTIONS.has(input.action)) {
    throw notAvailable(s, input.action, 'it is on hold; resume it first');
  }
  await ACTION_HANDLERS[input.action](ctx, s, input);
  return s;
}
