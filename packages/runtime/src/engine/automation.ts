import type { AutomationAction } from '../definition/definition.types';
import { NotFoundError } from '../errors/errors';
import { evaluate } from '../expressions/evaluate';
import { jsonEqual } from '../form/writable';
import { cloneJson } from '../storage/clone';
import type { CommandContext, StagedTicket } from './engine.types';
import { refreshTitle } from './fields';
import { closeItem } from './items';
import type { FieldChange } from '../model/ticket.types';
import { ticketContext } from './requester';
import { own, setOwn } from '../model/own';

/** The priority scale `raisePriority` climbs. */
export const PRIORITY_SCALE = ['low', 'medium', 'high', 'critical'] as const;

function setField(s: StagedTicket, field: string, value: unknown, changes: FieldChange[]): void {
  const from = own(s.ticket.data, field);
  if (jsonEqual(from, value)) return;
  s.ticket.data = { ...s.ticket.data };
  if (value === undefined) delete s.ticket.data[field];
  else setOwn(s.ticket.data, field, value);
  changes.push({ field, from: from ?? null, to: value ?? null });
}

/**
 * Runs automation actions on a ticket, in order, inside the current command:
 *
 * - `set`: a field gets the value of a jsonata expression.
 * - `call`: a host handler from `createRuntime({ handlers })` gets the evaluated `input`; the keys of
 *   the object it returns that are form fields are written to the ticket.
 * - `notify`: a `notified` event (with the resolved users and the message) for `subscribe` listeners.
 * - `assign`: open work items are offered to the given principals instead.
 * - `setPriority` (jsonata) / `raisePriority` (one step up low → medium → high → critical).
 * - `comment`: a comment in the history.
 */
export async function runAutomation(
  ctx: CommandContext,
  s: StagedTicket,
  actions: AutomationAction[],
  nodeId?: string,
): Promise<void> {
  const where = nodeId !== undefined ? { nodeId } : {};
  const limits = { limits: ctx.core.limits };
  for (const action of actions) {
    const changes: FieldChange[] = [];
    switch (action.type) {
      case 'set':
        setField(
          s,
          action.field,
          await evaluate(action.value, await ticketContext(ctx, s, action.value), limits),
          changes,
        );
        break;
      case 'call': {
        const handler = ctx.core.options.handlers?.[action.handler];
        if (!handler) {
          throw new NotFoundError(
            `Automation${nodeId ? ` at step ${s.wf.label(nodeId)}` : ''} of ticket ${s.ticket.number} calls handler "${action.handler}", which the host did not register; pass it in createRuntime({ handlers }).`,
          );
        }
        const input: Record<string, unknown> = {};
        for (const [name, expr] of Object.entries(action.input ?? {})) {
          input[name] = await evaluate(expr, await ticketContext(ctx, s, expr), limits);
        }
        const result = await handler(input, {
          ticket: cloneJson(s.ticket),
          ...where,
          ...(ctx.requestId !== undefined ? { requestId: ctx.requestId } : {}),
        });
        const fields = s.wf.def.form.schema.properties ?? {};
        if (result && typeof result === 'object') {
          for (const [k, v] of Object.entries(result))
            if (k in fields) setField(s, k, cloneJson(v), changes);
        }
        ctx.emit(s, {
          type: 'automation',
          ...where,
          detail: { type: 'call', handler: action.handler },
          ...(changes.length ? { changes } : {}),
        });
        break;
      }
      case 'notify': {
        const to = action.to ? await ctx.core.directory.resolve(action.to) : [s.ticket.requester];
        ctx.emit(s, {
          type: 'notified',
          ...where,
          detail: { to, ...(action.message !== undefined ? { message: action.message } : {}) },
        });
        break;
      }
      case 'assign': {
        const users = await ctx.core.directory.resolve(action.to);
        for (const w of await ctx.openItems(s)) {
          closeItem(ctx, s, w, 'cancelled');
          const moved = {
            ...w,
            id: `${w.id}-r${s.ticket.historySeq ?? 0}`,
            candidates: users,
            state: 'open' as const,
            createdAt: ctx.at,
          };
          if (users.length === 1 && users[0] !== undefined) moved.assignee = users[0];
          else delete moved.assignee;
          ctx.putItem(s, moved);
          ctx.emit(s, {
            type: 'assigned',
            nodeId: w.nodeId,
            detail: {
              workItem: moved.id,
              candidates: users,
              ...(moved.assignee ? { assignee: moved.assignee } : {}),
            },
          });
        }
        break;
      }
      case 'setPriority': {
        const v = await evaluate(action.value, await ticketContext(ctx, s, action.value), limits);
        if (v !== undefined && v !== null && String(v) !== s.ticket.priority) {
          changes.push({ field: 'priority', from: s.ticket.priority ?? null, to: String(v) });
          s.ticket.priority = String(v);
        }
        break;
      }
      case 'raisePriority': {
        const i = PRIORITY_SCALE.indexOf(
          (s.ticket.priority ?? 'low') as (typeof PRIORITY_SCALE)[number],
        );
        const next = PRIORITY_SCALE[Math.min(PRIORITY_SCALE.length - 1, i + 1)];
        if (next && next !== s.ticket.priority) {
          changes.push({ field: 'priority', from: s.ticket.priority ?? null, to: next });
          s.ticket.priority = next;
        }
        break;
      }
      case 'comment':
        ctx.emit(s, {
          type: 'automation',
          ...where,
          comment: action.text,
          detail: { type: 'comment' },
        });
        break;
    }
    if (
      action.type !== 'call' &&
      action.type !== 'notify' &&
      action.type !== 'comment' &&
      action.type !== 'assign' &&
      changes.length
    ) {
      ctx.emit(s, { type: 'fieldsChanged', ...where, changes, detail: { type: action.type } });
    }
    if (changes.length) await refreshTitle(ctx, s);
  }
}
