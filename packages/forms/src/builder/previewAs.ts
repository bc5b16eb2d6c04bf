import type { FieldPermission, Principal, WorkflowDefinition } from '@deskkit/runtime';
import { fieldPermissionsAt } from '@deskkit/runtime';

/** Who the builder's preview shows the form to, at the chosen step. */
export type PreviewAudience =
  /** Whoever works the step: the step's permissions. */
  | { kind: 'worker' }
  /** Someone with this role: the step's permissions when the step names the role, else read only. */
  | { kind: 'role'; role: string }
  /** Someone who sees the ticket without working the step (a watcher, the requester later). */
  | { kind: 'viewer' };

/** A step as the preview knows it (a `BuilderStep`). */
export interface PreviewStep {
  id: string;
  type?: WorkflowDefinition['nodes'][number]['type'];
  fields?: Record<string, FieldPermission>;
  /** Who works the step, when the builder has no definition to read it from. */
  workers?: Principal[];
}

/** What the preview renders: the permissions, and whether the audience works the step. */
export interface PreviewAccess {
  /** Absent: the requester filling a new form, everything editable. */
  permissions?: Record<string, FieldPermission>;
  readOnly: boolean;
  /** For a role: whether the step (or, for the requester, `permissions.start`) names it. */
  works?: boolean;
}

const roleOf = (p: Principal): string | undefined => ('role' in p ? p.role : undefined);

/** The user ids a principal stands for, as the directory answered (undefined: not known). */
export type MembersOf = (principal: Principal) => readonly string[] | undefined;

/** Whether a role works among `workers`: named itself, or sharing a member with one of them. */
export function roleWorks(
  role: string,
  workers: readonly Principal[],
  membersOf?: MembersOf,
): boolean {
  if (workers.some((p) => roleOf(p) === role)) return true;
  const holders = new Set(membersOf?.({ role }) ?? []);
  if (holders.size === 0) return false;
  // A named person stands for themself; a group or a department for its members.
  const of = (p: Principal) => ('user' in p ? [p.user] : membersOf?.(p));
  return workers.some((p) => of(p)?.some((u) => holders.has(u)) ?? false);
}

/** Who works a node of the definition: its assignment's candidates and its approval's fallback. */
function workersOf(def: WorkflowDefinition | undefined, step: PreviewStep): Principal[] {
  const node = def?.nodes.find((n) => n.id === step.id);
  if (!node) return step.workers ?? [];
  if (node.type === 'start') return def?.permissions?.start ?? [];
  const n = node as { assign?: { to?: Principal[] }; approval?: { fallback?: Principal[] } };
  return [...(n.assign?.to ?? []), ...(n.approval?.fallback ?? [])];
}

/** The principals who work a step (for the requester: who may start), to ask the directory about. */
export function workersAt(def: WorkflowDefinition, step: PreviewStep | undefined): Principal[] {
  const start = def.nodes.find((n) => n.type === 'start');
  const at = step ?? (start ? { id: start.id, type: start.type } : undefined);
  return at ? workersOf(def, at) : [];
}

/**
 * Every role the definition names (who may start, view, assign and publish it, who works its
 * steps), then `extra` (the directory's roles), each once, in that order.
 */
export function rolesNamed(
  def: WorkflowDefinition | undefined,
  extra: readonly string[] = [],
): string[] {
  const found = new Set<string>();
  const add = (list: readonly Principal[] | undefined) =>
    list?.forEach((p) => {
      const role = roleOf(p);
      if (role) found.add(role);
    });
  if (def) {
    const { start, view, assign, publish } = def.permissions ?? {};
    [start, view, assign, publish].forEach(add);
    for (const node of def.nodes) add(workersOf(def, { id: node.id }));
  }
  extra.forEach((r) => found.add(r));
  return [...found];
}

function readOnly(perms: Record<string, FieldPermission>): Record<string, FieldPermission> {
  return Object.fromEntries(
    Object.entries(perms).map(([f, p]): [string, FieldPermission] => [
      f,
      p === 'hidden' ? p : 'read',
    ]),
  );
}

/** The step's field permissions as the runtime computes them (`null` when it cannot). */
function stepPermissions(
  def: WorkflowDefinition,
  step: PreviewStep,
): Record<string, FieldPermission> | null {
  const known = def.nodes.some((n) => n.id === step.id);
  const doc = known
    ? def
    : ({
        ...def,
        nodes: [
          {
            id: step.id,
            type: step.type ?? 'task',
            ...(step.fields ? { fields: step.fields } : {}),
          },
        ],
      } as WorkflowDefinition);
  try {
    return fieldPermissionsAt(doc, step.id);
  } catch {
    return null;
  }
}

/**
 * The field permissions the preview applies for one audience at one step (`step` absent: the
 * requester raising the ticket). A role works a step when the step names it among who works it
 * (for the requester: when `permissions.start` names it or is open), or when `membersOf` (the
 * directory's answers) shows a holder of the role among the group, department or person the step
 * names. Otherwise the role sees the step read only, as a viewer does.
 *
 * @example
 * ```ts
 * previewAccess(def, def.nodes.find((n) => n.id === 'review'), { kind: 'role', role: 'cab' });
 * // { permissions: { risk: 'edit', internal: 'hidden', … }, readOnly: false, works: true }
 * ```
 */
export function previewAccess(
  def: WorkflowDefinition,
  step: PreviewStep | undefined,
  audience: PreviewAudience,
  membersOf?: MembersOf,
): PreviewAccess {
  const start = def.nodes.find((n) => n.type === 'start');
  const at = step ?? (start ? { id: start.id, type: start.type } : undefined);
  if (audience.kind === 'worker') {
    const permissions = step ? stepPermissions(def, step) : null;
    return { ...(permissions ? { permissions } : {}), readOnly: false };
  }
  const permissions = at ? stepPermissions(def, at) : null;
  if (audience.kind === 'viewer') {
    return { ...(permissions ? { permissions: readOnly(permissions) } : {}), readOnly: true };
  }
  const workers = at ? workersOf(def, at) : [];
  const opensToAll = !step && !def.permissions?.start;
  const works = opensToAll || roleWorks(audience.role, workers, membersOf);
  if (works) return { ...(permissions ? { permissions } : {}), readOnly: false, works };
  return { ...(permissions ? { permissions: readOnly(permissions) } : {}), readOnly: true, works };
}
