import { ConflictError, NotFoundError, ValidationError } from '../../errors/errors';
import type { Issue, IssueParams } from '../../errors/errors';
import type { Ticket } from '../../model/ticket.types';
import type { CommandContext, EngineCore } from '../engine.types';
import { assertMayPublish } from '../publish';
import { nodeNamesOf } from '../items';
import type { CompiledWorkflow } from '../workflow';
import { formatMessage } from '../../i18n/message';
import type {
  TicketMigrationBlock,
  TicketMigrationInput,
  TicketMigrationReport,
  TicketMigrationResult,
} from './versions.types';

/** Most tickets one call moves when the caller names none. */
const MAX_TICKETS = 1000;
const RUNNING = new Set(['open', 'pending']);

const edgeOf = (wf: CompiledWorkflow, id: string) => wf.def.edges.find((e) => e.id === id);

/** The mapping names steps of `from` and steps of `to`, or it is a `ValidationError` by path. */
function checkMapping(
  mapping: Record<string, string>,
  from: CompiledWorkflow,
  to: CompiledWorkflow,
): void {
  const issues: Issue[] = [];
  for (const [source, target] of Object.entries(mapping)) {
    const path = `/mapping/${source.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!from.nodes.has(source))
      issues.push({
        path,
        code: 'UNKNOWN_NODE',
        severity: 'error',
        message: `Version ${from.version} has no step "${source}".`,
      });
    else if (typeof target !== 'string' || !to.nodes.has(target))
      issues.push({
        path,
        code: 'UNKNOWN_NODE',
        severity: 'error',
        message: `Version ${to.version} has no step "${String(target)}".`,
      });
  }
  if (issues.length)
    throw new ValidationError(`The step mapping is wrong: ${issues[0]!.message}`, issues);
}

/**
 * Why a ticket cannot move, in English (ICU, by code): the block's `message`, for logs. A screen
 * words it in its own language from the block's `code` and `params`.
 */
const REASONS: Record<TicketMigrationBlock['code'], string> = {
  NOT_FOUND: 'Ticket "{ticket}" does not exist.',
  NOT_RUNNING: 'It is {status}: only running tickets move.',
  OTHER_VERSION: 'It runs on {workflow} version {version}, not version {from}.',
  NODE_UNMAPPED: 'Step "{step}" is not in version {to}; map it to a step of that version.',
  NODE_TYPE_CHANGED:
    'Step "{step}" is of type {type} and "{target}" of type {targetType}; map it to a step of type {type}.',
  JOIN_WAITING:
    'A branch waits at the join "{step}" by an arrow version {to} does not have; finish the parallel branches first.',
  SUBWORKFLOW_RENAMED:
    'Sub-workflow step "{step}" waits for its child tickets under its own id; keep the id in version {to}.',
  CONFLICT: 'It changed while moving; try again.',
};

function blocked(
  b: Omit<TicketMigrationBlock, 'message'> & { params: IssueParams },
  detail = '',
): TicketMigrationBlock {
  const english = formatMessage('en', REASONS[b.code], b.params);
  return { ...b, message: detail ? `${english} ${detail}` : english };
}

/** Where each active step of a ticket goes, and why it cannot move if it cannot. */
export function planMove(
  ticket: Ticket,
  from: CompiledWorkflow,
  to: CompiledWorkflow,
  mapping: Record<string, string>,
): TicketMigrationResult {
  const nodes: Record<string, string> = {};
  const reasons: TicketMigrationBlock[] = [];
  const base = { ticketId: ticket.id, number: ticket.number };
  if (ticket.workflow.key !== from.def.key || ticket.workflow.version !== from.version)
    reasons.push(
      blocked({
        code: 'OTHER_VERSION',
        params: {
          workflow: ticket.workflow.key,
          version: ticket.workflow.version,
          from: from.version,
        },
      }),
    );
  else if (!RUNNING.has(ticket.status))
    reasons.push(
      blocked({
        code: 'NOT_RUNNING',
        params: { status: ticket.status },
      }),
    );
  else {
    for (const token of ticket.tokens) {
      const source = from.nodes.get(token.nodeId);
      const targetId =
        mapping[token.nodeId] ?? (to.nodes.has(token.nodeId) ? token.nodeId : undefined);
      const nodeId = token.nodeId;
      const step = source?.name !== undefined ? from.text(source.name) : nodeId;
      if (!targetId) {
        reasons.push(
          blocked({
            code: 'NODE_UNMAPPED',
            nodeId,
            params: { step, to: to.version },
          }),
        );
        continue;
      }
      const target = to.nodes.get(targetId)!;
      if (source && source.type !== target.type) {
        reasons.push(
          blocked({
            code: 'NODE_TYPE_CHANGED',
            nodeId,
            params: {
              step,
              type: source.type,
              target: target.name !== undefined ? to.text(target.name) : targetId,
              targetType: target.type,
            },
          }),
        );
        continue;
      }
      if (source?.type === 'parallel' && (from.incoming.get(nodeId)?.length ?? 0) > 1) {
        const via = token.via !== undefined ? edgeOf(to, token.via) : undefined;
        if (!via || via.to !== targetId) {
          reasons.push(
            blocked({
              code: 'JOIN_WAITING',
              nodeId,
              params: { step, to: to.version },
            }),
          );
          continue;
        }
      }
      if (source?.type === 'subworkflow' && targetId !== nodeId) {
        reasons.push(
          blocked({
            code: 'SUBWORKFLOW_RENAMED',
            nodeId,
            params: { step, to: to.version },
          }),
        );
        continue;
      }
      nodes[nodeId] = targetId;
    }
  }
  return { ...base, outcome: reasons.length ? 'blocked' : 'moved', nodes, reasons };
}

/** Moves one staged ticket onto `to`: steps, work items, approvals, timers; SLA follows at commit. */
async function applyMove(
  ctx: CommandContext,
  ticketId: string,
  from: CompiledWorkflow,
  to: CompiledWorkflow,
  mapping: Record<string, string>,
): Promise<TicketMigrationResult> {
  const s = await ctx.load(ticketId);
  const plan = planMove(s.ticket, from, to, mapping);
  if (plan.outcome === 'blocked') return plan;
  const map = (id: string) => plan.nodes[id] ?? mapping[id] ?? id;
  const t = s.ticket;
  for (const token of t.tokens) {
    token.nodeId = map(token.nodeId);
    if (token.via !== undefined && edgeOf(to, token.via)?.to !== token.nodeId) delete token.via;
  }
  for (const w of await ctx.openItems(s)) {
    const node = to.nodes.get(map(w.nodeId));
    if (!node) continue;
    const next = { ...w, nodeId: node.id };
    delete next.nodeName;
    delete next.nodeNames;
    Object.assign(next, nodeNamesOf(to, node));
    ctx.putItem(s, next);
  }
  t.approvals = Object.fromEntries(Object.entries(t.approvals).map(([k, v]) => [map(k), v]));
  t.trail = t.trail.map(map).filter((id) => to.nodes.has(id));
  for (const timer of await ctx.core.storage.listTimers(t.id)) {
    const nodeId = timer.payload.nodeId;
    if (timer.kind === 'timerNode' && typeof nodeId === 'string' && map(nodeId) !== nodeId)
      ctx.scheduleTimer({ ...timer, payload: { ...timer.payload, nodeId: map(nodeId) } });
  }
  t.workflow = { key: to.def.key, version: to.version };
  s.wf = to;
  ctx.emit(s, {
    type: 'migrated',
    ...(ctx.actor !== undefined ? { actor: ctx.actor } : {}),
    detail: { from: from.version, to: to.version, nodes: plan.nodes },
  });
  return plan;
}

async function runningTickets(core: EngineCore, key: string, version: number): Promise<string[]> {
  const ids: string[] = [];
  let after: string | undefined;
  do {
    const page = await core.storage.queryTickets({
      workflow: [key],
      status: ['open', 'pending'],
      limit: 200,
      ...(after ? { after } : {}),
    });
    for (const t of page.tickets) if (t.workflow.version === version) ids.push(t.id);
    after = page.next;
  } while (after && ids.length < MAX_TICKETS);
  return ids.slice(0, MAX_TICKETS);
}

/**
 * `runtime.migrateTickets`: moves running tickets from one version of a workflow to another, each
 * in its own atomic command (a `migrated` history event, SLA clocks recomputed on the new
 * version's policies). A dry run answers the same report without writing.
 */
export async function migrateTickets(
  core: EngineCore,
  input: TicketMigrationInput,
): Promise<TicketMigrationReport> {
  const { workflow, actor, dryRun = false } = input;
  await assertMayPublish(core, actor, workflow);
  const mapping = input.mapping ?? {};
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping))
    throw new ValidationError('Give the step mapping as an object of step ids.', [
      { path: '/mapping', code: 'INVALID_TYPE', severity: 'error', message: 'Expected an object.' },
    ]);
  const from = await core.workflow(workflow, input.from);
  const to = await core.workflow(workflow, input.to);
  if (to.version === from.version)
    throw new ValidationError(`Tickets on version ${from.version} are on it already.`, [
      { path: '/to', code: 'SAME_VERSION', severity: 'error', message: 'Choose another version.' },
    ]);
  checkMapping(mapping, from, to);
  const ids = input.tickets ?? (await runningTickets(core, workflow, from.version));
  const results: TicketMigrationResult[] = [];
  for (const ticketId of ids) {
    const ticket = typeof ticketId === 'string' ? await core.storage.getTicket(ticketId) : null;
    if (!ticket) {
      results.push({
        ticketId: String(ticketId),
        outcome: 'blocked',
        nodes: {},
        reasons: [blocked({ code: 'NOT_FOUND', params: { ticket: String(ticketId) } })],
      });
      continue;
    }
    if (dryRun) {
      results.push(planMove(ticket, from, to, mapping));
      continue;
    }
    try {
      const res = await core.run(actor, (ctx) => applyMove(ctx, ticketId, from, to, mapping));
      results.push(res.value);
    } catch (e) {
      if (!(e instanceof ConflictError) && !(e instanceof NotFoundError)) throw e;
      results.push({
        ticketId,
        number: ticket.number,
        outcome: 'blocked',
        nodes: {},
        reasons: [blocked({ code: 'CONFLICT', params: {} }, e.message)],
      });
    }
  }
  return { workflow, from: from.version, to: to.version, dryRun, tickets: results };
}
