import type { Principal } from '@deskkit/runtime';

/** Kinds of principal a picker offers. */
export type PrincipalKind = 'user' | 'role' | 'group' | 'department';

/** The kind of a principal. */
export function kindOf(p: Principal): PrincipalKind {
  return 'user' in p ? 'user' : 'role' in p ? 'role' : 'group' in p ? 'group' : 'department';
}

/** The id a principal names (a user, role, group or department id). */
export function idOf(p: Principal): string {
  return 'user' in p ? p.user : 'role' in p ? p.role : 'group' in p ? p.group : p.department;
}

/** `kind:id`, the same for two principals exactly when they name the same one. */
export function principalKey(p: Principal): string {
  return `${kindOf(p)}:${idOf(p)}`;
}

/** A principal of a kind. */
export function makePrincipal(kind: PrincipalKind, id: string): Principal {
  switch (kind) {
    case 'user':
      return { user: id };
    case 'role':
      return { role: id };
    case 'group':
      return { group: id };
    default:
      return { department: id };
  }
}

/*
 * The picker's edits of a list of principals (assignees, approvers' fallback, recipients, who may
 * start): pure functions from a list to the next one, stored by the caller's recipe.
 */

/**
 * Adds a principal of a kind by id (trimmed); null when the id is empty or already in the list, so
 * the caller records no edit.
 */
export function addPrincipal(
  list: readonly Principal[],
  kind: PrincipalKind,
  id: string,
): Principal[] | null {
  const trimmed = id.trim();
  const p = makePrincipal(kind, trimmed);
  if (!trimmed || list.some((x) => principalKey(x) === principalKey(p))) return null;
  return [...list, p];
}

/** Removes the principal of a kind with an id. */
export function removePrincipal(
  list: readonly Principal[],
  kind: PrincipalKind,
  id: string,
): Principal[] {
  return list.filter((x) => !(kindOf(x) === kind && idOf(x) === id));
}
