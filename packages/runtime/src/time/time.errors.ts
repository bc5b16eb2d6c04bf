import { ValidationError } from '../errors/errors';

/**
 * A `ValidationError` about one bad value of the time module (a calendar, a duration, a schedule),
 * with a single issue naming where it is.
 */
export function timeInputError(path: string, code: string, message: string): ValidationError {
  return new ValidationError(`${message} (at ${path})`, [
    { path, code, severity: 'error', message },
  ]);
}
