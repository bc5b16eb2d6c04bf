import { DeskkitError, RequestError } from './errors';

/** A thrown value as the typed error a caller can branch on. */
function typed(error: unknown, where: string): DeskkitError {
  if (error instanceof DeskkitError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // A TypeError or RangeError out of the engine comes from input of the wrong shape or range
  // (a number where an id belongs, an invalid date, ...): the caller's request, not the runtime.
  return error instanceof TypeError || error instanceof RangeError
    ? new RequestError('BAD_REQUEST', `${where}: the input has the wrong shape (${message}).`)
    : new DeskkitError('INTERNAL', `${where} failed: ${message}`, { cause: error });
}

/**
 * The same object with every method's errors typed: a throw or rejection that is not a
 * `DeskkitError` becomes `RequestError` (`BAD_REQUEST`, for TypeError/RangeError) or
 * `DeskkitError` (`INTERNAL`), so no public method lets an untyped error escape.
 */
export function withTypedErrors<T extends object>(api: T, name: string): T {
  for (const [key, value] of Object.entries(api)) {
    if (typeof value !== 'function') continue;
    const where = `${name}.${key}`;
    const fn = value as (...args: unknown[]) => unknown;
    (api as Record<string, unknown>)[key] = function (this: unknown, ...args: unknown[]) {
      try {
        const out = fn.apply(this, args);
        return out instanceof Promise
          ? out.catch((e: unknown) => Promise.reject(typed(e, where)))
          : out;
      } catch (e) {
        throw typed(e, where);
      }
    };
  }
  return api;
}
