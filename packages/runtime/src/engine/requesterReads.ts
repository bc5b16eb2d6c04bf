import type { RequesterProfile } from './requester.types';

/**
 * The parts of `$requester` a set of expressions reads: profile keys (`department`, `vip`, ...) and
 * custom attribute names (`$requester.attributes.tier`). `'*'` in either set stands for the whole
 * profile or all attributes, when an expression uses `$requester` or `$requester.attributes` as a
 * value (passed to a function, indexed, compared whole) and the parts cannot be told.
 */
export interface RequesterReads {
  keys: ReadonlySet<string>;
  attributes: ReadonlySet<string>;
}

const IDENT = /^\.([A-Za-z_][A-Za-z0-9_]*)/;

/** What {@link RequesterReads} the expressions have. */
export function requesterReadsOf(exprs: readonly string[]): RequesterReads {
  const keys = new Set<string>();
  const attributes = new Set<string>();
  for (const expr of exprs) {
    const re = /\$requester\b/g;
    for (let m = re.exec(expr); m; m = re.exec(expr)) {
      const rest = expr.slice(m.index + m[0].length);
      const key = IDENT.exec(rest);
      if (!key) {
        keys.add('*');
        continue;
      }
      keys.add(key[1]!);
      if (key[1] === 'attributes') {
        const attribute = IDENT.exec(rest.slice(key[0].length));
        attributes.add(attribute ? attribute[1]! : '*');
      }
    }
  }
  return { keys, attributes };
}

/**
 * The profile narrowed to what the reads need, for answers that leave the runtime (a ticket view's
 * `bindings`): a form rule that reads `$requester.vip` does not show the requester's e-mail, groups
 * or custom attributes to everyone who may see the ticket. `id` always stays (the ticket names its
 * requester anyway).
 */
export function narrowRequesterProfile(
  profile: RequesterProfile,
  reads: RequesterReads,
): RequesterProfile {
  if (reads.keys.has('*')) return profile;
  const keep = (k: keyof RequesterProfile) => reads.keys.has(k);
  const attributes: Record<string, unknown> = {};
  if (keep('attributes')) {
    for (const [k, v] of Object.entries(profile.attributes)) {
      if (reads.attributes.has('*') || reads.attributes.has(k)) attributes[k] = v;
    }
  }
  return {
    id: profile.id,
    ...(keep('name') && profile.name !== undefined ? { name: profile.name } : {}),
    ...(keep('email') && profile.email !== undefined ? { email: profile.email } : {}),
    ...(keep('department') && profile.department !== undefined
      ? { department: profile.department }
      : {}),
    groups: keep('groups') ? profile.groups : [],
    roles: keep('roles') ? profile.roles : [],
    ...(keep('manager') && profile.manager !== undefined ? { manager: profile.manager } : {}),
    vip: keep('vip') ? profile.vip : false,
    attributes,
  };
}
