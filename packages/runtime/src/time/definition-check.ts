import type { LocalizedText } from '../definition/definition.types';
import type { WorkflowDefinition } from '../definition/definition.types';
import { DeskkitError, type Issue } from '../errors/errors';
import type { CalendarRegistry } from './calendar';
import { durationToMs, parseDuration } from './duration';

const POLICY_CHANGES = ['restart', 'retroactive', 'carry'];
const TRIGGER_EVENTS = ['created', 'updated', 'action', 'statusChanged', 'nodeEntered'];

function check(issues: Issue[], path: string, run: () => void, nodeId?: string): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof DeskkitError)) throw error;
    issues.push(problem(path, error.message, nodeId));
  }
}

function problem(path: string, message: string, nodeId?: string): Issue {
  return {
    path,
    code: 'TIME_CONFIG_INVALID',
    severity: 'error',
    message,
    params: { detail: message },
    ...(nodeId ? { nodeId } : {}),
  };
}

function thresholds(issues: Issue[], list: unknown, path: string, nodeId?: string): void {
  if (list === undefined) return;
  if (!Array.isArray(list))
    return void issues.push(problem(path, 'warnAt is a list of percentages', nodeId));
  list.forEach((w, i) => {
    if (typeof w !== 'number' || !(w > 0 && w < 100)) {
      issues.push(
        problem(
          `${path}/${i}`,
          `A warning threshold is a percentage between 0 and 100, got ${JSON.stringify(w)}`,
          nodeId,
        ),
      );
    }
  });
}

/**
 * The time settings of a definition that the runtime could not run: SLA and OLA targets, warning
 * thresholds, calendars unknown to this runtime, timer durations, `autoClose`, automations' `every`
 * and triggers' events. `runtime.publish` refuses a definition with any of them.
 *
 * @example
 * ```ts
 * timeIssues(def, createCalendarRegistry({ office })); // [{ path: '/sla/0/calendar', message: 'Calendar "ofice" is not defined…' }]
 * ```
 */
export function timeIssues(
  def: WorkflowDefinition<LocalizedText>,
  calendars: CalendarRegistry,
): Issue[] {
  const issues: Issue[] = [];
  const calendar = (name: unknown, path: string, nodeId?: string) => {
    if (name !== undefined && (typeof name !== 'string' || !calendars.has(name))) {
      issues.push(
        problem(
          path,
          `Calendar ${JSON.stringify(name)} is not defined in this runtime (known: ${calendars.names().join(', ')})`,
          nodeId,
        ),
      );
    }
  };
  (def.sla ?? []).forEach((policy, i) => {
    const path = `/sla/${i}`;
    const targets = policy.targets ?? {};
    if (targets.response === undefined && targets.resolution === undefined) {
      issues.push(
        problem(
          `${path}/targets`,
          `SLA policy "${policy.id}" has no response or resolution target`,
        ),
      );
    }
    for (const target of ['response', 'resolution'] as const) {
      if (targets[target] !== undefined) {
        check(issues, `${path}/targets/${target}`, () =>
          durationToMs(targets[target], `${path}/targets/${target}`),
        );
      }
    }
    calendar(policy.calendar, `${path}/calendar`);
    thresholds(issues, policy.warnAt, `${path}/warnAt`);
    if (policy.onPolicyChange !== undefined && !POLICY_CHANGES.includes(policy.onPolicyChange)) {
      issues.push(
        problem(`${path}/onPolicyChange`, `onPolicyChange is one of ${POLICY_CHANGES.join(', ')}`),
      );
    }
  });
  def.nodes.forEach((node, i) => {
    const path = `/nodes/${i}`;
    if (node.ola) {
      check(
        issues,
        `${path}/ola/target`,
        () => durationToMs(node.ola!.target, `${path}/ola/target`),
        node.id,
      );
      calendar(node.ola.calendar, `${path}/ola/calendar`, node.id);
      thresholds(issues, node.ola.warnAt, `${path}/ola/warnAt`, node.id);
    }
    if (node.type === 'timer') {
      calendar(node.timer.calendar, `${path}/timer/calendar`, node.id);
      const { duration } = node.timer;
      if (duration !== undefined) {
        check(
          issues,
          `${path}/timer/duration`,
          () =>
            node.timer.calendar
              ? durationToMs(duration, `${path}/timer/duration`)
              : parseDuration(duration, `${path}/timer/duration`),
          node.id,
        );
      }
    }
  });
  if (def.autoClose !== undefined)
    check(issues, '/autoClose', () => parseDuration(def.autoClose, '/autoClose'));
  for (const [path, text] of [
    ['/reopen/within', def.reopen?.within],
    ['/survey/after', def.survey?.after],
  ] as const)
    if (text !== undefined) check(issues, path, () => durationToMs(text, path));
  (def.automations ?? []).forEach((a, i) => {
    check(issues, `/automations/${i}/every`, () => {
      if (durationToMs(a.every, `/automations/${i}/every`) < 60_000) {
        throw new DeskkitError(
          'VALIDATION_FAILED',
          `Automation "${a.id}" runs every ${a.every}: the shortest period is one minute (PT1M)`,
        );
      }
    });
  });
  (def.triggers ?? []).forEach((t, i) => {
    (Array.isArray(t.on) ? t.on : []).forEach((on, j) => {
      if (!TRIGGER_EVENTS.includes(on)) {
        issues.push(
          problem(
            `/triggers/${i}/on/${j}`,
            `Trigger "${t.id}" listens to "${on}": use ${TRIGGER_EVENTS.join(', ')}`,
          ),
        );
      }
    });
    if (!Array.isArray(t.on) || !t.on.length)
      issues.push(problem(`/triggers/${i}/on`, `Trigger "${t.id}" listens to no event`));
  });
  return issues;
}
