/**
 * The workflow definition: the one JSON document an admin designs, the designers edit, the runtime
 * executes and storage versions. Keys here are part of the public format.
 */

/**
 * A text people read (a title, a name, a label, a description): one string for every language, or
 * a variant per locale, e.g. `{ "en": "Laptop request", "zh-CN": "笔记本申请" }`. Users are served
 * the variant of their locale (`runtime.client(actor, { locale })`), falling back to the
 * definition's first declared {@link WorkflowDefinition.locales} and then to the first variant.
 */
export type LocalizedText = string | Record<string, string>;

/** A workflow definition as written: each text may carry a variant per locale. */
export type LocalizedDefinition = WorkflowDefinition<LocalizedText>;

/** A person or a set of people, resolved by the {@link Directory}. */
export type Principal =
  { user: string } | { role: string } | { group: string } | { department: string };

/** The kinds of step a workflow graph is made of. */
export type NodeType =
  | 'start'
  | 'end'
  | 'task'
  | 'approval'
  | 'exclusive'
  | 'parallel'
  | 'subworkflow'
  | 'automation'
  | 'timer';

/** Every {@link NodeType}, in palette order. */
export const NODE_TYPES: readonly NodeType[] = [
  'start',
  'end',
  'task',
  'approval',
  'exclusive',
  'parallel',
  'subworkflow',
  'automation',
  'timer',
];

/** What a person can do on a ticket; each node lists the actions it allows. */
export type ActionName =
  | 'submit'
  | 'approve'
  | 'reject'
  | 'rollback'
  | 'reassign'
  | 'claim'
  | 'release'
  | 'delegate'
  | 'hold'
  | 'resume'
  | 'urge'
  | 'recall'
  | 'update'
  | 'comment'
  | 'addApprover'
  | 'close'
  | 'cancel'
  | 'watch'
  | 'unwatch'
  | 'reopen'
  | 'rate';

/** Every {@link ActionName}. */
export const ACTION_NAMES: readonly ActionName[] = [
  'submit',
  'approve',
  'reject',
  'rollback',
  'reassign',
  'claim',
  'release',
  'delegate',
  'hold',
  'resume',
  'urge',
  'recall',
  'update',
  'comment',
  'addApprover',
  'close',
  'cancel',
  'watch',
  'unwatch',
  'reopen',
  'rate',
];

/** A ticket's status: `pending` is on hold; `resolved`, `closed`, `rejected`, `cancelled` are final. */
export type TicketStatus = 'open' | 'pending' | 'resolved' | 'closed' | 'rejected' | 'cancelled';

/** What a step lets people do with a field: not see it, see it, change it, or change it and must fill it in. */
export type FieldPermission = 'hidden' | 'read' | 'edit' | 'required';

/** How a task or approval finds who does it. */
export type AssignmentStrategy =
  'claim' | 'fixed' | 'roundRobin' | 'leastLoaded' | 'field' | 'onCall';

/** Who does a task or decides an approval. */
export interface Assignment {
  strategy: AssignmentStrategy;
  /** Candidates: users, roles, groups, departments (all strategies but `field` and `onCall`). */
  to?: Principal[];
  /** `field`: the form field whose value is the assignee's user id. */
  field?: string;
  /** `onCall`: the on-call rota (directory) whose current member gets the work. */
  rota?: string;
}

/** How several approvers decide: one, all (countersign), the first, in turn, or a quorum. */
export type ApprovalMode = 'single' | 'all' | 'any' | 'sequential' | 'quorum';

/** How an approval step decides and what a rejection does. */
export interface ApprovalConfig {
  mode: ApprovalMode;
  /** `quorum`: this many approvals are enough. */
  min?: number;
  /** `quorum`: this share (0..1] of the approvers is enough. */
  ratio?: number;
  /**
   * What a rejection does: `end` finishes the ticket as `rejected`; `requester` returns it to the
   * start step; `previous` to the step before; `node` to {@link ApprovalConfig.rejectTo}. When the
   * node has an edge with `outcome: "rejected"`, that edge is followed instead.
   */
  onReject?: 'end' | 'requester' | 'previous' | 'node';
  rejectTo?: string;
  /**
   * Who approves when every candidate is the requester (separation of duties skips them); without
   * it, such a ticket cannot reach the step (`ValidationError` `NO_ASSIGNEE`).
   */
  fallback?: Principal[];
}

/** `inputs` copies parent → child when the child starts (inherit); `outputs` child → parent when it ends (backfill). */
export interface SubworkflowConfig {
  key: string;
  /** Pin a version; the latest published version when absent. */
  version?: number;
  /** child field → parent field */
  inputs?: Record<string, string>;
  /** parent field → child field */
  outputs?: Record<string, string>;
}

/** Side effects an automation node, a trigger or an SLA threshold can run. */
export type AutomationAction =
  | { type: 'set'; field: string; value: string /* jsonata over the ticket context */ }
  | { type: 'call'; handler: string; input?: Record<string, string> /* name → jsonata */ }
  | { type: 'notify'; to?: Principal[]; message?: string }
  | { type: 'assign'; to: Principal[] }
  | { type: 'setPriority'; value: string }
  | { type: 'raisePriority' }
  | { type: 'comment'; text: string };

/** The actions an automation step runs, in order. */
export interface AutomationConfig {
  actions: AutomationAction[];
}

/** How long a timer step waits: a duration, or until the date in a field. */
export interface TimerConfig {
  /** ISO 8601 duration, e.g. `PT4H`. */
  duration?: string;
  /** A date or date-time form field to wait until. */
  untilField?: string;
  /** Calendar (a key of the runtime's calendars) the duration counts in; natural time when absent. */
  calendar?: string;
}

/** An operational-level agreement on one step: the clock runs while the step is active. */
export interface OlaPolicy {
  target: string;
  calendar?: string;
  warnAt?: number[];
  onWarn?: AutomationAction[];
  onBreach?: AutomationAction[];
}

/** What every node has, whatever its type. */
export interface NodeBase<T extends LocalizedText = string> {
  id: string;
  type: NodeType;
  name?: T;
  description?: T;
  /** Canvas position; the runtime ignores it. */
  position?: { x: number; y: number };
  /** Field permissions at this step: fields not listed are `read`. */
  fields?: Record<string, FieldPermission>;
  /** Actions allowed at this step; node-type defaults when absent. */
  actions?: ActionName[];
  ola?: OlaPolicy;
  /** Marks a step the requester sees as a service step (lint warns when it has no SLA). */
  customerFacing?: boolean;
  /**
   * Actions at this step that need a `reason` (shown in the history); `['reject', 'hold']` when
   * absent, `[]` for none.
   */
  requireReason?: ActionName[];
}

/** Where the requester fills in the form; exactly one per workflow. */
export interface StartNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'start';
}
/** Finishes the ticket with `status` (`resolved` when absent). */
export interface EndNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'end';
  status?: 'resolved' | 'closed' | 'rejected' | 'cancelled';
}
/** Work a person does and completes. */
export interface TaskNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'task';
  assign?: Assignment;
}
/** A decision by one or more approvers. */
export interface ApprovalNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'approval';
  assign?: Assignment;
  approval: ApprovalConfig;
  /**
   * Separation of duties is the default: the requester is never a candidate of an approval and its
   * work cannot be reassigned, delegated or added to them. `true` opts out explicitly.
   */
  allowRequester?: boolean;
}
/** Takes one outgoing edge: the first whose `when` holds, else the default edge. */
export interface ExclusiveNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'exclusive';
  /** The conditions of the outgoing edges cover every case, so no default edge is needed. */
  exhaustive?: boolean;
}
/** Splits into branches (several outgoing edges) or waits for all of them (several incoming edges). */
export interface ParallelNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'parallel';
}
/** Starts a child ticket of another workflow and waits for it to finish. */
export interface SubworkflowNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'subworkflow';
  subworkflow: SubworkflowConfig;
}
/** Runs actions (set fields, call host handlers, notify, ...) and moves on. */
export interface AutomationNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'automation';
  automation: AutomationConfig;
}
/** Waits for a duration or until a date; fired by `runtime.tick`. */
export interface TimerNode<T extends LocalizedText = string> extends NodeBase<T> {
  type: 'timer';
  timer: TimerConfig;
}

/** A step of a workflow, discriminated by `type`. */
export type NodeDefinition<T extends LocalizedText = string> =
  | StartNode<T>
  | EndNode<T>
  | TaskNode<T>
  | ApprovalNode<T>
  | ExclusiveNode<T>
  | ParallelNode<T>
  | SubworkflowNode<T>
  | AutomationNode<T>
  | TimerNode<T>;

/** A connection between two nodes, optionally with a condition (`when`) or an approval `outcome`. */
export interface EdgeDefinition<T extends LocalizedText = string> {
  id: string;
  from: string;
  to: string;
  /** jsonata over the ticket context; the first matching edge of an exclusive gateway is taken. */
  when?: string;
  default?: boolean;
  label?: T;
  outcome?: 'approved' | 'rejected';
}

/** A JSON Schema (draft 2020-12 subset) describing the ticket's fields. */
export interface JsonSchema<T extends LocalizedText = string> {
  type?: string | string[];
  title?: T;
  description?: T;
  properties?: Record<string, JsonSchema<T>>;
  required?: string[];
  items?: JsonSchema<T>;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  oneOf?: JsonSchema<T>[];
  anyOf?: JsonSchema<T>[];
  [keyword: string]: unknown;
}

/** One choice of a select, radio or cascading field. */
export interface FieldOption<T extends LocalizedText = string> {
  value: string | number | boolean;
  label: T;
  /** Cascading selects: the parent option value this option belongs to. */
  parent?: string | number | boolean;
}

/** Presentation of one field. */
export interface FieldUi<T extends LocalizedText = string> {
  /** Widget name in the host's widget registry (`text`, `textarea`, `select`, `user`, ...). */
  widget?: string;
  label?: T;
  help?: T;
  placeholder?: T;
  /** Columns of its row this field spans (1–4). */
  span?: 1 | 2 | 3 | 4;
  options?: FieldOption<T>[];
  /** A host data source (lookup, picker or dynamic options) by name. */
  source?: string;
  /** Cascading select: the field whose value filters this field's options. */
  dependsOn?: string;
  /** Widget-specific settings. */
  props?: Record<string, unknown>;
}

/** An item of the form layout: tabs, groups and rows hold fields and texts. */
export type FormLayoutNode<T extends LocalizedText = string> =
  | { type: 'tab'; id: string; title: T; children: FormLayoutNode<T>[] }
  | {
      type: 'group';
      id: string;
      title: T;
      collapsible?: boolean;
      collapsed?: boolean;
      children: FormLayoutNode<T>[];
    }
  | { type: 'row'; id: string; columns?: 1 | 2 | 3 | 4; children: FormLayoutNode<T>[] }
  | { type: 'field'; field: string }
  | { type: 'text'; id: string; content: T };

/** How the form looks: its layout and each field's presentation. */
export interface FormUi<T extends LocalizedText = string> {
  /** Tabs, groups and rows; fields not placed are shown after the layout in schema order. */
  layout?: FormLayoutNode<T>[];
  fields?: Record<string, FieldUi<T>>;
}

/** Dynamic behaviour of one field: each property is a jsonata expression over the rule context. */
export interface FormRule {
  id?: string;
  field: string;
  visible?: string;
  required?: string;
  readonly?: string;
  /** Computed value. */
  value?: string;
}

/** A named set of values that pre-fills the form (`startTicket({ template })`). */
export interface FormTemplate<T extends LocalizedText = string> {
  id: string;
  name: T;
  description?: T;
  values: Record<string, unknown>;
}

/** The ticket's form: fields (JSON Schema), presentation, dynamic rules and templates. */
export interface FormDefinition<T extends LocalizedText = string> {
  schema: JsonSchema<T>;
  ui?: FormUi<T>;
  rules?: FormRule[];
  templates?: FormTemplate<T>[];
}

/** The two clocks of an SLA policy. */
export type SlaTarget = 'response' | 'resolution';

/** What happens to a running clock when a change makes a different policy apply. */
export type SlaPolicyChange = 'restart' | 'retroactive' | 'carry';

/** A service-level agreement: target times for tickets its `when` matches. */
export interface SlaPolicy<T extends LocalizedText = string> {
  id: string;
  name: T;
  /** jsonata condition on the ticket context; the first matching policy in order applies. */
  when?: string;
  targets: { response?: string; resolution?: string };
  /** A key of the runtime's calendars; natural 24x7 time when absent. */
  calendar?: string;
  /** Warning thresholds as percentages of the target, e.g. [50, 75]. */
  warnAt?: number[];
  /** jsonata conditions overriding the defaults. */
  start?: string;
  pause?: string;
  stop?: string;
  cancel?: string;
  onWarn?: AutomationAction[];
  onBreach?: AutomationAction[];
  onPolicyChange?: SlaPolicyChange;
}

/** What makes a trigger run. */
export type TriggerEvent = 'created' | 'updated' | 'action' | 'statusChanged' | 'nodeEntered';

/** Actions run when something happens to a ticket of this workflow. */
export interface TriggerDefinition<T extends LocalizedText = string> {
  id: string;
  name?: T;
  on: TriggerEvent[];
  when?: string;
  actions: AutomationAction[];
}

/** Actions run every `every` on the tickets `select` matches. */
export interface PeriodicAutomation<T extends LocalizedText = string> {
  id: string;
  name?: T;
  /** ISO 8601 duration between runs. */
  every: string;
  /** jsonata condition selecting the tickets of this workflow to act on. */
  select: string;
  actions: AutomationAction[];
}

/** How the requester may reopen a resolved ticket. */
export interface ReopenConfig {
  /** ISO 8601 duration after resolution during which the requester may reopen. */
  within: string;
  /** The task, approval or start step the reopened ticket goes back to. */
  to: string;
  /** The resolution clock: `resume` (default) counts on from where it stopped, `restart` from zero. */
  sla?: 'resume' | 'restart';
}

/** A satisfaction survey the requester answers (`rate`) once the ticket is resolved. */
export interface SurveyConfig<T extends LocalizedText = string> {
  /** The survey's own fields; `{ rating: 1–5 }` (required) when absent. A `rating` field feeds reports. */
  form?: JsonSchema<T>;
  /** ISO 8601 duration after resolution without an answer, then `then` happens. */
  after?: string;
  /** `close`: the ticket is closed; `expire` (default): the survey is no longer offered. */
  then?: 'close' | 'expire';
}

/**
 * A workflow definition: the JSON document the designers edit and the runtime executes. Check one
 * with `validateDefinition` (errors) and `lintDefinition` (warnings); its JSON Schema is
 * `definitionSchema`.
 *
 * `T` is the type of its texts: `string` (the default) in a definition as served to a reader, its
 * texts picked for their locale (`client.getDefinition`, ticket views); {@link LocalizedText} in
 * one as written ({@link LocalizedDefinition}: what is published, stored, drafted and edited).
 */
export interface WorkflowDefinition<T extends LocalizedText = string> {
  schemaVersion: 1;
  /** Stable id; each publish makes a new immutable version. */
  key: string;
  name: T;
  description?: T;
  /**
   * The locales this definition's texts are written in, the first being its default: lint warns
   * about a {@link LocalizedText} without a variant for one of them.
   */
  locales?: string[];
  /** Service catalog path, 1–5 levels. */
  catalog?: T[];
  /** Prefix of ticket numbers (`CHG` → `CHG-20261123-0001`); derived from the key when absent. */
  numberPrefix?: string;
  /** A jsonata expression giving the ticket's title from its data. */
  title?: string;
  permissions?: {
    start?: Principal[];
    view?: Principal[];
    publish?: Principal[];
    /**
     * Dispatchers (team leads, service desk managers): they see the workflow's tickets desk side
     * and may `reassign` any open work on them to someone, not only work they hold themselves.
     */
    assign?: Principal[];
  };
  form: FormDefinition<T>;
  nodes: NodeDefinition<T>[];
  edges: EdgeDefinition<T>[];
  sla?: SlaPolicy<T>[];
  triggers?: TriggerDefinition<T>[];
  automations?: PeriodicAutomation<T>[];
  /** Close resolved tickets automatically after this ISO 8601 duration. */
  autoClose?: string;
  /** The requester may reopen a resolved ticket within a window, back to a step. */
  reopen?: ReopenConfig;
  /** A satisfaction survey offered to the requester on resolution. */
  survey?: SurveyConfig<T>;
}
