import type { CommandContext, StagedTicket, TimerHandler } from '../engine.types';
import type { Timer } from '../../model/ticket.types';
import { setStatus } from '../walk';
import { parseDuration } from '../../time/duration';
import { addDuration, parseIsoDateTime } from '../../time/zone';

export const autoCloseTimerId = (ticketId: string) => `autoClose:${ticketId}`;
export const surveyTimerId = (ticketId: string) => `survey:${ticketId}`;
export const urgeTimerId = (workItemId: string) => `urge:${workItemId}`;

/** When a resolved ticket closes by itself: `autoClose`, or an unanswered survey with `then: 'close'`. */
function closeAt(s: StagedTicket, survey?: boolean): Date | null {
  const { autoClose, survey: sv } = s.wf.def;
  const text = survey
    ? sv?.then === 'close' && !s.ticket.satisfaction
      ? sv.after
      : undefined
    : autoClose;
  if (!text || s.ticket.status !== 'resolved' || !s.ticket.resolvedAt) return null;
  const duration = parseDuration(text, survey ? '/survey/after' : '/autoClose');
  const resolved = parseIsoDateTime(s.ticket.resolvedAt, 'UTC');
  return resolved ? new Date(addDuration('UTC', resolved.instant, duration)) : null;
}

/**
 * Before every commit: a ticket that is `resolved` in a workflow with `autoClose` gets an
 * `autoClose:<ticket>` timer at `resolvedAt + autoClose`, and one with a survey that closes
 * (`survey.then: 'close'`) a `survey:<ticket>` timer at `resolvedAt + survey.after` until it is
 * rated; a ticket that left `resolved` (reopened, closed) or was rated loses them.
 */
export function updateAutoClose(s: StagedTicket, ctx: CommandContext): void {
  const events = ctx.eventsOf(s.ticket.id);
  if (!events.some((e) => e.type === 'statusChanged' || e.action === 'rate')) return;
  for (const survey of [false, true]) {
    const id = survey ? surveyTimerId(s.ticket.id) : autoCloseTimerId(s.ticket.id);
    if (!(survey ? s.wf.def.survey?.then === 'close' : s.wf.def.autoClose)) continue;
    const at = closeAt(s, survey);
    if (at) {
      ctx.scheduleTimer({
        id,
        kind: survey ? 'surveyClose' : 'autoClose',
        dueAt: at.toISOString(),
        ticketId: s.ticket.id,
        payload: {},
      });
    } else ctx.cancelTimer(id);
  }
}

function closer(survey: boolean): TimerHandler {
  return async (timer, ctx) => {
    if (!timer.ticketId) return;
    const s = await ctx.load(timer.ticketId);
    const at = closeAt(s, survey);
    if (!at || at.getTime() > ctx.now.getTime()) return;
    const { autoClose, survey: sv } = s.wf.def;
    ctx.emit(s, {
      type: 'automation',
      detail: survey
        ? { type: 'surveyClose', after: sv?.after }
        : { type: 'autoClose', after: autoClose },
    });
    setStatus(ctx, s, 'closed');
  };
}

/** Closes a ticket still resolved when its auto-close time comes. */
export const fireAutoClose = closer(false);
/** Closes a resolved ticket whose survey went unanswered for `survey.after`. */
export const fireSurveyClose = closer(true);

/**
 * Before every commit: each `urge` of this command schedules a follow-up on the urged work items
 * (`urge:<item>`), `followUpMs` later.
 */
export async function scheduleUrgeFollowUps(
  s: StagedTicket,
  ctx: CommandContext,
  followUpMs: number,
): Promise<void> {
  const urged = ctx.eventsOf(s.ticket.id).some((e) => e.type === 'action' && e.action === 'urge');
  if (!urged) return;
  for (const item of await ctx.openItems(s)) {
    if (item.urgedAt !== ctx.at) continue;
    const timer: Timer = {
      id: urgeTimerId(item.id),
      kind: 'urge',
      dueAt: new Date(ctx.now.getTime() + followUpMs).toISOString(),
      ticketId: s.ticket.id,
      payload: { workItem: item.id, urgedAt: item.urgedAt },
    };
    ctx.scheduleTimer(timer);
  }
}

/**
 * An urged item still open and not urged again since: its holders are reminded and the assignee's
 * manager is told (`notified` event with `reason: "urgeFollowUp"`).
 */
export const fireUrgeFollowUp: TimerHandler = async (timer, ctx) => {
  if (!timer.ticketId) return;
  const s = await ctx.load(timer.ticketId);
  const item = (await ctx.openItems(s)).find((w) => w.id === timer.payload.workItem);
  if (!item || item.urgedAt !== timer.payload.urgedAt) return;
  const holders = item.assignee ? [item.assignee] : (item.candidates ?? []);
  const managers: string[] = [];
  if (item.assignee) {
    const manager = (await ctx.core.directory.getUser(item.assignee))?.manager;
    if (manager) managers.push(manager);
  }
  ctx.emit(s, {
    type: 'notified',
    nodeId: item.nodeId,
    detail: {
      to: [...new Set([...holders, ...managers])],
      reason: 'urgeFollowUp',
      workItem: item.id,
      urgedAt: item.urgedAt,
    },
  });
  // Removed in the same commit as the reminder: a process dying before it completes the timer
  // cannot make another process remind twice.
  ctx.cancelTimer(timer.id);
};
