import type { LocalizedText } from './definition.types';
import type { Issue, IssueParams } from '../errors/errors';
import type { CalendarSpec } from '../time/calendar.types';
import { safeFormValidator } from '../form/validators';
import type {
  ApprovalNode,
  FieldPermission,
  FormRule,
  FormTemplate,
  JsonSchema,
  NodeDefinition,
  WorkflowDefinition,
} from './definition.types';
import { buildGraph, NodeLabel, nodeLabel } from './graph';
import type { Graph, GraphEdge, GraphNode } from './graph';
import { asList, asRecord, issueFactory, nodeParams, pointer } from './issues';
import { actionLists } from './walk';
import { localeIssues } from './lintLocales';
import { schemaCodeOf } from './schema-check';
import { firstText, localizeSchema } from './localize';

type Warn = ReturnType<typeof issueFactory>;

const PEOPLE_STEPS = new Set(['task', 'approval']);
const NAMED_STEPS = new Set(['task', 'approval', 'subworkflow', 'automation', 'timer']);
const CANDIDATE_STRATEGIES = new Set(['claim', 'fixed', 'roundRobin', 'leastLoaded']);

/** A name given in at least one language. */
const hasText = (text: unknown): boolean =>
  typeof text === 'string'
    ? !!text.trim()
    : !!asRecord(text) &&
      Object.values(asRecord(text)!).some((v) => typeof v === 'string' && !!v.trim());

const nodeOf = (n: GraphNode): NodeDefinition<LocalizedText> =>
  n.raw as unknown as NodeDefinition<LocalizedText>;

function stepIssues(def: WorkflowDefinition<LocalizedText>, graph: Graph, warn: Warn): Issue[] {
  const issues: Issue[] = [];
  for (const g of graph.nodes) {
    const node = nodeOf(g);
    const at = (...rest: Array<string | number>) => pointer('nodes', g.index, ...rest);
    const out = graph.out.get(g.id) ?? [];
    if (NAMED_STEPS.has(node.type) && !hasText(node.name)) {
      issues.push(
        warn(
          at(),
          'NODE_NO_NAME',
          `${NodeLabel(g)} has no name; name it so people see what happens at this step.`,
          { params: nodeParams(g) },
        ),
      );
    }
    if (PEOPLE_STEPS.has(node.type)) {
      const assign = asRecord((node as { assign?: unknown }).assign);
      if (!assign) {
        issues.push(
          warn(
            at(),
            'NODE_UNASSIGNABLE',
            `${NodeLabel(g)} says nothing about who does it; add an assignment.`,
            { params: { strategy: 'none', ...nodeParams(g) } },
          ),
        );
      } else if (
        CANDIDATE_STRATEGIES.has(String(assign.strategy)) &&
        asList(assign.to).length === 0
      ) {
        issues.push(
          warn(
            at('assign', 'to'),
            'NODE_UNASSIGNABLE',
            `${NodeLabel(g)} is assigned by "${String(assign.strategy)}" but lists no candidates, so nobody could ever be assigned; add users, roles, groups or departments.`,
            { params: { strategy: String(assign.strategy), ...nodeParams(g) } },
          ),
        );
      }
      if (Array.isArray(node.actions) && node.actions.length === 0) {
        issues.push(
          warn(
            at('actions'),
            'NODE_NO_ACTIONS',
            `${NodeLabel(g)} allows no action, so nobody could complete it; allow at least one.`,
            { params: nodeParams(g) },
          ),
        );
      }
    }
    const ignored = Array.isArray(node.actions)
      ? asList(node.requireReason).filter((a) => !node.actions!.includes(a as never))
      : [];
    if (ignored.length) {
      issues.push(
        warn(
          at('requireReason'),
          'SETTING_IGNORED',
          `${NodeLabel(g)} requires a reason for ${ignored.join(', ')}, which it does not allow; the setting is ignored.`,
          { params: { setting: 'requireReason', actions: ignored.join(', '), ...nodeParams(g) } },
        ),
      );
    }
    if (node.type === 'approval') issues.push(...approvalIssues(node, g, out, warn));
    if (node.type === 'exclusive' && out.length === 1 && (graph.in.get(g.id)?.length ?? 0) <= 1) {
      issues.push(
        warn(
          at(),
          'EXCLUSIVE_SINGLE_EDGE',
          `${NodeLabel(g)} has only one way out, so it decides nothing; remove it or add the other paths.`,
          { params: nodeParams(g) },
        ),
      );
    }
    if (node.type !== 'parallel' && node.type !== 'exclusive')
      issues.push(...routeIssues(g, out, warn));
    if (node.type === 'subworkflow' && asRecord(node.subworkflow)?.key === def.key) {
      issues.push(
        warn(
          at('subworkflow', 'key'),
          'SUBWORKFLOW_SELF',
          `${NodeLabel(g)} starts this same workflow as its own child; make sure a condition stops the chain.`,
          { params: nodeParams(g) },
        ),
      );
    }
    const untilField = node.type === 'timer' ? asRecord(node.timer)?.untilField : undefined;
    if (node.type === 'timer' && typeof untilField === 'string') {
      const property = asRecord(asRecord(asRecord(def.form?.schema)?.properties)?.[untilField]);
      if (property && property.format !== 'date' && property.format !== 'date-time') {
        issues.push(
          warn(
            at('timer', 'untilField'),
            'TIMER_FIELD_NOT_DATE',
            `${NodeLabel(g)} waits until field "${untilField}", which is not a date or date-time field; give the field "format": "date-time".`,
            { params: { field: untilField, ...nodeParams(g) } },
          ),
        );
      }
    }
    if (node.customerFacing === true && !node.ola && asList(def.sla).length === 0) {
      issues.push(
        warn(
          at(),
          'NODE_NO_SLA',
          `${NodeLabel(g)} is customer-facing but neither it (an OLA) nor the workflow (an SLA policy) sets a target time.`,
          { params: nodeParams(g) },
        ),
      );
    }
  }
  return issues;
}

function approvalIssues(
  node: ApprovalNode<LocalizedText>,
  g: GraphNode,
  out: GraphEdge[],
  warn: Warn,
): Issue[] {
  const issues: Issue[] = [];
  const at = (...rest: Array<string | number>) => pointer('nodes', g.index, ...rest);
  const approval: Partial<ApprovalNode<LocalizedText>['approval']> = asRecord(node.approval) ?? {};
  if (!approval.onReject && !out.some((e) => e.raw.outcome === 'rejected')) {
    issues.push(
      warn(
        at('approval'),
        'APPROVAL_NO_REJECT_PATH',
        `${NodeLabel(g)} does not say what a rejection does; set "onReject" or add an edge with outcome "rejected".`,
        { params: nodeParams(g) },
      ),
    );
  }
  if (
    Array.isArray(node.actions) &&
    !(node.actions.includes('approve') && node.actions.includes('reject'))
  ) {
    issues.push(
      warn(
        at('actions'),
        'APPROVAL_ACTIONS_MISSING',
        `${NodeLabel(g)} does not allow both "approve" and "reject"; approvers need both.`,
        { params: nodeParams(g) },
      ),
    );
  }
  if (approval.mode !== 'quorum' && (approval.min !== undefined || approval.ratio !== undefined)) {
    issues.push(
      warn(
        at('approval'),
        'SETTING_IGNORED',
        `${NodeLabel(g)} sets a quorum ("min"/"ratio") but decides by "${String(approval.mode)}"; the quorum is ignored.`,
        { params: { setting: 'quorum', mode: String(approval.mode), ...nodeParams(g) } },
      ),
    );
  }
  if (approval.rejectTo !== undefined && approval.onReject !== 'node') {
    issues.push(
      warn(
        at('approval', 'rejectTo'),
        'SETTING_IGNORED',
        `${NodeLabel(g)} names "rejectTo" but "onReject" is not "node"; the target is ignored.`,
        { params: { setting: 'rejectTo', ...nodeParams(g) } },
      ),
    );
  }
  const to = asList(asRecord(node.assign)?.to);
  const users =
    to.length > 0 && to.every((p) => asRecord(p) && 'user' in (p as object))
      ? to.length
      : undefined;
  if (
    approval.mode === 'quorum' &&
    typeof approval.min === 'number' &&
    users !== undefined &&
    approval.min > users
  ) {
    issues.push(
      warn(
        at('approval', 'min'),
        'QUORUM_UNREACHABLE',
        `${NodeLabel(g)} needs ${approval.min} approvals but only ${users} approvers are listed.`,
        { params: { min: approval.min, count: users, ...nodeParams(g) } },
      ),
    );
  }
  return issues;
}

/** Where a step chooses among several edges by condition, one must be a fallback. */
function routeIssues(g: GraphNode, out: GraphEdge[], warn: Warn): Issue[] {
  const issues: Issue[] = [];
  const groups = [
    out.filter((e) => e.raw.outcome !== 'rejected'),
    out.filter((e) => e.raw.outcome === 'rejected'),
  ];
  for (const edges of groups) {
    if (edges.length < 2) continue;
    const fallbacks = edges.filter((e) => e.raw.default === true || typeof e.raw.when !== 'string');
    if (fallbacks.length === 0) {
      issues.push(
        warn(
          pointer('nodes', g.index),
          'ROUTE_DEFAULT_MISSING',
          `${NodeLabel(g)} chooses its next step by conditions but has no default edge; if no condition holds, tickets get stuck there.`,
          { params: nodeParams(g) },
        ),
      );
    } else if (fallbacks.length > 1) {
      issues.push(
        warn(
          pointer('nodes', g.index),
          'ROUTE_AMBIGUOUS',
          `${NodeLabel(g)} has ${fallbacks.length} outgoing edges without a condition and only the first is ever taken; add conditions, or a parallel gateway to take them all.`,
          { params: { count: fallbacks.length, ...nodeParams(g) } },
        ),
      );
    }
  }
  return issues;
}

/** Which fields anyone can ever write: at a step, by a rule, an automation or a subworkflow. */
function writers(def: WorkflowDefinition<LocalizedText>, graph: Graph): Set<string> {
  const set = new Set<string>();
  for (const rule of asList(def.form?.rules)) {
    const r = asRecord(rule);
    if (r?.value && typeof r.field === 'string') set.add(r.field);
  }
  for (const list of actionLists(def)) {
    for (const action of list.actions)
      if (action.type === 'set' && typeof action.field === 'string') set.add(action.field);
  }
  for (const g of graph.nodes) {
    if (g.type !== 'subworkflow') continue;
    for (const field of Object.keys(asRecord(asRecord(g.raw.subworkflow)?.outputs) ?? {})) {
      set.add(field);
    }
  }
  return set;
}

function fieldIssues(def: WorkflowDefinition<LocalizedText>, graph: Graph, warn: Warn): Issue[] {
  const issues: Issue[] = [];
  const schema = asRecord(def.form?.schema);
  const properties = asRecord(schema?.properties) ?? {};
  const required = new Set(asList(schema?.required));
  const computed = writers(def, graph);
  // A host handler's result may fill any field, so "filled by nothing" cannot be known then.
  const callsHandlers = actionLists(def).some((list) =>
    list.actions.some((a) => a.type === 'call'),
  );
  const starts = graph.nodes.filter((n) => n.type === 'start');
  const editableAt = (g: GraphNode, field: string): boolean => {
    const p =
      (asRecord(g.raw.fields)?.[field] as FieldPermission | undefined) ??
      (g.type === 'start' ? 'edit' : 'read');
    return p === 'edit' || p === 'required';
  };
  for (const field of Object.keys(properties)) {
    const at = pointer('form', 'schema', 'properties', field);
    if (computed.has(field)) continue;
    const editable = graph.nodes.some(
      (g) => (PEOPLE_STEPS.has(g.type) || g.type === 'start') && editableAt(g, field),
    );
    const hasDefault = asRecord(properties[field])?.default !== undefined;
    if (!editable && required.has(field) && !hasDefault) {
      issues.push(
        warn(
          at,
          'REQUIRED_FIELD_NOT_EDITABLE',
          `Field "${field}" is required but nobody can fill it in at any step; make it editable at the start or at a task.`,
          { params: { field, at: 'anywhere' } },
        ),
      );
    } else if (!editable && !hasDefault && !callsHandlers) {
      issues.push(
        warn(
          at,
          'FIELD_EDITABLE_NOWHERE',
          `Field "${field}" is editable at no step and computed by nothing, so it always stays empty; allow editing it somewhere or remove it.`,
          { params: { field } },
        ),
      );
    } else if (
      required.has(field) &&
      !hasDefault &&
      starts.length > 0 &&
      !starts.some((s) => editableAt(s, field))
    ) {
      issues.push(
        warn(
          at,
          'REQUIRED_FIELD_NOT_EDITABLE',
          `Field "${field}" is required but the requester cannot fill it in at the start, so no request could be submitted; make it editable at the start.`,
          // The fix is at the start step: let the designer mark it.
          { params: { field, at: 'start' }, nodeId: starts[0]!.id },
        ),
      );
    }
  }
  for (const g of graph.nodes.filter((n) => PEOPLE_STEPS.has(n.type))) {
    for (const [field, permission] of Object.entries(asRecord(g.raw.fields) ?? {})) {
      if (permission === 'hidden' && required.has(field)) {
        issues.push(
          warn(
            pointer('nodes', g.index, 'fields', field),
            'FIELD_REQUIRED_BUT_HIDDEN',
            `Field "${field}" is required by the form but hidden at ${nodeLabel(g)}, so it is not required there.`,
            { params: { field, ...nodeParams(g) } },
          ),
        );
      }
    }
  }
  return issues;
}

/** jsonata functions that throw on input they cannot handle (a rule calling them may fail). */
const THROWS =
  /\$(error|assert|eval|number|toMillis|fromMillis|parseInteger|formatInteger|formatNumber|formatBase)\s*\(/;

function formIssues(def: WorkflowDefinition<LocalizedText>, graph: Graph, warn: Warn): Issue[] {
  const issues: Issue[] = [];
  const properties = asRecord(asRecord(def.form?.schema)?.properties) ?? {};
  const start = graph.nodes.find((n) => n.type === 'start');
  const valueRules = new Map<string, number>();
  asList(def.form?.rules).forEach((entry, i) => {
    const rule = asRecord(entry) as FormRule | undefined;
    if (!rule) return;
    for (const kind of ['visible', 'required', 'readonly', 'value'] as const) {
      const fn = typeof rule[kind] === 'string' && THROWS.exec(rule[kind] as string)?.[1];
      if (fn)
        issues.push(
          warn(
            pointer('form', 'rules', i, kind),
            'RULE_MAY_FAIL',
            `The ${kind} rule of field "${rule.field}" calls $${fn}, which throws on values it cannot handle; a rule that throws hides the field and makes it read-only. Guard the call (e.g. with $exists or a type check).`,
            { params: { kind, field: rule.field, fn: `$${fn}` } },
          ),
        );
    }
    if (!rule.visible && !rule.required && !rule.readonly && !rule.value) {
      issues.push(
        warn(
          pointer('form', 'rules', i),
          'RULE_EMPTY',
          `Form rule ${i + 1} (field "${rule.field}") has no expression and does nothing; add one or delete the rule.`,
          { params: { rule: i + 1, field: rule.field } },
        ),
      );
    }
    if (rule.value) {
      if (valueRules.has(rule.field)) {
        issues.push(
          warn(
            pointer('form', 'rules', i, 'value'),
            'RULE_VALUE_CONFLICT',
            `Field "${rule.field}" is computed by more than one rule; only the last one counts.`,
            { params: { field: rule.field } },
          ),
        );
      }
      valueRules.set(rule.field, i);
    }
  });
  asList(def.form?.templates).forEach((entry, i) => {
    const template = asRecord(entry) as FormTemplate<LocalizedText> | undefined;
    if (!template) return;
    for (const [field, value] of Object.entries(asRecord(template.values) ?? {})) {
      const property = asRecord(properties[field]) as JsonSchema<LocalizedText> | undefined;
      if (!property) continue;
      const at = pointer('form', 'templates', i, 'values', field);
      const permission = start ? asRecord(start.raw.fields)?.[field] : undefined;
      if (permission === 'hidden' || permission === 'read') {
        issues.push(
          warn(
            at,
            'TEMPLATE_VALUE_NOT_EDITABLE',
            `Template "${template.id}" fills field "${field}", which the requester cannot edit at the start, so the value is refused; remove it from the template or make the field editable.`,
            { ...(start ? { nodeId: start.id } : {}), params: { template: template.id, field } },
          ),
        );
      }
      const problems = safeValidate(property, value);
      if (problems) {
        issues.push(
          warn(
            at,
            'TEMPLATE_VALUE_INVALID',
            `Template "${template.id}" fills field "${field}" with a value the field does not accept: ${problems.text}`,
            { params: { ...problems.params, template: template.id, field, detail: problems.text } },
          ),
        );
      }
    }
  });
  return issues;
}

/** Why a template value does not fit its field: the sentences, and the first one's data. */
function safeValidate(
  property: JsonSchema<LocalizedText>,
  value: unknown,
): { text: string; params: IssueParams } | undefined {
  try {
    const plain = localizeSchema(property, firstText);
    const issues = safeFormValidator.validate(plain, value, { label: () => 'The value' });
    const [first] = issues;
    if (!first) return undefined;
    // The first violation's code and params say it in the reader's language (`detailCode`).
    return {
      text: issues.map((i) => i.message).join(' '),
      params: { ...first.params, detailCode: schemaCodeOf(first) },
    };
  } catch {
    return undefined; // an invalid schema is reported by validateDefinition
  }
}

function workflowIssues(def: WorkflowDefinition<LocalizedText>, warn: Warn): Issue[] {
  const issues: Issue[] = [];
  if (asList(def.catalog).length === 0) {
    issues.push(
      warn(
        '/catalog',
        'CATALOG_MISSING',
        'The workflow has no service catalog path, so requesters will not find it in the catalog; set "catalog", e.g. ["Accounts & access", "Access"].',
        { params: {} },
      ),
    );
  }
  if (asList(asRecord(def.permissions)?.start).length === 0) {
    issues.push(
      warn(
        '/permissions/start',
        'START_OPEN_TO_ALL',
        'The workflow does not say who may raise it, so anyone can; set "permissions.start" to the roles, groups or departments it is for.',
        { params: {} },
      ),
    );
  }
  if (asList(def.sla).length === 0) {
    issues.push(
      warn(
        '/sla',
        'WORKFLOW_NO_SLA',
        'The workflow has no SLA policy, so no ticket has a target response or resolution time; add one.',
        { params: {} },
      ),
    );
  }
  const policies = asList(def.sla);
  policies.forEach((entry, i) => {
    const policy = asRecord(entry);
    if (policy && policy.when === undefined && i < policies.length - 1) {
      issues.push(
        warn(
          pointer('sla', i),
          'SLA_POLICY_SHADOWS',
          `SLA policy "${String(policy.id)}" has no condition, so it always applies and the policies after it never do; give it a "when" or move it last.`,
          { params: { policy: String(policy.id) } },
        ),
      );
    }
  });
  asList(def.triggers).forEach((entry, i) => {
    const trigger = asRecord(entry);
    if (Array.isArray(trigger?.actions) && trigger.actions.length === 0)
      issues.push(
        warn(
          pointer('triggers', i, 'actions'),
          'TRIGGER_NO_ACTIONS',
          `Trigger "${String(trigger?.id)}" does nothing; add an action or delete it.`,
          { params: { trigger: String(trigger?.id) } },
        ),
      );
  });
  return issues;
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/**
 * A calendar's working hours per working day (the average over the days of its week that have
 * hours) and how many days of the week work; `undefined` for a calendar without hours.
 *
 * @example
 * ```ts
 * workingDay({ timeZone: 'Europe/Paris', week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] } });
 * // { hours: 8, days: 2 }
 * ```
 */
export function workingDay(spec: CalendarSpec): { hours: number; days: number } | undefined {
  const days = Object.values(spec.week ?? {}).filter((r) => r?.length);
  const total = days.flat().reduce((sum, [a, b]) => sum + minutes(b) - minutes(a), 0);
  return days.length && total > 0
    ? { hours: total / days.length / 60, days: days.length }
    : undefined;
}

const DAYS = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** `P2D` on a working-time calendar means 48 working hours, not two working days: say so. */
function durationIssues(
  def: WorkflowDefinition<LocalizedText>,
  warn: Warn,
  calendars: Record<string, CalendarSpec> | undefined,
): Issue[] {
  const sites: Array<[string, string, unknown, unknown, IssueParams]> = [];
  asList(def.sla).forEach((entry, i) => {
    const p = asRecord(entry);
    const targets = asRecord(p?.targets);
    for (const k of ['response', 'resolution'])
      sites.push([
        pointer('sla', i, 'targets', k),
        `SLA policy "${String(p?.id)}" ${k} target`,
        targets?.[k],
        p?.calendar,
        { site: k, id: String(p?.id) },
      ]);
  });
  asList(def.nodes).forEach((entry, i) => {
    const n = asRecord(entry);
    const ola = asRecord(n?.ola);
    const timer = asRecord(n?.timer);
    sites.push([
      pointer('nodes', i, 'ola', 'target'),
      `The OLA of step "${String(n?.id)}"`,
      ola?.target,
      ola?.calendar,
      { site: 'ola', id: String(n?.id) },
    ]);
    sites.push([
      pointer('nodes', i, 'timer', 'duration'),
      `Timer "${String(n?.id)}"`,
      timer?.duration,
      timer?.calendar,
      { site: 'timer', id: String(n?.id) },
    ]);
  });
  const issues: Issue[] = [];
  for (const [path, what, text, calendar, site] of sites) {
    const m = typeof text === 'string' && typeof calendar === 'string' ? DAYS.exec(text) : null;
    const days = m ? Number(m[1] ?? 0) * 7 + Number(m[2] ?? 0) : 0;
    if (!m || !days) continue;
    const spec = calendars?.[calendar as string];
    const day = spec ? workingDay(spec) : { hours: 8, days: 5 };
    if (!day || day.hours >= 24) continue;
    const extra = Number(m[3] ?? 0) + Number(m[4] ?? 0) / 60;
    const hours = days * 24 + extra;
    const asDays = Math.round((hours / day.hours) * 10) / 10;
    const later = Math.round((asDays / day.days) * 7);
    const want = days * day.hours + extra;
    const fix = `PT${Math.floor(want) ? `${Math.floor(want)}H` : ''}${want % 1 ? `${Math.round((want % 1) * 60)}M` : ''}`;
    const of = spec ? `on "${String(calendar)}"` : 'with 8-hour working days';
    issues.push(
      warn(
        path,
        'DURATION_DAYS_ON_CALENDAR',
        `${what} "${String(text)}" counts working time on the "${String(calendar)}" calendar, where a day is 24 working hours: it means ${hours} working hours, ${asDays} working days ${of}, so "within ${days} day${days === 1 ? '' : 's'}" comes due about ${later} calendar days later. For ${days} working day${days === 1 ? '' : 's'} write "${fix}"${spec ? '' : ' (if a working day is 8 hours)'}; for ${days} calendar day${days === 1 ? '' : 's'}, remove the calendar.`,
        {
          params: {
            ...site,
            duration: String(text),
            calendar: String(calendar),
            hours,
            workingDays: asDays,
            days,
            later,
            fix,
            known: spec ? 'yes' : 'no',
          },
        },
      ),
    );
  }
  return issues;
}

/** Options of {@link lintDefinition}. */
export interface LintOptions {
  /** The runtime's calendars: duration warnings then use each calendar's real working day. */
  calendars?: Record<string, CalendarSpec>;
}

/**
 * Warnings a designer shows while an admin edits a workflow (`severity: 'warning'`): the workflow
 * runs, but probably not as meant. Each has a stable `code`, a JSON-pointer `path`, the
 * `nodeId`/`edgeId` it is about, and a message saying what to change. Run it on definitions that
 * {@link validateDefinition} accepts.
 *
 * Codes: `NODE_NO_NAME`, `NODE_UNASSIGNABLE`, `NODE_NO_ACTIONS`, `NODE_NO_SLA`,
 * `APPROVAL_NO_REJECT_PATH`, `APPROVAL_ACTIONS_MISSING`, `QUORUM_UNREACHABLE`, `SETTING_IGNORED`,
 * `EXCLUSIVE_SINGLE_EDGE`, `ROUTE_DEFAULT_MISSING`, `ROUTE_AMBIGUOUS`, `SUBWORKFLOW_SELF`,
 * `TIMER_FIELD_NOT_DATE`, `FIELD_EDITABLE_NOWHERE`, `REQUIRED_FIELD_NOT_EDITABLE`,
 * `FIELD_REQUIRED_BUT_HIDDEN`, `RULE_EMPTY`, `RULE_MAY_FAIL`, `RULE_VALUE_CONFLICT`, `TEMPLATE_VALUE_NOT_EDITABLE`,
 * `TEMPLATE_VALUE_INVALID`, `CATALOG_MISSING`, `START_OPEN_TO_ALL`, `WORKFLOW_NO_SLA`,
 * `SLA_POLICY_SHADOWS`, `TRIGGER_NO_ACTIONS`, `DURATION_DAYS_ON_CALENDAR` (`P2D` on a working-time
 * calendar is 48 working hours, not two working days; pass `options.calendars` for exact figures).
 *
 * @example
 * ```ts
 * const warnings = lintDefinition(def);
 * // [{ code: 'APPROVAL_NO_REJECT_PATH', path: '/nodes/2/approval', nodeId: 'review', ... }]
 * ```
 */
export function lintDefinition(
  def: WorkflowDefinition<LocalizedText>,
  options: LintOptions = {},
): Issue[] {
  if (!asRecord(def)) return [];
  const warn = issueFactory(def, 'warning');
  const graph = buildGraph(def);
  return [
    ...workflowIssues(def, warn),
    ...durationIssues(def, warn, options.calendars),
    ...stepIssues(def, graph, warn),
    ...fieldIssues(def, graph, warn),
    ...formIssues(def, graph, warn),
    ...localeIssues(def, warn),
  ];
}
