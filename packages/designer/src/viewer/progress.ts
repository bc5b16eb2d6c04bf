import type { HistoryEvent, SlaClock, Ticket, WorkflowDefinition } from '@deskkit/runtime';

/** One thing that happened at a step: an action (with its outcome) or the step being left. */
export interface StepRecord {
  at: string;
  actor?: string;
  action?: string;
  outcome?: string;
  comment?: string;
}

/** What the viewer draws: per node its state and records, the edges taken, the clocks. */
export interface TicketProgress {
  /** Node ids the ticket has passed through (done), in first-visit order. */
  visited: string[];
  /** Node ids in progress now. */
  current: string[];
  /** Edge ids the ticket went along. */
  taken: Set<string>;
  /** Per node id: what happened there, oldest first. */
  records: Map<string, StepRecord[]>;
  /** Per node id: when the ticket first entered it. */
  enteredAt: Map<string, string>;
  /** OLA clocks by node id; SLA clocks of the ticket. */
  ola: Map<string, SlaClock>;
  sla: SlaClock[];
}

function edgeFromDetail(e: HistoryEvent): string | undefined {
  const d = e.detail;
  const v = d?.edgeId ?? d?.edge;
  return typeof v === 'string' ? v : undefined;
}

/**
 * Reads a ticket's history against its definition: which steps were done, which are in progress,
 * which connections were taken (the event's `detail.edgeId` when the engine records it; otherwise
 * the edge from the step most recently left into the step entered), and who did what when.
 *
 * @example
 * ```ts
 * const progress = deriveProgress(definition, ticket, await runtime.history(ticket.id));
 * progress.current; // ['review']
 * ```
 */
export function deriveProgress(
  def: WorkflowDefinition,
  ticket: Pick<Ticket, 'active' | 'sla'> | undefined,
  history: readonly HistoryEvent[],
): TicketProgress {
  const events = [...history].sort((a, b) => a.seq - b.seq);
  const current = [...(ticket?.active ?? [])];
  const visited: string[] = [];
  const seen = new Set<string>();
  const taken = new Set<string>();
  const records = new Map<string, StepRecord[]>();
  const enteredAt = new Map<string, string>();
  const edgesTo = new Map<string, typeof def.edges>();
  for (const e of def.edges) {
    const list = edgesTo.get(e.to) ?? [];
    list.push(e);
    edgesTo.set(e.to, list);
  }
  // Most recent time each node was left (or entered, for steps that pass straight through).
  const lastSeen = new Map<string, number>();
  const push = (nodeId: string, r: StepRecord) => {
    const list = records.get(nodeId) ?? [];
    list.push(r);
    records.set(nodeId, list);
  };
  for (const ev of events) {
    const node = ev.nodeId;
    if (!node) continue;
    if (ev.type === 'entered') {
      if (!seen.has(node)) {
        seen.add(node);
        visited.push(node);
        enteredAt.set(node, ev.at);
      }
      const explicit = edgeFromDetail(ev);
      if (explicit) taken.add(explicit);
      else {
        let best: { id: string; at: number } | null = null;
        for (const edge of edgesTo.get(node) ?? []) {
          const at = lastSeen.get(edge.from);
          if (at !== undefined && (!best || at > best.at)) best = { id: edge.id, at };
        }
        if (best) taken.add(best.id);
      }
      lastSeen.set(node, ev.seq);
    } else if (ev.type === 'left') {
      lastSeen.set(node, ev.seq);
      // The step's outcome, unless the last action there already said it (the deciding vote).
      const last = records.get(node)?.at(-1);
      if (ev.outcome && last?.outcome !== ev.outcome) {
        push(node, { at: ev.at, actor: ev.actor, outcome: ev.outcome });
      }
    } else if (ev.type === 'action') {
      push(node, {
        at: ev.at,
        actor: ev.actor,
        action: ev.action,
        outcome: ev.outcome,
        comment: ev.comment,
      });
    } else if (ev.type === 'created' && !seen.has(node)) {
      seen.add(node);
      visited.push(node);
      enteredAt.set(node, ev.at);
      lastSeen.set(node, ev.seq);
    }
  }
  const ola = new Map<string, SlaClock>();
  const sla: SlaClock[] = [];
  for (const clock of ticket?.sla ?? []) {
    if (clock.target === 'ola' && clock.nodeId) ola.set(clock.nodeId, clock);
    else sla.push(clock);
  }
  return { visited, current, taken, records, enteredAt, ola, sla };
}
