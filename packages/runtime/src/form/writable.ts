import type { FieldPermission } from '../definition/definition.types';
import type { FieldState, FormEvaluation } from './form.types';
import { own } from '../model/own';

/** Structural equality of JSON values (key order of objects does not matter). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** What decides whether a field may be written: permissions, field states, or a whole evaluation. */
export type FieldAccess =
  Record<string, FieldPermission> | Record<string, FieldState> | FormEvaluation;

/** Whether each field may be written under `access`. */
export function writableFn(access: FieldAccess): (field: string) => boolean {
  const source =
    'fields' in access && 'values' in access && typeof access.fields === 'object'
      ? (access as FormEvaluation).fields
      : (access as Record<string, FieldPermission | FieldState>);
  return (field) => {
    const entry = Object.prototype.hasOwnProperty.call(source, field) ? source[field] : undefined;
    if (entry === undefined) return false;
    if (typeof entry === 'string') return entry === 'edit' || entry === 'required';
    return entry.visible && !entry.readonly;
  };
}

/**
 * The fields that differ between `before` and `after` that the actor may not write: hidden or
 * read-only ones, and keys that are not form fields at all. Empty when the change is allowed; the
 * engine throws a `PermissionError` naming the returned fields otherwise.
 *
 * Check what the actor submitted (before computed `value` rules are applied), since computed
 * fields are usually read-only.
 *
 * @example
 * ```ts
 * const denied = checkWritableFields(ticket.data, { ...ticket.data, ...input.data },
 *   fieldPermissionsAt(definition, nodeId));
 * if (denied.length) throw new PermissionError(`You may not change ${denied.join(', ')}.`, denied);
 * ```
 */
export function checkWritableFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  access: FieldAccess,
): string[] {
  const writable = writableFn(access);
  const denied: string[] = [];
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  for (const key of keys) {
    if (jsonEqual(own(before, key), own(after, key))) continue;
    if (!writable(key)) denied.push(key);
  }
  return denied;
}
