import type { DirectoryUser, Principal } from '@deskkit/runtime';
import type { DemoOrganisation } from '../demo/organisation';

type Kind = 'user' | 'role' | 'group' | 'department';

/**
 * The directory as pickers read it (`FormDirectory`, the designer's directory): people, roles,
 * groups and departments of the settings this user may read, searched by name or id.
 */
export function organisationDirectory(org: DemoOrganisation) {
  const entries = (kind: Kind): Array<{ id: string; name: string }> => {
    if (kind === 'user') return org.users.map((u) => ({ id: u.id, name: u.name ?? u.id }));
    const list = kind === 'role' ? org.roles : kind === 'group' ? org.groups : org.departments;
    return list.map((e) => ({ id: e.id, name: e.name }));
  };
  return {
    async list(kind: Kind, search?: string) {
      const needle = search?.trim().toLowerCase() ?? '';
      return entries(kind).filter(
        (e) => !needle || e.name.toLowerCase().includes(needle) || e.id.includes(needle),
      );
    },
    /** Who a principal stands for: a role's holders, a group's or department's members. */
    async members(p: Principal): Promise<string[]> {
      const holds = (u: DirectoryUser) =>
        'user' in p
          ? u.id === p.user
          : 'role' in p
            ? (u.roles ?? []).includes(p.role)
            : 'group' in p
              ? (u.groups ?? []).includes(p.group)
              : u.department === p.department;
      return org.users.filter(holds).map((u) => u.id);
    },
    async getUser(id: string): Promise<DirectoryUser | null> {
      return org.users.find((u) => u.id === id) ?? null;
    },
  };
}
