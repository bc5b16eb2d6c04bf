import type { TriggerEvent } from '../../definition/definition.types';
import type { CommandContext, EngineCore, StagedTicket } from '../engine.types';
import type { HistoryEvent } from '../../model/ticket.types';
import { ticketContext } from '../requester';
import { evaluateCondition } from '../../expressions/evaluate';
import { durationToMs } from '../../time/duration';

function triggerEvents(events: readonly HistoryEvent[]): Set<TriggerEvent> {
  const kinds = new Set<TriggerEvent>();
  for (const e of events) {
    if (e.type === 'created') kinds.add('created');
    else if (e.type === 'action') kinds.add('action');
    else if (e.type === 'statusChanged') kinds.add('statusChanged');
    else if (e.type === 'entered') kinds.add('nodeEntered');
    if (e.type === 'fieldsChanged' || (e.type !== 'created' && e.changes?.length))
      kinds.add('updated');
  }
  return kinds;
}

/**
 * Before every commit: the definition's triggers whose `on` matches what this command did to the
 * ticket and whose `when` holds run their actions, in order, in the same command. Changes made by
 * triggers do not fire triggers again (no loops).
 */
export async function runTriggers(s: StagedTicket, ctx: CommandContext): Promise<void> {
  const triggers = s.wf.def.triggers;
  if (!triggers?.length) return;
  const kinds = triggerEvents(ctx.eventsOf(s.ticket.id));
  if (!kinds.size) return;
  for (const trigger of triggers) {
    if (!trigger.on.some((k) => kinds.has(k))) continue;
    if (
      trigger.when &&
      !(await evaluateCondition(trigger.when, await ticketContext(ctx, s, trigger.when), {
        limits: ctx.core.limits,
      }))
    ) {
      continue;
    }
    ctx.emit(s, { type: 'automation', detail: { type: 'trigger', trigger: trigger.id } });
    await ctx.runAutomation(s, trigger.actions);
  }
}

const OPEN_STATUSES = ['open', 'pending', 'resolved'] as const;

/**
 * At each tick: every periodic automation whose `every` has passed since its last run (kept in
 * storage state `automation:<workflow>:<id>`, claimed with compare-and-set so one process runs it)
 * selects the workflow's unfinished tickets by its `select` condition and runs its actions on each,
 * one command per ticket. The latest published version's automations apply to all its tickets.
 */
export async function runPeriodicAutomations(now: Date, core: EngineCore): Promise<number> {
  let touched = 0;
  for (const record of await core.storage.listDefinitions()) {
    const def = record.definition;
    for (const [index, automation] of (def.automations ?? []).entries()) {
      const key = `automation:${def.key}:${automation.id}`;
      const every = durationToMs(automation.every, `/automations/${index}/every`);
      const state = await core.storage.getState<{ lastRunAt: string }>(key);
      if (state && now.getTime() - Date.parse(state.value.lastRunAt) < every) continue;
      const claimed = await core.storage.setState(
        key,
        { lastRunAt: now.toISOString() },
        state?.version ?? null,
      );
      if (!claimed) continue;
      let after: string | undefined;
      do {
        const page = await core.storage.queryTickets({
          workflow: [def.key],
          status: [...OPEN_STATUSES],
          limit: 200,
          ...(after ? { after } : {}),
        });
        for (const ticket of page.tickets) {
          const selected = await evaluateCondition(
            automation.select,
            { data: ticket.data, ticket, now },
            { limits: core.limits },
          );
          if (!selected) continue;
          try {
            await core.run(
              undefined,
              async (ctx) => {
                const s = await ctx.load(ticket.id);
                ctx.emit(s, {
                  type: 'automation',
                  detail: { type: 'periodic', automation: automation.id },
                });
                await ctx.runAutomation(s, automation.actions);
              },
              // One run of one automation on one ticket commits once, whoever repeats it.
              { now, requestId: `${key}:${now.toISOString()}:${ticket.id}` },
            );
            touched++;
          } catch (error) {
            core.options.onError?.(error, {});
          }
        }
        after = page.next;
      } while (after);
    }
  }
  return touched;
}
