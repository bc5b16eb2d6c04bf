import type { DirectoryUser } from '../directory/directory.types';
import type { ExpressionContext } from '../expressions/expression.types';
import type { CommandContext, StagedTicket } from './engine.types';
import type { RequesterProfile } from './requester.types';

export type { RequesterProfile } from './requester.types';

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
