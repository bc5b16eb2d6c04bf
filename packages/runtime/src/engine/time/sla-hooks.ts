import { readsRequester, requesterProfile } from '../requester';
import type { AutomationAction, LocalizedText, SlaPolicy } from '../../definition/definition.types';
import type { CommandContext, StagedTicket, TimerHandler } from '../engine.types';
import type { HistoryEvent, Timer } from '../../model/ticket.types';
import { evaluateCondition } from '../../expressions/evaluate';
import { computeSlaClocksAsync, snapshotContext } from '../../time/sla';
import type { SlaClockState, SlaComputation } from '../../time/sla.types';

/** The one SLA timer a ticket has at most: due at its next warning or breach. */
export const slaTimerId = (ticketId: string) => `sla:${ticketId}`;

/** Identifies one run of one clock (a restarted clock is a new run), for firing each event once. */
export function clockKey(
  clock: Pick<SlaClockState, 'policy' | 'target' | 'nodeId' | 'startedAt'>,
): string {
  return `${clock.policy}|${clock.target}|${clock.nodeId ?? ''}|${clock.startedAt}`;
}

/** Whether the definition has anything for the SLA hooks to do. */
function hasClocks(s: StagedTicket): boolean {
  const def = s.wf.def;
  return !!def.sla?.length || def.nodes.some((n) => n.ola);
}

/** The ticket's whole history (what storage holds plus what this command appended) and the last committed seq. */
export async function fullHistory(
  ctx: CommandContext,
  s: StagedTicket,
): Promise<{ history: HistoryEvent[]; committedSeq: number }> {
  const pending = ctx.eventsOf(s.ticket.id);
  if (s.expectedVersion === null) return { history: [...pending], committedSeq: 0 };
  const stored = await ctx.core.storage.history(s.ticket.id);
  const seen = new Set(stored.map((e) => e.id));
  let committedSeq = 0;
  for (const e of stored) committedSeq = Math.max(committedSeq, e.seq);
  return { history: [...stored, ...pending.filter((e) => !seen.has(e.id))], committedSeq };
}

/**
 * jsonata results of committed events, per process: a committed event never changes, so its
 * conditions are evaluated once rather than on every later command of the ticket.
 */
const decided = new Map<string, boolean>();

async function compute(
  ctx: CommandContext,
  s: StagedTicket,
  history: HistoryEvent[],
  committedSeq: number,
): Promise<SlaComputation> {
  const def = s.wf.def;
  const limits = ctx.core.limits ? { limits: ctx.core.limits } : {};
  return computeSlaClocksAsync(
    {
      history,
      policies: def.sla ?? [],
      nodes: def.nodes,
      calendars: ctx.core.calendars,
      now: ctx.now,
      requester: s.ticket.requester,
      data: s.ticket.data,
      ...(s.ticket.priority !== undefined ? { priority: s.ticket.priority } : {}),
    },
    {
      async evaluateCondition(expr, snapshot) {
        const { event } = snapshot;
        const key =
          event.seq <= committedSeq
            ? `${event.ticketId}\u0000${event.seq}\u0000${def.key}@${s.wf.version}\u0000${expr}`
            : null;
        const hit = key === null ? undefined : decided.get(key);
        if (hit !== undefined) return hit;
        const context = snapshotContext(snapshot);
        if (readsRequester(expr)) {
          const requester = await requesterProfile(ctx, s.ticket.requester);
          context.bindings = { ...context.bindings, requester };
        }
        const value = await evaluateCondition(expr, context, limits);
        if (key !== null) {
          if (decided.size > 200_000) decided.clear();
          decided.set(key, value);
        }
        return value;
      },
    },
  );
}

/** What fired already: warnings (highest threshold per clock run), breaches and met clocks. */
function firedOf(history: readonly HistoryEvent[]) {
  const warned = new Map<string, number>();
  const breached = new Set<string>();
  const met = new Set<string>();
  for (const e of history) {
    const key = e.detail?.key;
    if (typeof key !== 'string') continue;
    if (e.type === 'slaWarning')
      warned.set(key, Math.max(warned.get(key) ?? 0, Number(e.detail?.threshold ?? 0)));
    else if (e.type === 'slaBreached') breached.add(key);
    else if (e.type === 'slaMet') met.add(key);
  }
  return { warned, breached, met };
}

interface Due {
  clock: SlaClockState;
  kind: 'warning' | 'breach';
  threshold?: number;
}

/**
 * Warnings and breaches that have happened and not fired yet. A clock already breached fires its
 * breach only (late warnings would be noise); otherwise the highest passed threshold fires.
 */
function dueNow(result: SlaComputation, fired: ReturnType<typeof firedOf>): Due[] {
  const out: Due[] = [];
  for (const clock of result.clocks) {
    const key = clockKey(clock);
    if (clock.state === 'breached') {
      if (!fired.breached.has(key)) out.push({ clock, kind: 'breach' });
    } else if (
      (clock.state === 'running' || clock.state === 'paused') &&
      clock.warned !== undefined &&
      (fired.warned.get(key) ?? 0) < clock.warned
    ) {
      out.push({ clock, kind: 'warning', threshold: clock.warned });
    }
  }
  return out;
}

function actionsFor(s: StagedTicket, clock: SlaClockState, kind: Due['kind']): AutomationAction[] {
  if (clock.target === 'ola') {
    const ola = s.wf.def.nodes.find((n) => n.id === clock.nodeId)?.ola;
    return (kind === 'breach' ? ola?.onBreach : ola?.onWarn) ?? [];
  }
  const policy: SlaPolicy<LocalizedText> | undefined = s.wf.def.sla?.find(
    (p) => p.id === clock.policy,
  );
  return (kind === 'breach' ? policy?.onBreach : policy?.onWarn) ?? [];
}

/**
 * Before every commit: recomputes the ticket's clocks from its history (`Ticket.sla`), records
 * clocks newly met (`slaMet`), and keeps one `sla:<ticket>` timer at the next warning or breach —
 * due now when one happened and has not fired yet (e.g. while no process was running).
 */
export async function updateSla(s: StagedTicket, ctx: CommandContext): Promise<void> {
  if (!hasClocks(s)) {
    if (s.ticket.sla.length) s.ticket.sla = [];
    return;
  }
  const { history, committedSeq } = await fullHistory(ctx, s);
  const result = await compute(ctx, s, history, committedSeq);
  const fired = firedOf(history);
  for (const clock of result.clocks) {
    const key = clockKey(clock);
    if (clock.state === 'met' && !fired.met.has(key)) {
      ctx.emit(s, {
        type: 'slaMet',
        ...(clock.nodeId ? { nodeId: clock.nodeId } : {}),
        detail: {
          key,
          policy: clock.policy,
          target: clock.target,
          elapsedMs: clock.elapsedMs,
          dueAt: clock.dueAt,
        },
      });
    }
  }
  s.ticket.sla = result.clocks;
  const due = dueNow(result, fired);
  const next = due.length
    ? { at: ctx.at, kind: due.some((d) => d.kind === 'breach') ? 'breach' : 'warning' }
    : result.upcoming[0];
  if (!next) {
    ctx.cancelTimer(slaTimerId(s.ticket.id));
    return;
  }
  const timer: Timer = {
    id: slaTimerId(s.ticket.id),
    kind: next.kind === 'breach' ? 'slaBreach' : 'slaWarning',
    dueAt: next.at,
    ticketId: s.ticket.id,
    payload: {},
  };
  ctx.scheduleTimer(timer);
}

/**
 * Fires an SLA timer: every warning and breach that has happened and not fired yet gets its history
 * event (`slaWarning` / `slaBreached`) and runs its policy's `onWarn` / `onBreach` actions (notify,
 * assign to a group, raise the priority, ...). The commit hook then schedules the next one.
 */
export const fireSlaTimer: TimerHandler = async (timer, ctx) => {
  if (!timer.ticketId) return;
  const s = await ctx.load(timer.ticketId);
  if (!hasClocks(s)) return;
  const { history, committedSeq } = await fullHistory(ctx, s);
  const result = await compute(ctx, s, history, committedSeq);
  for (const { clock, kind, threshold } of dueNow(result, firedOf(history))) {
    ctx.emit(s, {
      type: kind === 'breach' ? 'slaBreached' : 'slaWarning',
      ...(clock.nodeId ? { nodeId: clock.nodeId } : {}),
      detail: {
        key: clockKey(clock),
        policy: clock.policy,
        target: clock.target,
        dueAt: clock.dueAt,
        percent: clock.percent,
        ...(threshold !== undefined ? { threshold } : {}),
      },
    });
    const actions = actionsFor(s, clock, kind);
    if (actions.length) await ctx.runAutomation(s, actions, clock.nodeId);
  }
};
