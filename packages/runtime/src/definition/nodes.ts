import type { Issue } from '../errors/errors';
import { expressionFields } from '../expressions/references';
import type { Graph } from './graph';
import { NodeLabel, nodeLabel } from './graph';
import { asList, asRecord, issueFactory, nodeParams, pointer } from './issues';

/** Approval rejections, quorum thresholds and timer waits: settings that depend on each other. */
export function nodeSettingIssues(def: unknown, graph: Graph): Issue[] {
  const make = issueFactory(def, 'error');
  const issues: Issue[] = [];
  for (const node of graph.nodes) {
    const at = (...rest: Array<string | number>) => pointer('nodes', node.index, ...rest);
    if (node.type === 'approval') {
      const approval = asRecord(node.raw.approval);
      if (approval?.onReject === 'node') {
        if (typeof approval.rejectTo !== 'string') {
          issues.push(
            make(
              at('approval', 'rejectTo'),
              'APPROVAL_REJECT_TO_MISSING',
              `${NodeLabel(node)} sends rejections to a named node but names none; set "rejectTo" to the id of the step to return to.`,
              { params: nodeParams(node) },
            ),
          );
        }
      }
      if (typeof approval?.rejectTo === 'string' && !graph.byId.has(approval.rejectTo)) {
        issues.push(
          make(
            at('approval', 'rejectTo'),
            'APPROVAL_REJECT_TO_UNKNOWN',
            `${NodeLabel(node)} sends rejections to node "${approval.rejectTo}", which does not exist; choose an existing step.`,
            { params: { target: approval.rejectTo, ...nodeParams(node) } },
          ),
        );
      }
      if (
        approval?.mode === 'quorum' &&
        approval.min === undefined &&
        approval.ratio === undefined
      ) {
        issues.push(
          make(
            at('approval'),
            'QUORUM_THRESHOLD_MISSING',
            `${NodeLabel(node)} decides by quorum but says neither how many approvals ("min") nor what share ("ratio") are enough; set one of them.`,
            { params: nodeParams(node) },
          ),
        );
      }
      if (node.raw.allowRequester !== true && !asList(approval?.fallback).length) {
        // Separation of duties skips the requester: known statically when they are the only candidate.
        const assign = asRecord(node.raw.assign);
        const users = new Set(asList(assign?.to).map((p) => asRecord(p)?.user));
        const start = asList(asRecord(asRecord(def)?.permissions)?.start);
        const only = [...users][0];
        if (
          !assign ||
          (users.size === 1 &&
            typeof only === 'string' &&
            start.length > 0 &&
            start.every((p) => asRecord(p)?.user === only))
        ) {
          issues.push(
            make(
              at(assign ? 'assign' : 'type'),
              'APPROVAL_REQUESTER_ONLY',
              `${NodeLabel(node)} would be approved by the requester alone, who may not approve their own ticket; assign other approvers, declare "approval.fallback", or set "allowRequester": true.`,
              { params: nodeParams(node) },
            ),
          );
        }
      }
    }
    if (node.type === 'timer') {
      const timer = asRecord(node.raw.timer);
      if (timer && timer.duration === undefined && timer.untilField === undefined) {
        issues.push(
          make(
            at('timer'),
            'TIMER_WAIT_MISSING',
            `${NodeLabel(node)} does not say how long to wait; set a "duration" (e.g. PT4H) or an "untilField" holding a date.`,
            { params: nodeParams(node) },
          ),
        );
      }
    }
  }
  const to = asRecord(asRecord(def)?.reopen)?.to;
  const target = typeof to === 'string' ? graph.byId.get(to) : undefined;
  if (typeof to === 'string' && !['task', 'approval', 'start'].includes(String(target?.type))) {
    issues.push(
      make(
        '/reopen/to',
        'REOPEN_TARGET_INVALID',
        `Reopened tickets go to "${to}", which is not a task, approval or start step of this workflow; choose one.`,
        { params: { target: to } },
      ),
    );
  }
  return issues;
}

/** A field the schema requires must be visible at the start node, where the requester fills it. */
export function requiredHiddenIssues(def: unknown, graph: Graph): Issue[] {
  const make = issueFactory(def, 'error');
  const required = asList(asRecord(asRecord(asRecord(def)?.form)?.schema)?.required);
  const issues: Issue[] = [];
  for (const node of graph.nodes.filter((n) => n.type === 'start')) {
    const fields = asRecord(node.raw.fields);
    for (const field of required) {
      if (typeof field !== 'string' || fields?.[field] !== 'hidden') continue;
      issues.push(
        make(
          pointer('nodes', node.index, 'fields', field),
          'FIELD_REQUIRED_BUT_HIDDEN',
          `Field "${field}" is required by the form but hidden at ${nodeLabel(node)}, so no request could ever be submitted; make it editable there or not required.`,
          { params: { field, ...nodeParams(node) } },
        ),
      );
    }
  }
  return issues;
}

/** Computed values must not depend on themselves through other computed values. */
export function ruleCycleIssues(def: unknown): Issue[] {
  const make = issueFactory(def, 'error');
  const rules = asList(asRecord(asRecord(def)?.form)?.rules)
    .map((r, index) => ({ rule: asRecord(r), index }))
    .filter((r) => typeof r.rule?.field === 'string' && typeof r.rule?.value === 'string');
  const deps = new Map<string, { index: number; uses: string[] }>();
  for (const { rule, index } of rules) {
    let uses: string[] = [];
    try {
      uses = expressionFields(rule?.value as string);
    } catch {
      uses = []; // reported as EXPRESSION_INVALID
    }
    deps.set(rule?.field as string, { index, uses });
  }
  const issues: Issue[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (field: string, trail: string[]): void => {
    if (state.get(field) === 'done') return;
    if (state.get(field) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(field)), field];
      const key = [...cycle].sort().join('|');
      if (reported.has(key)) return;
      reported.add(key);
      const index = deps.get(field)?.index ?? 0;
      issues.push(
        make(
          pointer('form', 'rules', index, 'value'),
          'RULE_CYCLE',
          `Computed values depend on each other in a circle (${cycle.join(' → ')}); break the circle so each value can be computed.`,
          { params: { cycle: cycle.join(' → ') } },
        ),
      );
      return;
    }
    state.set(field, 'visiting');
    for (const used of deps.get(field)?.uses ?? []) {
      if (deps.has(used)) visit(used, [...trail, field]);
    }
    state.set(field, 'done');
  };
  for (const field of deps.keys()) visit(field, []);
  return issues;
}
