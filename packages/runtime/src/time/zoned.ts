/**
 * Wall-clock date-times in a named time zone, for date and time inputs: what a person types as
 * "5 January 2026, 09:00" in the desk's zone ↔ the instant the runtime stores. Built on the zone
 * arithmetic of `zone.ts` (the platform's `Intl` time zones), so a UI never does zone math itself.
 */
import { fromLocal, isValidTimeZone, localMs, toLocal } from './zone';

const WALL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

function checkZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone "${timeZone}"`);
}

/**
 * The instant of a wall-clock date-time in an IANA time zone, or `null` when `local` is not a
 * date-time written `YYYY-MM-DDTHH:mm` (seconds and milliseconds optional; the value of an
 * `<input type="datetime-local">`) naming a real date. A time skipped by a daylight-saving change
 * moves forward by the gap (`02:30` on a spring-forward night is `03:30`); a time that happens twice
 * is the first of the two (RFC 5545, Temporal's `compatible`). An unknown zone throws a
 * `RangeError` naming it.
 *
 * @example
 * ```ts
 * import { zonedDateTimeToInstant } from '@deskkit/runtime/i18n';
 *
 * zonedDateTimeToInstant('2026-01-05T09:00', 'Europe/Paris')?.toISOString();
 * // '2026-01-05T08:00:00.000Z'
 * zonedDateTimeToInstant('2026-07-06T09:00', 'Europe/Paris')?.toISOString();
 * // '2026-07-06T07:00:00.000Z' (summer time)
 * ```
 */
export function zonedDateTimeToInstant(local: string, timeZone: string): Date | null {
  checkZone(timeZone);
  const m = WALL.exec(local.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) =>
    Number(x ?? 0),
  ) as [number, number, number, number, number, number];
  const ms = m[7] === undefined ? 0 : Number(m[7].padEnd(3, '0'));
  const wall = localMs(year, month, day, hour, minute, second, ms);
  const fields = new Date(wall);
  // Date.UTC rolls day 31 of a 30-day month over: such a date does not exist.
  if (
    month < 1 ||
    month > 12 ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    fields.getUTCDate() !== day ||
    fields.getUTCMonth() !== month - 1
  )
    return null;
  return new Date(fromLocal(timeZone, wall));
}

/**
 * The wall-clock date-time of an instant in an IANA time zone, written `YYYY-MM-DDTHH:mm` (the
 * value an `<input type="datetime-local">` takes; seconds are dropped), or `''` when `instant` is
 * not a valid date (an ISO text, epoch milliseconds or a `Date`). An unknown zone throws a
 * `RangeError` naming it.
 *
 * @example
 * ```ts
 * import { instantToZonedDateTime } from '@deskkit/runtime/i18n';
 *
 * instantToZonedDateTime('2026-01-05T08:00:00.000Z', 'Europe/Paris'); // '2026-01-05T09:00'
 * instantToZonedDateTime('2026-01-05T08:00:00.000Z', 'Asia/Shanghai'); // '2026-01-05T16:00'
 * ```
 */
export function instantToZonedDateTime(instant: Date | string | number, timeZone: string): string {
  checkZone(timeZone);
  const at = instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
  if (!Number.isFinite(at)) return '';
  const wall = new Date(toLocal(timeZone, at));
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${String(wall.getUTCFullYear()).padStart(4, '0')}-${two(wall.getUTCMonth() + 1)}-` +
    `${two(wall.getUTCDate())}T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`
  );
}
