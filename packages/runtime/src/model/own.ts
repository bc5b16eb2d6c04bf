const has = Object.prototype.hasOwnProperty;

/**
 * A key's own value, never an inherited one: a field called `constructor` or `toString` reads as
 * absent until it is set, like any other field.
 */
export function own<T>(
  o: Readonly<Record<string, T>> | null | undefined,
  key: string,
): T | undefined {
  return o != null && has.call(o, key) ? o[key] : undefined;
}

/** Sets an own key, even `__proto__` (a plain assignment would change the prototype instead). */
export function setOwn<T>(o: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}
