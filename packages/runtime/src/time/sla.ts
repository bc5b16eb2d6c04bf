import type {
  LocalizedText,
  SlaPolicy,
  SlaTarget,
  TicketStatus,
} from '../definition/definition.types';
import type { CalendarSpec } from './calendar.types';
import { ExpressionError } from '../errors/errors';
import { evaluateCondition } from '../expressions';
import type { ExpressionContext, ExpressionLimits } from '../expressions';
import { createCalendarRegistry, type CalendarRegistry } from './calendar';
import { durationToMs } from './duration';
import { ReplayClock, type ClockRules, type Decide } from './sla-clock';
import type {
  SlaComputation,
  SlaComputeInput,
  SlaConditionKind,
  SlaSnapshot,
  SlaUpcoming,
} from './sla.types';
import { isoString } from './iso';
import { replaySnapshots } from './snapshots';
import { timeInputError } from './time.errors';

const TARGETS: readonly SlaTarget[] = ['response', 'resolution'];
/** Statuses that end the resolution clock (and the response clock, when nobody answered before). */
const DONE = new Set<TicketStatus>(['resolved', 'closed', 'rejected']);

const registries = new WeakMap<object, CalendarRegistry>();
function registryOf(calendars: SlaComputeInput['calendars']): CalendarRegistry {
  if (!calendars) return createCalendarRegistry();
  if (
    typeof (calendars as CalendarRegistry).get === 'function' &&
    typeof (calendars as CalendarRegistry).names === 'function'
  ) {
    return calendars as CalendarRegistry;
  }
  let registry = registries.get(calendars);
  if (!registry) {
    registry = createCalendarRegistry(calendars as Record<string, CalendarSpec>);
    registries.set(calendars, registry);
  }
  return registry;
}

const byInstant = (a: SlaUpcoming, b: SlaUpcoming) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0);

/** The first agent answer: an action by someone other than the requester (system events do not count). */
function isAgentAction(snapshot: SlaSnapshot): boolean {
  const { event } = snapshot;
  return event.type === 'action' && !!event.actor && event.actor !== snapshot.requester;
}

function sortedThresholds(list: readonly number[] | undefined, path: string): number[] {
  return [...(list ?? [])]
    .map((w, i) => {
      if (typeof w !== 'number' || !(w > 0 && w < 100)) {
        throw timeInputError(
          `${path}/${i}`,
          'sla.warnAt',
          `A warning threshold is a percentage between 0 and 100 (exclusive), got ${String(w)}`,
        );
      }
      return w;
    })
    .sort((a, b) => a - b);
}

interface Context {
  calendars: CalendarRegistry;
  decide: Decide;
}

function missingEvaluator(
  expr: string,
  _s: SlaSnapshot,
  kind: SlaConditionKind,
  policy: SlaPolicy<LocalizedText>,
): boolean {
  throw new ExpressionError(
    `SLA policy "${policy.id}" has a "${kind}" condition: use computeSlaClocksAsync, or pass an evaluate function to computeSlaClocks`,
    expr,
  );
}

/** A policy's parsed targets, thresholds and rules, made once per policy object. */
interface CompiledPolicy {
  targetMs: Partial<Record<SlaTarget, number>>;
  warnAt: number[];
  rules: Record<SlaTarget, ClockRules>;
}

const agentOrDone = (s: SlaSnapshot) => isAgentAction(s) || DONE.has(s.status);
const isDone = (s: SlaSnapshot) => DONE.has(s.status);
const isPending = (s: SlaSnapshot) => s.status === 'pending';
const isCancelled = (s: SlaSnapshot) => s.status === 'cancelled';
const always = () => true;

const compiledPolicies = new WeakMap<SlaPolicy<LocalizedText>, CompiledPolicy>();

function compilePolicy(policy: SlaPolicy<LocalizedText>, index: number): CompiledPolicy {
  let hit = compiledPolicies.get(policy);
  if (hit) return hit;
  const path = `/sla/${index}`;
  const targetMs: CompiledPolicy['targetMs'] = {};
  for (const target of TARGETS) {
    const text = policy.targets?.[target];
    if (text !== undefined) targetMs[target] = durationToMs(text, `${path}/targets/${target}`);
  }
  const test = (
    kind: 'start' | 'pause' | 'stop' | 'cancel',
    fallback: (s: SlaSnapshot) => boolean,
  ) => {
    const expr = policy[kind];
    return expr ? (s: SlaSnapshot, decide: Decide) => decide(expr, s, kind, policy) : fallback;
  };
  const common = {
    start: test('start', always),
    pause: test('pause', isPending),
    cancel: test('cancel', isCancelled),
  };
  hit = {
    targetMs,
    warnAt: sortedThresholds(policy.warnAt, `${path}/warnAt`),
    rules: {
      response: { ...common, stop: agentOrDone, reopenable: false },
      resolution: { ...common, stop: test('stop', isDone), reopenable: true },
    },
  };
  compiledPolicies.set(policy, hit);
  return hit;
}

function slaClock(
  policy: SlaPolicy<LocalizedText>,
  index: number,
  target: SlaTarget,
  ctx: Context,
): ReplayClock {
  const compiled = compilePolicy(policy, index);
  return new ReplayClock(
    policy.id,
    target,
    undefined,
    ctx.calendars.get(policy.calendar),
    compiled.targetMs[target]!,
    compiled.warnAt,
    compiled.rules[target],
    ctx.decide,
  );
}

interface CompiledOla {
  nodeId: string;
  calendar?: string;
  targetMs: number;
  warnAt: number[];
  rules: ClockRules;
}

const compiledNodes = new WeakMap<object, Map<string, CompiledOla>>();

function compileOlas(nodes: NonNullable<SlaComputeInput['nodes']>): Map<string, CompiledOla> {
  let hit = compiledNodes.get(nodes);
  if (hit) return hit;
  hit = new Map();
  for (const node of nodes) {
    if (!node.ola) continue;
    const nodeId = node.id;
    const path = `/nodes/${nodeId}/ola`;
    hit.set(nodeId, {
      nodeId,
      calendar: node.ola.calendar,
      targetMs: durationToMs(node.ola.target, `${path}/target`),
      warnAt: sortedThresholds(node.ola.warnAt, `${path}/warnAt`),
      rules: {
        start: always,
        stop: (s) => s.event.type === 'left' && s.event.nodeId === nodeId,
        pause: isPending,
        // The ticket was cancelled, or the step's parallel branch (see `exitBranches`).
        cancel: (s) =>
          isCancelled(s) ||
          (s.event.type === 'left' && s.event.nodeId === nodeId && s.event.outcome === 'cancelled'),
        reopenable: false,
      },
    });
  }
  compiledNodes.set(nodes, hit);
  return hit;
}

/**
 * The state of every SLA and OLA clock of a ticket, as a pure function of its history, the
 * definition's policies, the calendars and `now`. Replaying the same input gives the same result,
 * so clocks can be recomputed at any time (after a calendar edit, in a report).
 *
 * Defaults (each overridable by the policy's jsonata condition): a clock starts at creation;
 * response is met by the first action of someone other than the requester (or when the ticket is
 * resolved, closed or rejected); resolution is met when the ticket is resolved, closed or rejected
 * and runs again if it is reopened; both pause while the ticket is `pending`; a cancelled ticket
 * cancels its clocks. OLA clocks run from entering their node to leaving it.
 *
 * When a change makes another policy apply, the new policy's `onPolicyChange` decides:
 * `retroactive` (default) measures it from the ticket's creation, `restart` starts it at the change,
 * `carry` starts it at the change with the working time already elapsed. Met clocks stay met.
 *
 * @throws ValidationError for a bad target duration or threshold, NotFoundError for an unknown
 * calendar, ExpressionError when a policy has a condition and no `evaluate` is given
 *
 * @example
 * ```ts
 * const { clocks, upcoming } = computeSlaClocks({
 *   history: await runtime.history(ticketId),
 *   policies: [{ id: 'std', name: 'Standard', targets: { response: 'PT1H', resolution: 'PT8H' }, calendar: 'office', warnAt: [75] }],
 *   calendars: { office: { timeZone: 'Europe/Paris', week: { mon: [['09:00', '17:00']] } } },
 *   now: new Date(),
 * });
 * clocks[0]; // { policy: 'std', target: 'response', state: 'running', dueAt, elapsedMs, remainingMs, percent, ... }
 * ```
 */
export function computeSlaClocks(input: SlaComputeInput): SlaComputation {
  const now = input.now instanceof Date ? input.now.getTime() : input.now;
  const policies = input.policies ?? [];
  const ctx: Context = {
    calendars: registryOf(input.calendars),
    decide: input.evaluate ?? missingEvaluator,
  };
  const snapshots = replaySnapshots(input.history, input);
  const olaNodes = input.nodes ? compileOlas(input.nodes) : null;

  let applied: SlaPolicy<LocalizedText> | null = null;
  let clocks = new Map<SlaTarget, ReplayClock>();
  const olas = new Map<string, ReplayClock>();

  for (let i = 0; i < snapshots.length; i++) {
    const snapshot = snapshots[i]!;
    if (snapshot.at > now) break;
    let next: SlaPolicy<LocalizedText> | null = null;
    for (const p of policies) {
      if (!p.when || ctx.decide(p.when, snapshot, 'when', p)) {
        next = p;
        break;
      }
    }
    if (next !== applied) {
      clocks = switchPolicy(clocks, next, policies, snapshots, i, ctx);
      applied = next;
    }
    for (const clock of clocks.values()) clock.step(snapshot);

    const { event } = snapshot;
    const ola = event.type === 'entered' && event.nodeId ? olaNodes?.get(event.nodeId) : undefined;
    if (ola) {
      olas.set(
        ola.nodeId,
        new ReplayClock(
          `ola:${ola.nodeId}`,
          'ola',
          ola.nodeId,
          ctx.calendars.get(ola.calendar),
          ola.targetMs,
          ola.warnAt,
          ola.rules,
          ctx.decide,
        ),
      );
    }
    for (const clock of olas.values()) clock.step(snapshot);
  }

  const upcoming: SlaUpcoming[] = [];
  const result: SlaComputation = {
    policy: applied?.id ?? null,
    clocks: [],
    cancelled: [],
    upcoming,
  };
  for (const clock of [...clocks.values(), ...olas.values()]) {
    if (clock.cancelled) {
      result.cancelled.push({
        policy: clock.policy,
        target: clock.target,
        ...(clock.nodeId ? { nodeId: clock.nodeId } : {}),
        at: isoString(clock.cancelledAt),
      });
    }
    if (clock.started) result.clocks.push(clock.finish(now, clock.calendar.name, upcoming));
  }
  if (upcoming.length > 1) upcoming.sort(byInstant);
  return result;
}

function switchPolicy(
  current: Map<SlaTarget, ReplayClock>,
  next: SlaPolicy<LocalizedText> | null,
  policies: readonly SlaPolicy<LocalizedText>[],
  snapshots: readonly SlaSnapshot[],
  index: number,
  ctx: Context,
): Map<SlaTarget, ReplayClock> {
  const out = new Map<SlaTarget, ReplayClock>();
  const t = snapshots[index]!.at;
  const mode = next?.onPolicyChange ?? 'retroactive';
  for (const target of TARGETS) {
    const old = current.get(target);
    // A clock that already ended (met, or late) keeps its result under the policy it ran under.
    if (old && (old.stopped || old.cancelled)) {
      out.set(target, old);
      continue;
    }
    if (!next || next.targets[target] === undefined) continue;
    const clock = slaClock(next, policies.indexOf(next), target, ctx);
    if (mode === 'retroactive') {
      for (let i = 0; i < index; i++) clock.step(snapshots[i]!);
    } else if (mode === 'carry' && old?.started) {
      old.advance(t);
      clock.begin(t, old.elapsed, old.startedAt);
      clock.running = old.running;
      if (
        old.elapsed >= clock.targetMs &&
        !Number.isNaN(old.breachedAt) &&
        old.targetMs === clock.targetMs
      ) {
        clock.breachedAt = old.breachedAt;
      }
    }
    out.set(target, clock);
  }
  return out;
}

/** What a policy condition sees on a snapshot: its data, `$ticket`, `$event` and `$now()`. */
export const snapshotContext = (s: SlaSnapshot): ExpressionContext => ({
  data: s.data,
  ticket: { status: s.status, priority: s.priority, requester: s.requester, active: s.active },
  now: s.at,
  bindings: { event: s.event },
});

/** Options of {@link computeSlaClocksAsync}. */
export interface SlaAsyncOptions {
  /** Decides a condition asynchronously; jsonata over the snapshot's data by default. */
  evaluateCondition?: (
    expression: string,
    snapshot: SlaSnapshot,
    kind: SlaConditionKind,
    policy: SlaPolicy<LocalizedText>,
  ) => Promise<boolean>;
  limits?: ExpressionLimits;
}

/**
 * {@link computeSlaClocks} with the policies' jsonata conditions evaluated for you: every condition
 * is decided once per history event (data as the root, `$ticket` = `{ status, priority, requester, active }`,
 * `$event` = the history event, `$now()` = the event's time), then the clocks are replayed.
 *
 * @example
 * ```ts
 * const sla = await computeSlaClocksAsync({ history, policies: def.sla, calendars, now: new Date() });
 * ```
 */
export async function computeSlaClocksAsync(
  input: Omit<SlaComputeInput, 'evaluate'>,
  options: SlaAsyncOptions = {},
): Promise<SlaComputation> {
  const now = input.now instanceof Date ? input.now.getTime() : input.now;
  const decide =
    options.evaluateCondition ??
    ((expr: string, s: SlaSnapshot) =>
      evaluateCondition(expr, snapshotContext(s), { limits: options.limits }));
  const kinds: SlaConditionKind[] = ['when', 'start', 'pause', 'stop', 'cancel'];
  const results = new Map<string, boolean>();
  const snapshots = replaySnapshots(input.history, input);
  for (const snapshot of snapshots) {
    if (snapshot.at > now) break;
    for (const policy of input.policies ?? []) {
      for (const kind of kinds) {
        const expr = policy[kind as 'when'];
        const key = `${snapshot.index}\u0000${expr}`;
        if (expr && !results.has(key)) results.set(key, await decide(expr, snapshot, kind, policy));
      }
    }
  }
  return computeSlaClocks({
    ...input,
    evaluate: (expr, snapshot) => results.get(`${snapshot.index}\u0000${expr}`) ?? false,
  });
}
