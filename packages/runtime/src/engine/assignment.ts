import type { LocalizedText } from '../definition/definition.types';
import type { Assignment, NodeDefinition, Principal } from '../definition/definition.types';
import { ValidationError } from '../errors/errors';
import type { CommandContext, StagedTicket } from './engine.types';
import { own } from '../model/own';

/** Who gets the work of one step. */
export interface AssignmentResult {
  /** The user who holds it (absent: the candidates see it in a shared queue). */
  assignee?: string;
  /** Everyone who may act on it (or claim it). */
  candidates: string[];
  /** `claim`: candidates must claim before acting. */
  queue: boolean;
  /** The assignee's original user when out-of-office rules delegated it. */
  delegatedFrom?: string;
  /**
   * Without an assignee (a queue, or several users who may each act): the candidates out-of-office
   * rules replaced, as `{ delegate: absent user }`.
   */
  delegations?: Record<string, string>;
  /** The first group the assignment names (for dashboards). */
  group?: string;
}

function firstGroup(to: Principal[] | undefined): string | undefined {
  for (const p of to ?? []) if ('group' in p) return p.group;
  return undefined;
}

/** The assignment of a node; a task without one is assigned to the requester. */
export function assignmentOf(node: NodeDefinition<LocalizedText>): Assignment | undefined {
  return node.type === 'task' || node.type === 'approval' ? node.assign : undefined;
}

export async function candidatesOf(
  ctx: CommandContext,
  s: StagedTicket,
  a: Assignment | undefined,
): Promise<string[]> {
  if (!a) return [s.ticket.requester];
  switch (a.strategy) {
    case 'field': {
      const field = a.field ?? '';
      const value = own(s.ticket.data, field);
      const users = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === 'string' && v !== '',
      );
      if (!users.length) {
        throw new ValidationError(
          `Ticket ${s.ticket.number} cannot be assigned: field "${field}" names no user; fill it in first.`,
          [
            {
              path: `/data/${field}`,
              code: 'ASSIGNEE_MISSING',
              severity: 'error',
              message: `"${field}" must name a user.`,
            },
          ],
        );
      }
      return users;
    }
    case 'onCall':
      return ctx.core.directory.onCall(a.rota ?? '', ctx.now);
    default:
      return ctx.core.directory.resolve(a.to ?? []);
  }
}

async function pick(
  ctx: CommandContext,
  s: StagedTicket,
  nodeId: string,
  a: Assignment | undefined,
  users: string[],
): Promise<string | undefined> {
  if (!a) return users[0];
  switch (a.strategy) {
    case 'claim':
      return undefined;
    case 'roundRobin': {
      // The cursor lives in storage, so turns survive restarts and are shared by every process.
      const n = await ctx.core.storage.nextSequence(`roundRobin:${s.wf.key}:${nodeId}`);
      return users[(n - 1) % users.length];
    }
    case 'leastLoaded': {
      const load = await ctx.core.storage.countOpenWorkItems(users);
      let best: string | undefined;
      for (const u of users) if (best === undefined || (load[u] ?? 0) < (load[best] ?? 0)) best = u;
      return best;
    }
    case 'fixed':
      return users.length === 1 ? users[0] : undefined;
    default:
      return users[0];
  }
}

/** Every candidate of a step, for approval modes where each approver gets an item. */
export async function allCandidates(
  ctx: CommandContext,
  s: StagedTicket,
  node: NodeDefinition<LocalizedText>,
): Promise<{ users: string[]; group?: string }> {
  const a = assignmentOf(node);
  const users = await separated(ctx, s, node, await candidatesOf(ctx, s, a));
  const group = firstGroup(a?.to);
  return group ? { users, group } : { users };
}

/** Whether separation of duties keeps the requester away from this step's work. */
export function separates(node: NodeDefinition<LocalizedText>): boolean {
  return node.type === 'approval' && !node.allowRequester;
}

/**
 * An approval's candidates without the requester (separation of duties), else its declared
 * `approval.fallback`; refuses (`NO_ASSIGNEE`) when nobody remains, so no step waits for no one.
 */
async function separated(
  ctx: CommandContext,
  s: StagedTicket,
  node: NodeDefinition<LocalizedText>,
  users: string[],
): Promise<string[]> {
  if (!separates(node) || node.type !== 'approval') return noOneCheck(s, node, users);
  const others = (list: string[]) => list.filter((u) => u !== s.ticket.requester);
  let out = others(users);
  if (!out.length && node.approval.fallback)
    out = others(await ctx.core.directory.resolve(node.approval.fallback));
  return noOneCheck(s, node, out, users.length > 0);
}

function noOneCheck(
  s: StagedTicket,
  node: NodeDefinition<LocalizedText>,
  users: string[],
  onlyRequester = false,
): string[] {
  if (users.length) return users;
  const a = assignmentOf(node);
  throw new ValidationError(
    `Step ${s.wf.label(node.id)} of ticket ${s.ticket.number} has nobody to assign: ${
      onlyRequester
        ? `its only candidate is the requester, ${s.ticket.requester}, who may not approve their own ticket; declare approval.fallback (or allowRequester)`
        : a?.strategy === 'onCall'
          ? `rota "${a.rota}" has nobody on call`
          : 'its assignment resolves to no user'
    }. Fix the assignment or the directory.`,
    [
      {
        path: `${s.wf.pointer(node.id)}/assign`,
        code: 'NO_ASSIGNEE',
        severity: 'error',
        message: 'Nobody to assign.',
        nodeId: node.id,
      },
    ],
  );
}

/**
 * Resolves who gets a step's work: candidates from the strategy and the directory, then the
 * assignee, then out-of-office delegation: new work for a user with an active rule goes to the
 * delegate, who is recorded with `delegatedFrom`; without a single assignee (a `claim` queue,
 * several fixed users) each absent candidate is replaced by their delegate (`delegations`).
 *
 * - `claim`: no assignee; candidates claim from a shared queue.
 * - `fixed`: the one user named, or every candidate may act when it names several.
 * - `roundRobin`: candidates in turn (cursor in `storage.nextSequence`).
 * - `leastLoaded`: the candidate holding the fewest open work items (ties: first listed).
 * - `field`: the user in a form field. `onCall`: who the directory says is on call now.
 * - No assignment (a task): the requester.
 */
export async function resolveAssignment(
  ctx: CommandContext,
  s: StagedTicket,
  node: NodeDefinition<LocalizedText>,
): Promise<AssignmentResult> {
  const a = assignmentOf(node);
  const users = await separated(ctx, s, node, await candidatesOf(ctx, s, a));
  const result: AssignmentResult = { candidates: users, queue: a?.strategy === 'claim' };
  const group = firstGroup(a?.to);
  if (group) result.group = group;
  const assignee = await pick(ctx, s, node.id, a, users);
  const not = separates(node) ? s.ticket.requester : undefined;
  if (assignee !== undefined) {
    const delegate = await ctx.core.directory.delegateOf(assignee, ctx.now);
    if (delegate && delegate !== not) {
      result.assignee = delegate;
      result.delegatedFrom = assignee;
      result.candidates = [delegate, ...users.filter((u) => u !== delegate && u !== assignee)];
    } else {
      result.assignee = assignee;
    }
  } else {
    const delegated = await delegateEach(ctx, users, not);
    if (delegated.some((d) => d.from !== undefined)) {
      result.candidates = delegated.map((d) => d.user);
      result.delegations = Object.fromEntries(
        delegated.flatMap((d) => (d.from !== undefined ? [[d.user, d.from]] : [])),
      );
    }
  }
  return result;
}

/** Applies out-of-office delegation to each of a list of users (approvers), keeping order. */
export async function delegateEach(
  ctx: CommandContext,
  users: string[],
  not?: string,
): Promise<Array<{ user: string; from?: string }>> {
  const out: Array<{ user: string; from?: string }> = [];
  const seen = new Set<string>();
  for (const u of users) {
    let d = await ctx.core.directory.delegateOf(u, ctx.now);
    // Out-of-office never hands an approval to the requester (separation of duties).
    if (d === not) d = null;
    const user = d ?? u;
    if (seen.has(user)) continue;
    seen.add(user);
    out.push(d ? { user, from: u } : { user });
  }
  return out;
}
