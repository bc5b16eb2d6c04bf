import type {
  LocalizedText,
  NodeDefinition,
  SlaPolicy,
  TicketStatus,
} from '../definition/definition.types';
import type { CalendarSpec } from './calendar.types';
import type { HistoryEvent, SlaClock } from '../model/ticket.types';
import type { CalendarRegistry } from './calendar';

/** The ticket as it stood right after one history event, rebuilt from the history alone. */
export interface SlaSnapshot {
  /** Position of the event in the (seq-ordered) history. */
  index: number;
  event: HistoryEvent;
  /** The event's time in epoch milliseconds. */
  at: number;
  status: TicketStatus;
  data: Record<string, unknown>;
  /** The ticket's priority (set by `setPriority` / `raisePriority` automations). */
  priority?: string;
  requester?: string;
  /** Node ids entered and not yet left. */
  active: string[];
}

/** Which condition of a policy is being evaluated. */
export type SlaConditionKind = 'when' | 'start' | 'pause' | 'stop' | 'cancel';

/**
 * Decides a policy's jsonata condition on a snapshot, synchronously. {@link computeSlaClocksAsync}
 * builds one from jsonata results; hosts may pass their own (e.g. conditions already evaluated).
 */
export type SlaConditionEvaluator = (
  expression: string,
  snapshot: SlaSnapshot,
  kind: SlaConditionKind,
  policy: SlaPolicy<LocalizedText>,
) => boolean;

/** Input of {@link computeSlaClocks}: everything the clocks depend on, nothing else. */
export interface SlaComputeInput {
  /** The ticket's history events (any order; sorted by `seq`). */
  history: readonly HistoryEvent[];
  /** The definition's SLA policies, in order (the first whose `when` holds applies). */
  policies?: readonly SlaPolicy<LocalizedText>[];
  /** The definition's nodes; those with an `ola` get one clock per visit. */
  nodes?: ReadonlyArray<Pick<NodeDefinition<LocalizedText>, 'id' | 'ola'>>;
  /** Named calendars; `24x7` is always available. */
  calendars?: CalendarRegistry | Record<string, CalendarSpec>;
  /** The moment the state is computed for. */
  now: Date | number;
  /** The requester (whose own actions never count as a response); the `created` event's actor by default. */
  requester?: string;
  /** The ticket's data now: values the history does not carry (template values) are recovered from it. */
  data?: Record<string, unknown>;
  /** The ticket's priority now. */
  priority?: string;
  /** Decides `when`/`start`/`pause`/`stop`/`cancel` expressions; required when a policy has one. */
  evaluate?: SlaConditionEvaluator;
}

/** One clock with everything a UI or a timer needs. Assignable to the ticket's {@link SlaClock}. */
export interface SlaClockState extends SlaClock {
  elapsedMs: number;
  remainingMs: number;
  percent: number;
  /** The target in working milliseconds. */
  targetMs: number;
  /** The calendar the clock counts in. */
  calendar: string;
  startedAt: string;
  /** When the clock stopped (met, or resolved late). */
  stoppedAt?: string;
  /** When the target was passed, if it was. */
  breachedAt?: string;
}

/** An instant at which a clock will pass a warning threshold or breach, for scheduling timers. */
export interface SlaUpcoming {
  policy: string;
  target: SlaClock['target'];
  nodeId?: string;
  kind: 'warning' | 'breach';
  /** Warning threshold in percent. */
  threshold?: number;
  at: string;
}

/** The result of {@link computeSlaClocks}. */
export interface SlaComputation {
  /** The SLA policy that applies now, `null` when none matches. */
  policy: string | null;
  /**
   * Started clocks: SLA targets of the applying policy (and met, breached or cancelled ones of
   * earlier policies), then OLAs. Cancelled clocks stay here with state `cancelled` and `cancelledAt`.
   */
  clocks: SlaClockState[];
  /** Clocks stopped by the cancel condition (default: the ticket was cancelled). */
  cancelled: Array<{ policy: string; target: SlaClock['target']; nodeId?: string; at: string }>;
  /** Future warnings and breaches of running clocks, earliest first. */
  upcoming: SlaUpcoming[];
}
