import { setOwn } from '../model/own';

/**
 * Deep copy of a JSON-like value (plain objects, arrays, primitives). Adapters copy on the way in
 * and out so that callers can never mutate stored state. Faster than `structuredClone` for the
 * small objects tickets are made of, which matters on the hot path of every command.
 */
export function cloneJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson(value[i]);
    return out as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    if (key === '__proto__') setOwn(out, key, cloneJson(v));
    else out[key] = cloneJson(v);
  }
  return out as T;
}
