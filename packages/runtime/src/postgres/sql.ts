import { ConflictError, DeskkitError } from '../errors/errors';

/** Quotes an identifier (schema name) so any name is safe inside SQL text. */
export function quoteIdent(name: string): string {
  if (typeof name !== 'string' || name.length === 0 || name.includes('\u0000')) {
    throw new DeskkitError(
      'STORAGE_FAILED',
      `postgresStorage({ schema }) must be a non-empty string without NUL characters; got ${JSON.stringify(name)}.`,
    );
  }
  if (new TextEncoder().encode(name).length > 63) {
    throw new DeskkitError(
      'STORAGE_FAILED',
      `postgresStorage({ schema: "${name}" }) is longer than PostgreSQL's 63-byte identifier limit.`,
    );
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/** Positional parameters collected while a statement is built: `p.add(v)` returns `$n`. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A jsonb column as returned by the driver (parsed by default, a string if the host disabled it). */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** JSON text for a `$n::jsonb` parameter (drivers would otherwise turn JS arrays into SQL arrays). */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** An ISO instant, or a typed error naming the thing that carried the bad date. */
export function isoInstant(value: unknown, what: string): string {
  const ms = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new DeskkitError(
      'STORAGE_FAILED',
      `${what} is ${JSON.stringify(value)}, which is not an ISO date-time.`,
    );
  }
  return new Date(ms).toISOString();
}

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
  message?: string;
}

/**
 * Turns a driver error into a typed Deskkit error: serialization failures and deadlocks are
 * conflicts (reload and retry); anything else is `STORAGE_FAILED` with the driver error as cause.
 */
export function storageError(err: unknown, doing: string): Error {
  if (err instanceof DeskkitError) return err;
  const e = (err ?? {}) as PgError;
  if (e.code === '40001' || e.code === '40P01') {
    return new ConflictError(
      `${doing} lost a race with another transaction (${e.code === '40P01' ? 'deadlock' : 'serialization failure'}); reload and try again.`,
    );
  }
  const message = typeof e.message === 'string' ? e.message : String(err);
  return new DeskkitError('STORAGE_FAILED', `${doing} failed in PostgreSQL: ${message}`, {
    cause: err,
  });
}

/** The PostgreSQL error code of a driver error (`23505` unique violation, ...). */
export function pgCode(err: unknown): string | undefined {
  return (err as PgError | null)?.code;
}

/** The constraint a driver error names, when it does. */
export function pgConstraint(err: unknown): string | undefined {
  return (err as PgError | null)?.constraint;
}
