import type { CommandContext, StagedTicket } from '../engine.types';
import type { ActInput } from '../runtime.types';

/** One action's effect on a ticket, run inside a command after the common checks. */
export type ActionHandler = (
  ctx: CommandContext,
  s: StagedTicket,
  input: ActInput & { actor: string },
) => Promise<void>;
