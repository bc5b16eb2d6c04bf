import type { LocalizedText } from '../definition/definition.types';
import type { TimerNode } from '../definition/definition.types';
import { ValidationError } from '../errors/errors';
import { durationToMs, parseDuration } from '../time/duration';
import { addWorkingTime } from '../time/working-time';
import { addDuration, parseIsoDateTime } from '../time/zone';
import type { CommandContext, StagedTicket } from './engine.types';
import type { Timer, Token } from '../model/ticket.types';

/** The id of the timer a token waits on at a timer node (one per token). */
export function timerNodeId(ticketId: string, tokenId: string): string {
  return `timerNode:${ticketId}:${tokenId}`;
}

function dueAt(ctx: CommandContext, s: StagedTicket, node: TimerNode<LocalizedText>): Date {
  const cfg = node.timer;
  const path = `${s.wf.pointer(node.id)}/timer`;
  if (cfg.untilField !== undefined) {
    const value = s.ticket.data[cfg.untilField];
    const when = parseIsoDateTime(value, 'UTC');
    if (!when) {
      throw new ValidationError(
        `Ticket ${s.ticket.number} cannot wait at timer ${s.wf.label(node.id)}: field "${cfg.untilField}" holds ${JSON.stringify(value ?? null)}, not a date; fill it in with an ISO date.`,
        [
          {
            path: `/data/${cfg.untilField}`,
            code: 'TIMER_DATE_INVALID',
            severity: 'error',
            message: 'Not an ISO date.',
            nodeId: node.id,
          },
        ],
      );
    }
    return new Date(when.instant);
  }
  if (cfg.calendar !== undefined) {
    return addWorkingTime(
      ctx.core.calendars.get(cfg.calendar),
      ctx.now,
      durationToMs(cfg.duration, `${path}/duration`),
    );
  }
  const duration = parseDuration(cfg.duration, `${path}/duration`);
  return new Date(addDuration('UTC', ctx.now.getTime(), duration));
}

/**
 * A token arriving at a timer node waits: a `timerNode` timer is scheduled (in the same commit) for
 * the duration — in working time when the node names a calendar — or until the date in a field.
 * `runtime.tick` fires it and the token moves on.
 */
export function enterTimer(
  ctx: CommandContext,
  s: StagedTicket,
  node: TimerNode<LocalizedText>,
  token: Token,
): void {
  const timer: Timer = {
    id: timerNodeId(s.ticket.id, token.id),
    kind: 'timerNode',
    dueAt: dueAt(ctx, s, node).toISOString(),
    ticketId: s.ticket.id,
    payload: { nodeId: node.id, tokenId: token.id },
  };
  ctx.scheduleTimer(timer);
}
