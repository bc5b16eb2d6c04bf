import { DateTime } from 'luxon';
import type { CommandContext, StagedTicket, TimerHandler } from '../engine.types';
import type { Timer } from '../../model/ticket.types';
import { setStatus } from '../walk';
import { parseDuration } from '../../time/duration';

export const autoCloseTimerId = (ticketId: string) => `autoClose:${ticketId}`;
export const urgeTimerId = (workItemId: string) => `urge:${workItemId}`;

function autoCloseAt(s: StagedTicket): Date | null {
  const text = s.wf.def.autoClose;
  if (!text || s.ticket.status !== 'resolved' || !s.ticket.resolvedAt) return null;
  const duration = parseDuration(text, '/autoClose');
  return DateTime.fromISO(s.ticket.resolvedAt, { zone: 'utc' }).plus(duration).toJSDate();
}

/**
 * Before every commit: a ticket that is `resolved` in a workflow with `autoClose` gets an
 * `autoClose:<ticket>` timer at `resolvedAt + autoClose`; one that left `resolved` (reopened, closed)
 * loses it.
 */
export function updateAutoClose(s: StagedTicket, ctx: CommandContext): void {
  if (!s.wf.def.autoClose) return;
  const statusChanged = ctx.eventsOf(s.ticket.id).some((e) => e.type === 'statusChanged');
  if (!statusChanged) return;
  const at = autoCloseAt(s);
  if (at) {
    ctx.scheduleTimer({
      id: autoCloseTimerId(s.ticket.id),
      kind: 'autoClose',
      dueAt: at.toISOString(),
      ticketId: s.ticket.id,
      payload: {},
    });
  } else {
    ctx.cancelTimer(autoCloseTimerId(s.ticket.id));
  }
}

/** Closes a ticket still resolved when its auto-close time comes. */
export const fireAutoClose: TimerHandler = async (timer, ctx) => {
  if (!timer.ticketId) return;
  const s = await ctx.load(timer.ticketId);
  const at = autoCloseAt(s);
  if (!at || at.getTime() > ctx.now.getTime()) return;
  ctx.emit(s, { type: 'automation', detail: { type: 'autoClose', after: s.wf.def.autoClose } });
  setStatus(ctx, s, 'closed');
};

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
