import { DateTime, Duration } from 'luxon';
import { DeskkitError } from '../errors/errors';
import type { OnCallRota } from './directory.types';

function instant(iso: string, zone: string | undefined, what: string): DateTime {
  const dt = DateTime.fromISO(iso, zone ? { zone } : { setZone: true });
  if (!dt.isValid) {
    throw new DeskkitError('VALIDATION_FAILED', `${what} "${iso}" is not an ISO 8601 date-time.`);
  }
  return dt;
}

/**
 * Who is on call on a rota at a moment: an override covering the moment wins; otherwise members
 * take turns, one shift each, from `start` (member 0 first). Shifts count in the rota's time zone,
 * so a `P1D` shift starting 09:00 keeps starting at 09:00 across daylight-saving changes. Nobody is
 * on call before `start`.
 */
export function onCallAt(rota: OnCallRota, at: Date): string[] {
  const t = at.getTime();
  for (const o of rota.overrides ?? []) {
    const from = instant(o.from, rota.timeZone, `Override "from" of rota "${rota.id}"`);
    const to = instant(o.to, rota.timeZone, `Override "to" of rota "${rota.id}"`);
    if (from.toMillis() <= t && t < to.toMillis()) return [o.user];
  }
  if (!rota.members.length) return [];
  const start = instant(rota.start, rota.timeZone, `Start of rota "${rota.id}"`);
  const shift = Duration.fromISO(rota.shift);
  const shiftMs = shift.isValid ? shift.as('milliseconds') : NaN;
  if (!shift.isValid || !(shiftMs > 0)) {
    throw new DeskkitError(
      'VALIDATION_FAILED',
      `Rota "${rota.id}" has shift "${rota.shift}"; write an ISO 8601 duration such as "P1W" or "PT12H".`,
    );
  }
  if (t < start.toMillis()) return [];
  const boundary = (n: number): number => start.plus(shift.mapUnits((v) => v * n)).toMillis();
  // Estimate with the nominal length, then correct for calendar units (months, DST days).
  let n = Math.floor((t - start.toMillis()) / shiftMs);
  while (n > 0 && boundary(n) > t) n--;
  while (boundary(n + 1) <= t) n++;
  const member = rota.members[n % rota.members.length];
  return member === undefined ? [] : [member];
}
