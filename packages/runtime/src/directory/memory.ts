import type { Principal } from '../definition/definition.types';
import { NotFoundError } from '../errors/errors';
import type { DelegationRule, Directory, DirectoryUser } from './directory.types';
import { onCallUsers, type OnCallRotation } from '../time/oncall';

/** A named role, group or department for pickers. */
export interface DirectoryEntry {
  id: string;
  name?: string;
}

/** What {@link memoryDirectory} is seeded with. */
export interface MemoryDirectorySeed {
  users: DirectoryUser[];
  groups?: DirectoryEntry[];
  roles?: DirectoryEntry[];
  departments?: DirectoryEntry[];
  /** On-call rotas; the richer {@link OnCallRotation} adds hand-over times, leave, swaps and targeted overrides. */
  rotas?: OnCallRotation[];
  /** Out-of-office rules: new work for `user` goes to `delegate` from `from` to `to`. */
  delegations?: DelegationRule[];
}

function inRange(rule: DelegationRule, at: Date): boolean {
  const t = at.getTime();
  const day = at.toISOString().slice(0, 10);
  // Date-only bounds are whole days (inclusive); date-times are instants.
  const afterFrom = rule.from.length === 10 ? day >= rule.from : t >= Date.parse(rule.from);
  const beforeTo = rule.to.length === 10 ? day <= rule.to : t <= Date.parse(rule.to);
  return afterFrom && beforeTo;
}

/**
 * A directory kept in memory: users with roles, groups, a department and a manager; on-call rotas;
 * out-of-office delegation rules. Enough for tests, demos and the playground; hosts with LDAP or a
 * user service implement {@link Directory} themselves.
 *
 * @example
 * ```ts
 * const directory = memoryDirectory({
 *   users: [
 *     { id: 'ann', roles: ['employee'], department: 'sales', manager: 'max' },
 *     { id: 'max', roles: ['employee', 'manager'], groups: ['cab'] },
 *   ],
 *   groups: [{ id: 'cab', name: 'Change advisory board' }],
 *   delegations: [{ user: 'max', delegate: 'eve', from: '2026-12-20', to: '2027-01-04' }],
 * });
 * await directory.resolve([{ group: 'cab' }]); // ['max']
 * ```
 */
export function memoryDirectory(seed: MemoryDirectorySeed): Directory {
  const users = new Map<string, DirectoryUser>();
  for (const u of seed.users) users.set(u.id, { ...u });
  const rotas = new Map<string, OnCallRotation>();
  for (const r of seed.rotas ?? []) rotas.set(r.id, r);
  const delegations = seed.delegations ?? [];

  function has(u: DirectoryUser, p: Principal): boolean {
    if ('user' in p) return u.id === p.user;
    if ('role' in p) return !!u.roles?.includes(p.role);
    if ('group' in p) return !!u.groups?.includes(p.group);
    if ('department' in p) return u.department === p.department;
    return false;
  }

  function entries(
    kind: 'role' | 'group' | 'department',
    seeded: DirectoryEntry[] | undefined,
  ): Array<{ id: string; name: string }> {
    const out = new Map<string, string>();
    for (const e of seeded ?? []) out.set(e.id, e.name ?? e.id);
    for (const u of users.values()) {
      const ids =
        kind === 'role'
          ? u.roles
          : kind === 'group'
            ? u.groups
            : u.department
              ? [u.department]
              : [];
      for (const id of ids ?? []) if (!out.has(id)) out.set(id, id);
    }
    return [...out].map(([id, name]) => ({ id, name }));
  }

  return {
    async getUser(id) {
      const u = users.get(id);
      return u ? { ...u } : null;
    },
    async resolve(principals) {
      const out = new Set<string>();
      for (const p of principals) {
        if ('user' in p) {
          out.add(p.user);
          continue;
        }
        for (const u of users.values()) if (has(u, p)) out.add(u.id);
      }
      return [...out];
    },
    async matches(userId, principals) {
      const u = users.get(userId);
      return principals.some((p) => ('user' in p ? p.user === userId : !!u && has(u, p)));
    },
    async onCall(rota, at) {
      const r = rotas.get(rota);
      if (!r)
        throw new NotFoundError(
          `On-call rota "${rota}" is not in the directory; add it to the directory's rotas.`,
        );
      return onCallUsers(r, at);
    },
    async delegateOf(userId, at) {
      // Follow chains (a → b → c) but never loop.
      const seen = new Set([userId]);
      let current = userId;
      for (;;) {
        const rule = delegations.find((d) => d.user === current && inRange(d, at));
        if (!rule || seen.has(rule.delegate)) break;
        seen.add(rule.delegate);
        current = rule.delegate;
      }
      return current === userId ? null : current;
    },
    async list(kind, search) {
      const all =
        kind === 'user'
          ? [...users.values()].map((u) => ({ id: u.id, name: u.name ?? u.id }))
          : entries(
              kind,
              kind === 'role' ? seed.roles : kind === 'group' ? seed.groups : seed.departments,
            );
      if (!search) return all;
      const s = search.toLowerCase();
      return all.filter((e) => e.id.toLowerCase().includes(s) || e.name.toLowerCase().includes(s));
    },
  };
}
