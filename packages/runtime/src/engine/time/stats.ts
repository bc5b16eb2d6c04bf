import type { ActionName, TicketStatus } from '../../definition/definition.types';
import type { HistoryEvent, TicketStats } from '../../model/ticket.types';
import { workingMsBetween } from '../../time/working-time';
import type { CommandContext, StagedTicket } from '../engine.types';

/** Statuses that take a ticket out of the backlog. */
const ENDED = new Set<TicketStatus>(['resolved', 'closed', 'rejected', 'cancelled']);
/** Actions that are not work on the ticket: deciding approvals, following, urging, rating. */
const NOT_WORK = new Set<ActionName>([
  'approve',
  'reject',
  'addApprover',
  'watch',
  'unwatch',
  'urge',
  'recall',
  'rate',
  'reopen',
  'cancel',
]);
const HAND_OFF = new Set<ActionName>(['reassign', 'delegate']);

/** The calendar of the policy the ticket's SLA clocks run on (first SLA clock), if any names one. */
function calendarOf(s: StagedTicket): string | undefined {
  const clock = s.ticket.sla.find((c) => c.target !== 'ola');
  if (!clock) return undefined;
  return s.wf.def.sla?.find((p) => p.id === clock.policy)?.calendar;
}

function durations(
  ctx: CommandContext,
  s: StagedTicket,
  calendar: string | undefined,
  at: string,
): [number, number] {
  const from = Date.parse(s.ticket.createdAt);
  const to = Date.parse(at);
  const wall = Math.max(0, to - from);
  if (!calendar || !ctx.core.calendars.has(calendar)) return [wall, wall];
  return [wall, workingMsBetween(ctx.core.calendars.get(calendar), from, to)];
}

function onAction(stats: TicketStats, e: HistoryEvent, requester: string): void {
  if (!e.actor || e.actor === requester) return;
  if (!stats.respondedAt) stats.respondedAt = e.at;
  const action = e.action as ActionName | undefined;
  if (!e.nodeId || (action && NOT_WORK.has(action))) return;
  if (action && HAND_OFF.has(action)) stats.handedOff = true;
  if (!stats.firstAgent) stats.firstAgent = e.actor;
  else if (stats.firstAgent !== e.actor) stats.handedOff = true;
  stats.agent = e.actor;
}

/**
 * Before every commit: updates the ticket's {@link TicketStats} from the events this command
 * appended (incremental, so a command never replays the ticket's history for them).
 */
export async function updateStats(s: StagedTicket, ctx: CommandContext): Promise<void> {
  const t = s.ticket;
  const stats: TicketStats = { ...t.stats };
  if (s.expectedVersion === null) {
    const path = s.wf.def.catalog;
    if (path?.length) stats.catalog = path.map((p) => s.wf.text(p)).join(' / ');
    const department = (await ctx.core.directory.getUser(t.requester))?.department;
    if (department) stats.department = department;
  }
  const calendar = calendarOf(s);
  if (calendar) stats.calendar = calendar;
  else delete stats.calendar;
  const responded = stats.respondedAt;
  for (const e of ctx.eventsOf(t.id)) {
    if (e.type === 'action') onAction(stats, e, t.requester);
    if (e.type !== 'statusChanged') continue;
    const to = e.detail?.to as TicketStatus | undefined;
    if (to && ENDED.has(to)) {
      stats.endedAt ??= e.at;
      if ((to === 'resolved' || to === 'closed') && !stats.resolvedAt) {
        stats.resolvedAt = e.at;
        [stats.resolveMs, stats.resolveWorkMs] = durations(ctx, s, calendar, e.at);
        stats.firstContact = !stats.handedOff && !t.reopenCount;
        if (s.wf.def.survey) stats.surveyed = true;
      }
    } else if (to === 'open' || to === 'pending') {
      delete stats.endedAt;
      if (to === 'open' && t.reopenCount && stats.resolvedAt) {
        delete stats.resolvedAt;
        delete stats.resolveMs;
        delete stats.resolveWorkMs;
        stats.firstContact = false;
      }
    }
  }
  if (stats.respondedAt && stats.respondedAt !== responded) {
    [stats.responseMs, stats.responseWorkMs] = durations(ctx, s, calendar, stats.respondedAt);
  }
  t.stats = stats;
}
