import type { ActionName, JsonSchema } from '../../definition/definition.types';
import { PermissionError, ValidationError } from '../../errors/errors';
import { validateFormData } from '../../form/validate';
import type { Token } from '../../model/ticket.types';
import { durationToMs } from '../../time/duration';
import type { StagedTicket } from '../engine.types';
import { newId } from '../ids';
import { notAvailable } from '../permissions';
import { arrive, setStatus } from '../walk';
import type { ActionHandler } from './action.types';
import { recordAction } from './common';

/** The survey a workflow without a form of its own asks: a rating from 1 to 5. */
export const RATING_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['rating'],
  properties: { rating: { type: 'integer', minimum: 1, maximum: 5, title: 'Rating' } },
};

const until = (s: StagedTicket, after: string | undefined, path: string) =>
  after === undefined
    ? Infinity
    : Date.parse(s.ticket.resolvedAt ?? '') + durationToMs(after, path);

/**
 * Why `reopen` or `rate` is refused to this actor now (undefined: allowed). Both are the
 * requester's, on a ticket that was resolved: `reopen` while `resolved` within `reopen.within`,
 * `rate` once while `resolved` or `closed` after it, before `survey.after`.
 */
export function lifecycleRefusal(
  s: StagedTicket,
  action: ActionName,
  actor: string,
  now: Date,
): string | undefined {
  const { reopen, survey } = s.wf.def;
  const t = s.ticket;
  if (action === 'reopen' ? !reopen : !survey)
    return `workflow "${s.wf.key}" has no ${action === 'reopen' ? 'reopen' : 'survey'} setting`;
  if (actor !== t.requester) return `only the requester (${t.requester}) may ${action} it`;
  if (action === 'reopen') {
    if (t.status !== 'resolved') return `it is ${t.status}`;
    if (now.getTime() > until(s, reopen!.within, '/reopen/within'))
      return `it was resolved more than ${reopen!.within} ago`;
    return undefined;
  }
  if (!t.resolvedAt || (t.status !== 'resolved' && t.status !== 'closed'))
    return 'it was not resolved';
  if (t.satisfaction) return 'it was rated already';
  if (now.getTime() >= until(s, survey!.after, '/survey/after')) return 'the survey has expired';
  return undefined;
}

function check(s: StagedTicket, action: ActionName, actor: string, now: Date): void {
  const why = lifecycleRefusal(s, action, actor, now);
  if (why === undefined) return;
  if (why.startsWith('only'))
    throw new PermissionError(`${actor} may not ${action} ticket ${s.ticket.number}: ${why}.`);
  throw notAvailable(s, action, why);
}

/**
 * `reopen`: the requester sends a resolved ticket back to `reopen.to`; `reopenCount` grows, and
 * the resolution clock resumes or (`sla: 'restart'`) restarts. The target step's `requireReason`
 * decides whether a reason is needed.
 */
export const reopen: ActionHandler = async (ctx, s, input) => {
  check(s, 'reopen', input.actor, ctx.now);
  const { to, sla = 'resume' } = s.wf.def.reopen!;
  recordAction(ctx, s, input, { nodeId: s.wf.node(to).id, detail: { to, sla } });
  s.ticket.reopenCount = (s.ticket.reopenCount ?? 0) + 1;
  delete s.ticket.resolvedAt;
  setStatus(ctx, s, 'open', sla === 'restart' ? { restart: true } : undefined);
  const token: Token = { id: newId(), nodeId: to, enteredAt: ctx.at };
  s.ticket.tokens = [token];
  await arrive(ctx, s, token, { rework: true });
};

/**
 * `rate`: the requester answers the survey once: `data` is checked against `survey.form` (a
 * `rating` from 1 to 5 by default) and kept as `ticket.satisfaction` with the comment, the time,
 * and the agent and group who worked the ticket last.
 */
export const rate: ActionHandler = async (ctx, s, input) => {
  check(s, 'rate', input.actor, ctx.now);
  const schema = s.wf.def.survey!.form ?? RATING_SCHEMA;
  const data = input.data ?? {};
  const required = schema.required ?? [];
  const fields = Object.fromEntries(
    Object.keys(schema.properties ?? {}).map((k) => [
      k,
      {
        visible: true,
        required: required.includes(k),
        readonly: false,
        permission: 'edit' as const,
      },
    ]),
  );
  const issues = validateFormData(
    { schema },
    data,
    { fields, values: data },
    {
      ...(ctx.core.options.validator ? { validator: ctx.core.options.validator } : {}),
    },
  );
  if (issues.length)
    throw new ValidationError(
      `The survey answer on ticket ${s.ticket.number} has problems: ${issues.map((i) => i.message).join(' ')}`,
      issues,
    );
  // The agent: who acted last at a step, other than the requester.
  const agent = (await ctx.core.storage.history(s.ticket.id))
    .filter((e) => e.type === 'action' && e.nodeId && e.actor !== s.ticket.requester)
    .at(-1)?.actor;
  const rating = data.rating;
  s.ticket.satisfaction = {
    ...(typeof rating === 'number' ? { rating } : {}),
    ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
    ...(s.wf.def.survey!.form ? { answers: data } : {}),
    at: ctx.at,
    ...(agent ? { agent } : {}),
    ...(s.ticket.group ? { group: s.ticket.group } : {}),
  };
  recordAction(ctx, s, input, { detail: { satisfaction: s.ticket.satisfaction } });
};
