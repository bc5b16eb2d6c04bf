import type { LocalizedText } from '../definition/definition.types';
import type { ApprovalConfig, ApprovalNode } from '../definition/definition.types';
import { allCandidates, delegateEach, resolveAssignment } from './assignment';
import type { CommandContext, StagedTicket } from './engine.types';
import { closeItem, openItem } from './items';
import type { ApprovalState, Token, WorkItem } from '../model/ticket.types';

export type ApprovalOutcome = 'approved' | 'rejected' | 'pending';

/** Approvals a quorum needs: `min`, else `ratio` of the approvers (rounded up), else a majority. */
export function quorumNeeded(config: ApprovalConfig, approvers: number): number {
  const raw =
    config.min ??
    (config.ratio !== undefined
      ? Math.ceil(config.ratio * approvers - 1e-9)
      : Math.floor(approvers / 2) + 1);
  return Math.max(1, Math.min(approvers, raw));
}

/**
 * The outcome of an approval step so far.
 *
 * - `single` / `any`: the first decision.
 * - `all`: every approver approves; one rejection rejects.
 * - `sequential`: approvers in turn; one rejection rejects.
 * - `quorum`: enough approvals approve; a rejection that makes the quorum unreachable rejects.
 * - Countersigners added with `addApprover` must each approve too; one rejection rejects.
 */
export function approvalOutcome(config: ApprovalConfig, state: ApprovalState): ApprovalOutcome {
  const counters = new Set(state.countersigners ?? []);
  const base = state.decisions.filter((d) => !counters.has(d.user));
  const extra = state.decisions.filter((d) => counters.has(d.user));
  if (extra.some((d) => d.decision === 'rejected')) return 'rejected';
  let outcome: ApprovalOutcome;
  const approvals = base.filter((d) => d.decision === 'approved').length;
  const rejected = base.some((d) => d.decision === 'rejected');
  switch (config.mode) {
    case 'single':
    case 'any':
      outcome = base[0]?.decision ?? 'pending';
      break;
    case 'all':
    case 'sequential':
      outcome = rejected
        ? 'rejected'
        : approvals >= state.approvers.length
          ? 'approved'
          : 'pending';
      break;
    case 'quorum': {
      const needed = quorumNeeded(config, state.approvers.length);
      const undecided = state.approvers.length - base.length;
      outcome =
        approvals >= needed ? 'approved' : approvals + undecided < needed ? 'rejected' : 'pending';
      break;
    }
    default:
      outcome = 'pending';
  }
  if (outcome !== 'approved') return outcome;
  const countersigned = [...counters].every((u) =>
    extra.some((d) => d.user === u && d.decision === 'approved'),
  );
  return countersigned ? 'approved' : 'pending';
}

/** Enters an approval step: records its approvers and opens their work items. */
export async function enterApproval(
  ctx: CommandContext,
  s: StagedTicket,
  node: ApprovalNode<LocalizedText>,
  token: Token,
): Promise<void> {
  const mode = node.approval.mode;
  if (mode === 'single') {
    const who = await resolveAssignment(ctx, s, node);
    s.ticket.approvals[node.id] = {
      approvers: who.assignee ? [who.assignee] : who.candidates,
      decisions: [],
    };
    openItem(ctx, s, node, token, 'approval', who);
    return;
  }
  // Every approver gets an item of their own (the strategy only picks for `single`).
  const resolved = await allCandidates(ctx, s, node);
  const people = await delegateEach(
    ctx,
    resolved.users,
    node.allowRequester ? undefined : s.ticket.requester,
  );
  const state: ApprovalState = { approvers: people.map((p) => p.user), decisions: [] };
  if (mode === 'sequential') state.turn = 0;
  s.ticket.approvals[node.id] = state;
  const group = resolved.group;
  const open = mode === 'sequential' ? people.slice(0, 1) : people;
  for (const p of open) {
    openItem(ctx, s, node, token, 'approval', {
      assignee: p.user,
      candidates: [p.user],
      queue: false,
      ...(p.from ? { delegatedFrom: p.from } : {}),
      ...(group ? { group } : {}),
    });
  }
}

/**
 * Records one approver's decision on their item and returns the step's outcome; opens the next
 * approver's item in a sequential step, and cancels the remaining items once decided.
 */
export async function decide(
  ctx: CommandContext,
  s: StagedTicket,
  node: ApprovalNode<LocalizedText>,
  token: Token,
  item: WorkItem,
  user: string,
  decision: 'approved' | 'rejected',
  comment?: string,
): Promise<ApprovalOutcome> {
  const state = s.ticket.approvals[node.id] ?? { approvers: [user], decisions: [] };
  s.ticket.approvals[node.id] = state;
  state.decisions.push({
    user,
    decision,
    at: ctx.at,
    ...(comment !== undefined ? { comment } : {}),
  });
  closeItem(ctx, s, item, 'done', decision === 'approved' ? 'approve' : 'reject');
  let outcome = approvalOutcome(node.approval, state);
  const counters = new Set(state.countersigners ?? []);
  if (
    outcome === 'pending' &&
    node.approval.mode === 'sequential' &&
    !counters.has(user) &&
    decision === 'approved'
  ) {
    state.turn = (state.turn ?? 0) + 1;
    const next = state.approvers[state.turn];
    if (next !== undefined) {
      openItem(ctx, s, node, token, 'approval', {
        assignee: next,
        candidates: [next],
        queue: false,
      });
    } else {
      outcome = approvalOutcome(node.approval, state);
    }
  }
  if (outcome !== 'pending') {
    for (const w of await ctx.openItems(s))
      if (w.tokenId === token.id) closeItem(ctx, s, w, 'cancelled');
  }
  return outcome;
}

/** Adds a countersigner to an approval step: they get an item and must approve as well. */
export function addCountersigner(
  ctx: CommandContext,
  s: StagedTicket,
  node: ApprovalNode<LocalizedText>,
  token: Token,
  user: string,
): void {
  const state = s.ticket.approvals[node.id] ?? { approvers: [], decisions: [] };
  state.countersigners = [...(state.countersigners ?? []), user];
  s.ticket.approvals[node.id] = state;
  openItem(ctx, s, node, token, 'approval', { assignee: user, candidates: [user], queue: false });
}
