import { NotFoundError } from '../errors/errors';
import type { CommandContext, EngineCore, TimerHandler } from './engine.types';
import type { TickResult } from './runtime.types';
import type { Timer } from '../model/ticket.types';
import { FINAL_STATUSES, proceed } from './walk';

/** How long a claimed timer stays leased to this process before another may take it over. */
export const TIMER_LEASE_MS = 30_000;
const BATCH = 100;

/** Fires a timer node: the token waiting there moves on (a stale timer does nothing). */
export const fireTimerNode: TimerHandler = async (timer: Timer, ctx: CommandContext) => {
  if (!timer.ticketId) return;
  const s = await ctx.load(timer.ticketId);
  if (FINAL_STATUSES.has(s.ticket.status)) return;
  const token = s.ticket.tokens.find(
    (t) => t.id === timer.payload.tokenId && t.nodeId === timer.payload.nodeId,
  );
  if (!token) return;
  ctx.emit(s, {
    type: 'timerFired',
    nodeId: token.nodeId,
    detail: { timer: timer.id, dueAt: timer.dueAt },
  });
  await proceed(ctx, s, token, 'fired');
};

/**
 * The idempotency key of one firing of a timer: the same timer due at the same instant always gets
 * the same key, so a firing repeated after a crash between its commit and `completeTimer` (the
 * lease expires and a process fires it again) is refused by the adapter as already applied.
 */
export function timerRequestId(timer: Timer): string {
  return `timer:${timer.id}:${timer.dueAt}`;
}

/**
 * `runtime.tick`: runs extensions' `onTick`, then claims due timers through the adapter (leased to
 * this process, so several processes never fire one twice) and fires each in its own command,
 * with the request id {@link timerRequestId} so a firing is committed once even when repeated.
 * A timer whose command fails stays; its lease expires and a later tick retries it.
 */
export async function tickOnce(core: EngineCore, now: Date): Promise<TickResult> {
  for (const ext of core.extensions) await ext.onTick?.(now, core);
  const handlers: Record<string, TimerHandler> = { timerNode: fireTimerNode };
  for (const ext of core.extensions) Object.assign(handlers, ext.timers ?? {});
  let fired = 0;
  let failed = 0;
  for (;;) {
    const leases = await core.storage.claimDueTimers(
      now,
      core.instanceId,
      core.options.timerLeaseMs ?? TIMER_LEASE_MS,
      BATCH,
    );
    for (const lease of leases) {
      const handler = handlers[lease.timer.kind];
      if (!handler) {
        failed++;
        core.options.onError?.(
          new NotFoundError(
            `Timer "${lease.timer.id}" is of kind "${lease.timer.kind}", which no runtime extension handles; it stays and is retried when its lease expires.`,
          ),
          { timer: lease.timer },
        );
        continue;
      }
      try {
        await core.run(undefined, (ctx) => Promise.resolve(handler(lease.timer, ctx)), {
          now,
          retries: 2,
          requestId: timerRequestId(lease.timer),
        });
        // The command may already have removed the timer (a timer node cancels its own when left).
        await core.storage.completeTimer(lease.timer.id, core.instanceId);
        fired++;
      } catch (error) {
        failed++;
        core.options.onError?.(error, { timer: lease.timer });
      }
    }
    if (leases.length < BATCH) break;
  }
  return { fired, failed };
}
