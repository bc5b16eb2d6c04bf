import type { DirectoryUser } from '../directory/directory.types';
import type { ExpressionContext } from '../expressions/expression.types';
import type { CommandContext, StagedTicket } from './engine.types';

/**
 * What an expression sees as `$requester`: the requester's directory entry, so that SLA `when`,
 * edge conditions (routing), triggers and automations can read the customer's department, groups,
 * roles, manager, VIP flag and the host's own attributes (`$requester.attributes.tier`).
 */
export interface RequesterProfile {
  id: string;
  name?: string;
  email?: string;
  department?: string;
  groups: string[];
  roles: string[];
  manager?: string;
  /** `true` for a VIP (directory `vip`), `false` otherwise. */
  vip: boolean;
  /** The directory's custom attributes (`{}` when none). */
  attributes: Record<string, unknown>;
}

/**
 * The `$requester` profile of a directory entry (`undefined`: a user the directory does not know,
 * who gets empty groups and roles). Form renderers bind it for rules that read `$requester`.
 *
 * @example
 * ```ts
 * <FormRenderer form={form} bindings={{ requester: requesterProfileOf(user) }} />
 * ```
 */
export function requesterProfileOf(
  id: string,
  u: DirectoryUser | null | undefined,
): RequesterProfile {
  return {
    id,
    ...(u?.name !== undefined ? { name: u.name } : {}),
    ...(u?.email !== undefined ? { email: u.email } : {}),
    ...(u?.department !== undefined ? { department: u.department } : {}),
    groups: [...(u?.groups ?? [])],
    roles: [...(u?.roles ?? [])],
    ...(u?.manager !== undefined ? { manager: u.manager } : {}),
    vip: u?.vip === true,
    attributes: structuredClone(u?.attributes ?? {}),
  };
}

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

const cache = new WeakMap<CommandContext, Map<string, Promise<RequesterProfile>>>();

/** The profile of a user, read from the directory once per command. */
export function requesterProfile(ctx: CommandContext, id: string): Promise<RequesterProfile> {
  let byId = cache.get(ctx);
  if (!byId) cache.set(ctx, (byId = new Map()));
  let p = byId.get(id);
  if (!p) {
    p = ctx.core.directory.getUser(id).then((u) => requesterProfileOf(id, u));
    byId.set(id, p);
  }
  return p;
}

/** Whether an expression reads `$requester` (only then is the directory asked). */
export const readsRequester = (expr: string): boolean => expr.includes('$requester');

/** What jsonata expressions of a ticket see: its data as the root, `$ticket`, `$actor`, `$now()`. */
export function expressionContext(ctx: CommandContext, s: StagedTicket): ExpressionContext {
  return {
    data: s.ticket.data,
    ticket: s.ticket,
    actor: ctx.actor !== undefined ? { id: ctx.actor } : undefined,
    now: ctx.now,
  };
}

/** {@link expressionContext} with `$requester` bound when the expression reads it. */
export async function ticketContext(
  ctx: CommandContext,
  s: StagedTicket,
  expr: string,
): Promise<ExpressionContext> {
  const base = expressionContext(ctx, s);
  if (!readsRequester(expr)) return base;
  return {
    ...base,
    bindings: { ...base.bindings, requester: await requesterProfile(ctx, s.ticket.requester) },
  };
}
