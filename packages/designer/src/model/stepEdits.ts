import {
  ACTION_NAMES,
  type ActionName,
  type ApprovalConfig,
  type ApprovalNode,
  type AssignmentStrategy,
  type AutomationAction,
  type EdgeDefinition,
  type EndNode,
  type NodeDefinition,
  type OlaPolicy,
  type SubworkflowNode,
  type TaskNode,
  type TimerNode,
  type WorkflowDefinition,
} from '@deskkit/runtime';
import { findNode } from './edits';

/*
 * The inspector's edits of one step or one connection, as named immer recipes over the definition
 * (like the canvas edits in edits.ts): under `produce` each is a pure function of the definition
 * and its arguments, and the history records it as one undo step. A step or edge that is missing,
 * or of another type, is left alone.
 */

/** Sets `prop`, or removes it when `value` is `undefined` or ''. */
export function setOrDelete<T extends object, K extends keyof T>(
  target: T,
  prop: K,
  value: T[K] | undefined,
): void {
  if (value === undefined || value === '') delete target[prop];
  else target[prop] = value;
}

/** The general texts and flags every step may carry. */
export type StepProp = 'name' | 'description' | 'customerFacing';

/** Sets a step's name, description or customer-facing flag (an empty or false value removes it). */
export function setStepProp<K extends StepProp>(
  draft: WorkflowDefinition,
  nodeId: string,
  prop: K,
  value: NodeDefinition[K] | undefined,
): void {
  const n = findNode(draft, nodeId);
  if (n) setOrDelete(n, prop, value === false ? undefined : value);
}

/** The status an end step closes the ticket with; none is `resolved`. */
export function setEndStatus(
  draft: WorkflowDefinition,
  nodeId: string,
  status: EndNode['status'] | undefined,
): void {
  const n = findNode(draft, nodeId);
  if (n?.type === 'end') setOrDelete(n, 'status', status);
}

/** Whether a decision's conditions cover every case (no default branch needed). */
export function setExhaustive(draft: WorkflowDefinition, nodeId: string, on: boolean): void {
  const n = findNode(draft, nodeId);
  if (n?.type === 'exclusive') setOrDelete(n, 'exhaustive', on || undefined);
}

/** The actions an automation step runs. */
export function setStepAutomation(
  draft: WorkflowDefinition,
  nodeId: string,
  actions: AutomationAction[],
): void {
  const n = findNode(draft, nodeId);
  if (n?.type === 'automation') n.automation = { ...n.automation, actions };
}

type Assign = NonNullable<TaskNode['assign']>;

/**
 * Changes a task's or approval's assignment: its strategy (none is `claim`), the field or rota it
 * reads, or its candidates. An empty field or rota is removed.
 */
export function setAssignment<K extends 'strategy' | 'field' | 'rota' | 'to'>(
  draft: WorkflowDefinition,
  nodeId: string,
  prop: K,
  value: Assign[K] | undefined,
): void {
  const n = findNode(draft, nodeId);
  if (n?.type !== 'task' && n?.type !== 'approval') return;
  n.assign ??= { strategy: 'claim' };
  if (prop === 'strategy') n.assign.strategy = (value as AssignmentStrategy | undefined) || 'claim';
  else if (prop === 'to') n.assign.to = value as Assign['to'];
  else n.assign[prop] = (value || undefined) as Assign[K];
}

function approvalOf(draft: WorkflowDefinition, nodeId: string): ApprovalConfig | undefined {
  const n = findNode(draft, nodeId);
  if (n?.type !== 'approval') return undefined;
  return (n.approval ??= { mode: 'single' });
}

/** The approval mode; leaving `quorum` drops its minimum and ratio. */
export function setApprovalMode(
  draft: WorkflowDefinition,
  nodeId: string,
  mode: ApprovalConfig['mode'] | undefined,
): void {
  const c = approvalOf(draft, nodeId);
  if (!c) return;
  c.mode = mode || 'single';
  if (c.mode !== 'quorum') {
    delete c.min;
    delete c.ratio;
  }
}

/** What a rejection does (none is `end`); anything but `node` drops the step to go back to. */
export function setOnReject(
  draft: WorkflowDefinition,
  nodeId: string,
  onReject: ApprovalConfig['onReject'] | undefined,
): void {
  const c = approvalOf(draft, nodeId);
  if (!c) return;
  c.onReject = onReject || 'end';
  if (c.onReject !== 'node') delete c.rejectTo;
}

/**
 * Sets the quorum's minimum or ratio, the step a rejection goes back to, or who approves when the
 * requester was the only candidate. An unset value or an empty list is removed.
 */
export function setApprovalProp<K extends 'min' | 'ratio' | 'rejectTo' | 'fallback'>(
  draft: WorkflowDefinition,
  nodeId: string,
  prop: K,
  value: ApprovalConfig[K] | undefined,
): void {
  const c = approvalOf(draft, nodeId);
  if (!c) return;
  setOrDelete(c, prop, Array.isArray(value) && value.length === 0 ? undefined : value);
}

/** Whether the requester may approve their own request. */
export function setAllowRequester(draft: WorkflowDefinition, nodeId: string, on: boolean): void {
  const n = findNode(draft, nodeId);
  if (n?.type === 'approval')
    setOrDelete<ApprovalNode, 'allowRequester'>(n, 'allowRequester', on || undefined);
}

/**
 * Turns a step's explicit list of allowed actions on (starting from the usual ones of its type)
 * or off (back to the type's defaults).
 */
export function setCustomActions(draft: WorkflowDefinition, nodeId: string, on: boolean): void {
  const n = findNode(draft, nodeId);
  if (!n) return;
  if (!on) delete n.actions;
  else if (!n.actions)
    n.actions = n.type === 'approval' ? ['approve', 'reject', 'comment'] : ['submit', 'comment'];
}

/** Allows or disallows one action at a step; the list keeps the runtime's order. */
export function setActionAllowed(
  draft: WorkflowDefinition,
  nodeId: string,
  action: ActionName,
  on: boolean,
): void {
  const n = findNode(draft, nodeId);
  if (!n) return;
  const list = new Set<ActionName>(n.actions ?? []);
  if (on) list.add(action);
  else list.delete(action);
  n.actions = ACTION_NAMES.filter((x) => list.has(x));
}

/** Gives a step an OLA (8 working hours to start with) or removes it. */
export function setOlaEnabled(draft: WorkflowDefinition, nodeId: string, on: boolean): void {
  const n = findNode(draft, nodeId);
  if (!n) return;
  if (!on) delete n.ola;
  else n.ola ??= { target: 'PT8H' };
}

/**
 * Sets a property of a step's OLA (creating it when missing): its target, calendar, warning
 * thresholds or warn / breach actions. An empty value or action list is removed; the target stays.
 */
export function setOlaProp<K extends keyof OlaPolicy>(
  draft: WorkflowDefinition,
  nodeId: string,
  prop: K,
  value: OlaPolicy[K] | undefined,
): void {
  const n = findNode(draft, nodeId);
  if (!n) return;
  n.ola ??= { target: 'PT8H' };
  if (prop === 'target') n.ola.target = (value as string | undefined) ?? '';
  else setOrDelete(n.ola, prop, Array.isArray(value) && value.length === 0 ? undefined : value);
}

type SubworkflowConfig = SubworkflowNode['subworkflow'];

/** Sets which workflow a sub-workflow step runs, its pinned version (none: the latest), or a mapping. */
export function setSubworkflowProp<K extends keyof SubworkflowConfig>(
  draft: WorkflowDefinition,
  nodeId: string,
  prop: K,
  value: SubworkflowConfig[K] | undefined,
): void {
  const n = findNode(draft, nodeId);
  if (n?.type !== 'subworkflow') return;
  n.subworkflow ??= { key: '' };
  if (prop === 'key') n.subworkflow.key = (value as string | undefined) ?? '';
  else if (prop === 'version')
    setOrDelete(n.subworkflow, 'version', (value as number | undefined) || undefined);
  else n.subworkflow[prop] = value as SubworkflowConfig[K];
}

/** Sets how long a timer step waits, the date field it waits for, or its calendar ('' removes). */
export function setTimerProp<K extends keyof NonNullable<TimerNode['timer']>>(
  draft: WorkflowDefinition,
  nodeId: string,
  prop: K,
  value: NonNullable<TimerNode['timer']>[K] | undefined,
): void {
  const n = findNode(draft, nodeId);
  if (n?.type !== 'timer') return;
  n.timer ??= {};
  setOrDelete(n.timer, prop, value);
}

function edgeOf(draft: WorkflowDefinition, edgeId: string): EdgeDefinition | undefined {
  return draft.edges.find((e) => e.id === edgeId);
}

/** Moves a connection's start or end to another step. */
export function setEdgeEnd(
  draft: WorkflowDefinition,
  edgeId: string,
  end: 'from' | 'to',
  nodeId: string,
): void {
  const e = edgeOf(draft, edgeId);
  if (e && nodeId) e[end] = nodeId;
}

/** Sets a connection's label, outcome or condition ('' or none removes it). */
export function setEdgeProp<K extends 'label' | 'outcome' | 'when'>(
  draft: WorkflowDefinition,
  edgeId: string,
  prop: K,
  value: EdgeDefinition[K] | undefined,
): void {
  const e = edgeOf(draft, edgeId);
  if (e) setOrDelete(e, prop, value);
}

/** Makes a connection its decision's one default branch (clearing the others), or not default. */
export function setDefaultEdge(draft: WorkflowDefinition, edgeId: string, on: boolean): void {
  const edge = edgeOf(draft, edgeId);
  if (!edge) return;
  for (const e of draft.edges) {
    if (e.id === edgeId) setOrDelete(e, 'default', on || undefined);
    else if (on && e.from === edge.from && e.default) delete e.default;
  }
}
