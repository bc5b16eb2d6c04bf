import type {
  FormTemplate,
  PeriodicAutomation,
  Principal,
  SlaPolicy,
  TriggerDefinition,
  TriggerEvent,
  WorkflowDefinition,
} from '@deskkit/runtime';
import { uniqueId } from './edits';
import { setOrDelete } from './stepEdits';

/*
 * The workflow settings' edits (Settings tab), as named immer recipes over the definition like
 * the step edits in stepEdits.ts: pure under `produce`, one undo step each, and a no-op when the
 * entry they address is missing.
 */

function sameList<T>(a: readonly T[], b: readonly T[] | undefined): boolean {
  return a.length === b?.length && a.every((x, i) => x === b[i]);
}

/** Catalog paths have at most this many levels. */
export const CATALOG_LEVELS = 5;

/** Sets a workflow-level text; the name and key stay ('' when emptied), the others are removed. */
export function setWorkflowProp<
  K extends 'name' | 'key' | 'numberPrefix' | 'description' | 'title',
>(draft: WorkflowDefinition, prop: K, value: WorkflowDefinition[K] | undefined): void {
  if (prop === 'name' || prop === 'key') draft[prop] = (value ?? '') as WorkflowDefinition[K];
  else setOrDelete(draft, prop, value);
}

/** Sets one level of the catalog path; an emptied level cuts the path there (no gaps). */
export function setCatalogLevel(
  draft: WorkflowDefinition,
  level: number,
  value: string | undefined,
): void {
  const path = [...(draft.catalog ?? [])];
  path[level] = value ?? '';
  const cut = path.findIndex((p) => !p);
  const next = (cut === -1 ? path : path.slice(0, cut)).slice(0, CATALOG_LEVELS);
  if (!next.length) delete draft.catalog;
  else if (!sameList(next, draft.catalog)) draft.catalog = next;
}

/** Declares or withdraws a locale the definition's texts are written in. */
export function setLocale(draft: WorkflowDefinition, tag: string, on: boolean): void {
  const now = draft.locales ?? [];
  const next = on ? [...now.filter((l) => l !== tag), tag] : now.filter((l) => l !== tag);
  if (next.length) draft.locales = next;
  else delete draft.locales;
}

/** Who may start, view or dispatch: an empty list is removed (starting keeps it: nobody). */
export function setPermission(
  draft: WorkflowDefinition,
  who: keyof NonNullable<WorkflowDefinition['permissions']>,
  next: Principal[],
): void {
  draft.permissions ??= {};
  if (next.length || who === 'start') draft.permissions[who] = next;
  else delete draft.permissions[who];
  if (!Object.keys(draft.permissions).length) delete draft.permissions;
}

/** Adds a form template with a fresh id; returns the id. */
export function addTemplate(draft: WorkflowDefinition): string {
  draft.form.templates ??= [];
  const id = uniqueId('template', new Set(draft.form.templates.map((x) => x.id)));
  draft.form.templates.push({
    id,
    name: `Template ${draft.form.templates.length + 1}`,
    values: {},
  });
  return id;
}

/** Sets a template's name or values. */
export function setTemplateProp<K extends 'name' | 'values'>(
  draft: WorkflowDefinition,
  index: number,
  prop: K,
  value: FormTemplate[K],
): void {
  const tpl = draft.form.templates?.[index];
  if (tpl) tpl[prop] = value;
}

/** Removes a template. */
export function removeTemplate(draft: WorkflowDefinition, index: number): void {
  draft.form.templates?.splice(index, 1);
}

/**
 * Adds an SLA policy (4 h response, 1 day resolution, warning at 75 %); returns its id. `name`
 * gives its name from its number (the editor's, in the UI language); `SLA n` by default.
 */
export function addSlaPolicy(
  draft: WorkflowDefinition,
  name: (n: number) => string = (n) => `SLA ${n}`,
): string {
  draft.sla ??= [];
  const id = uniqueId('sla', new Set(draft.sla.map((p) => p.id)));
  draft.sla.push({
    id,
    name: name(draft.sla.length + 1),
    targets: { response: 'PT4H', resolution: 'P1D' },
    warnAt: [75],
  });
  return id;
}

/**
 * Sets a property of an SLA policy: name and id stay when emptied; the calendar, warnings,
 * conditions, policy change and warn / breach actions are removed when empty.
 */
export function setSlaProp<K extends keyof Omit<SlaPolicy, 'targets'>>(
  draft: WorkflowDefinition,
  index: number,
  prop: K,
  value: SlaPolicy[K] | undefined,
): void {
  const p = draft.sla?.[index];
  if (!p) return;
  if (prop === 'name' || prop === 'id') p[prop] = (value ?? '') as SlaPolicy[K];
  else setOrDelete(p, prop, Array.isArray(value) && value.length === 0 ? undefined : value);
}

/** Sets or removes an SLA policy's response or resolution target. */
export function setSlaTarget(
  draft: WorkflowDefinition,
  index: number,
  target: 'response' | 'resolution',
  value: string | undefined,
): void {
  const p = draft.sla?.[index];
  if (p) setOrDelete(p.targets, target, value);
}

/** Moves an SLA policy one place up or down (the first matching policy applies). */
export function moveSlaPolicy(draft: WorkflowDefinition, index: number, by: -1 | 1): void {
  const list = draft.sla;
  if (!list || !list[index] || !list[index + by]) return;
  const [p] = list.splice(index, 1);
  list.splice(index + by, 0, p!);
}

/** Removes an SLA policy. */
export function removeSlaPolicy(draft: WorkflowDefinition, index: number): void {
  draft.sla?.splice(index, 1);
}

/** The workflow's lists of triggers and of periodic automations. */
export type AutomationList = 'triggers' | 'automations';
type EntryOf<K extends AutomationList> = K extends 'triggers'
  ? TriggerDefinition
  : PeriodicAutomation;

/** Adds a trigger (on creation, no actions yet); returns its id. */
export function addTrigger(
  draft: WorkflowDefinition,
  name: (n: number) => string = (n) => `Trigger ${n}`,
): string {
  draft.triggers ??= [];
  const id = uniqueId('trigger', new Set(draft.triggers.map((x) => x.id)));
  draft.triggers.push({
    id,
    name: name(draft.triggers.length + 1),
    on: ['created'],
    actions: [],
  });
  return id;
}

/** Adds a periodic automation (hourly, on pending tickets, no actions yet); returns its id. */
export function addAutomation(
  draft: WorkflowDefinition,
  name: (n: number) => string = (n) => `Automation ${n}`,
): string {
  draft.automations ??= [];
  const id = uniqueId('automation', new Set(draft.automations.map((x) => x.id)));
  draft.automations.push({
    id,
    name: name(draft.automations.length + 1),
    every: 'PT1H',
    select: "$ticket.status = 'pending'",
    actions: [],
  });
  return id;
}

/**
 * Sets a property of a trigger or periodic automation: an emptied name or trigger condition is
 * removed; the id, interval, selection and actions stay ('' when emptied).
 */
export function setAutomationProp<K extends AutomationList, P extends keyof EntryOf<K>>(
  draft: WorkflowDefinition,
  list: K,
  index: number,
  prop: P,
  value: EntryOf<K>[P] | undefined,
): void {
  const x = (draft[list] as Array<EntryOf<K>> | undefined)?.[index];
  if (!x) return;
  if (prop === 'name' || prop === 'when') setOrDelete(x, prop, value);
  else x[prop] = (value ?? '') as EntryOf<K>[P];
}

/** Turns one event of a trigger on or off; the events keep their usual order. */
export function setTriggerEvent(
  draft: WorkflowDefinition,
  index: number,
  event: TriggerEvent,
  on: boolean,
  order: readonly TriggerEvent[],
): void {
  const x = draft.triggers?.[index];
  if (!x) return;
  const next = on
    ? order.filter((e) => e === event || x.on.includes(e))
    : x.on.filter((e) => e !== event);
  if (!sameList(next, x.on)) x.on = next;
}

/** Removes a trigger or periodic automation, and the list when it empties. */
export function removeAutomation(
  draft: WorkflowDefinition,
  list: AutomationList,
  index: number,
): void {
  const l = draft[list] as unknown[] | undefined;
  if (!l?.[index]) return;
  l.splice(index, 1);
  if (!l.length) delete draft[list];
}

/** Turns auto-close on (after 7 days) or off, or sets after how long it closes. */
export function setAutoClose(draft: WorkflowDefinition, after: string | false): void {
  if (after === false) delete draft.autoClose;
  else draft.autoClose = after;
}
