import { NotFoundError, PermissionError } from '../errors/errors';
import type { CommandContext, StagedTicket } from './engine.types';
import { refreshTitle, writeFields } from './fields';
import { newId } from './ids';
import { nextTicketNumber } from './numbering';
import type { StartTicketInput } from './runtime.types';
import type { Ticket, Token } from '../model/ticket.types';
import type { Tx } from './tx';
import { arrive } from './walk';
import type { CompiledWorkflow } from './workflow';

/** Creates a ticket (number, links, `created` event) in a command, without moving it yet. */
export async function createTicket(
  ctx: CommandContext,
  wf: CompiledWorkflow,
  init: {
    data: Record<string, unknown>;
    requester: string;
    parent?: { ticketId: string; nodeId: string };
  },
): Promise<StagedTicket> {
  const ticket: Ticket = {
    id: newId(),
    number: await nextTicketNumber(ctx.core.storage, wf.def, ctx.now, {
      timeZone: ctx.core.options.timeZone,
      ...ctx.core.options.numbering,
    }),
    workflow: { key: wf.key, version: wf.version },
    status: 'open',
    data: init.data,
    active: [],
    version: 0,
    requester: init.requester,
    createdAt: ctx.at,
    updatedAt: ctx.at,
    children: [],
    sla: [],
    tokens: [],
    approvals: {},
    assignees: [],
    trail: [],
  };
  if (init.parent) ticket.parent = init.parent;
  const s: StagedTicket = { ticket, expectedVersion: null, wf, before: null };
  (ctx as Tx).add(s);
  await refreshTitle(ctx, s);
  ctx.emit(s, {
    type: 'created',
    detail: {
      workflow: wf.key,
      version: wf.version,
      number: ticket.number,
      ...(init.parent ? { parent: init.parent.ticketId } : {}),
    },
  });
  return s;
}

/** Puts a new ticket's token on the start node and runs until it waits for people or ends. */
export async function startWalk(ctx: CommandContext, s: StagedTicket): Promise<void> {
  const token: Token = { id: newId(), nodeId: s.wf.start.id, enteredAt: ctx.at };
  s.ticket.tokens.push(token);
  await arrive(ctx, s, token);
}

/**
 * `runtime.startTicket`: checks who may start the workflow, pre-fills a template, refuses fields the
 * requester may not fill at the start step, validates the form, numbers the ticket, and runs it
 * until it waits at a user step.
 */
export async function startTicketCommand(
  ctx: CommandContext,
  input: StartTicketInput,
): Promise<StagedTicket> {
  const wf = await ctx.core.workflow(input.workflow);
  const allowed = wf.def.permissions?.start;
  if (allowed && !(await ctx.core.directory.matches(input.actor, allowed))) {
    throw new PermissionError(
      `${input.actor} may not start "${wf.text(wf.def.name)}" (${wf.key}): only ${describePrincipals(allowed)} may raise it.`,
    );
  }
  let base: Record<string, unknown> = {};
  if (input.template !== undefined) {
    const template = wf.def.form.templates?.find((t) => t.id === input.template);
    if (!template) {
      const known = (wf.def.form.templates ?? []).map((t) => `"${t.id}"`).join(', ') || 'none';
      throw new NotFoundError(
        `Workflow "${wf.key}" has no template "${input.template}" (templates: ${known}).`,
      );
    }
    base = structuredClone(template.values);
  }
  const s = await createTicket(ctx, wf, { data: base, requester: input.actor });
  for (const w of new Set(input.watchers ?? [])) {
    if (typeof w !== 'string' || !(await ctx.core.directory.getUser(w)))
      throw new NotFoundError(
        `Starting "${wf.text(wf.def.name)}": watcher ${JSON.stringify(w)} is not in the directory.`,
      );
    (s.ticket.watchers ??= []).push(w);
  }
  const changes = await writeFields(
    ctx,
    s,
    wf.start.id,
    input.data ?? {},
    'submit',
    `Starting "${wf.text(wf.def.name)}"`,
  );
  if (changes.length) {
    const created = ctx.eventsOf(s.ticket.id)[0];
    if (created) created.changes = changes;
  }
  await startWalk(ctx, s);
  return s;
}

/** "role employee or group cab" for messages. */
export function describePrincipals(list: Array<Record<string, string>>): string {
  return (
    list
      .map((p) =>
        Object.entries(p)
          .map(([k, v]) => `${k} "${v}"`)
          .join(''),
      )
      .join(' or ') || 'nobody'
  );
}
