import { DeskkitError } from '../errors/errors';
import {
  addDuration,
  durationMs,
  isValidTimeZone,
  parseIsoDateTime,
  parseIsoDuration,
  scaleDuration,
  type Zone,
} from '../time/zone';
import type { OnCallRota } from './directory.types';

/**
 * An ISO date-time and the zone its shifts count in: the rota's zone, else the text's own offset,
 * else the system's zone.
 */
function instant(iso: string, zone: string | undefined, what: string): { at: number; zone: Zone } {
  const system = zone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const parsed = isValidTimeZone(system) ? parseIsoDateTime(iso, system) : null;
  if (!parsed) {
    throw new DeskkitError('VALIDATION_FAILED', `${what} "${iso}" is not an ISO 8601 date-time.`);
  }
  return { at: parsed.instant, zone: zone ?? parsed.offset ?? system };
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
    if (from.at <= t && t < to.at) return [o.user];
  }
  if (!rota.members.length) return [];
  const start = instant(rota.start, rota.timeZone, `Start of rota "${rota.id}"`);
  const shift = typeof rota.shift === 'string' ? parseIsoDuration(rota.shift) : null;
  const shiftMs = shift ? durationMs(shift) : NaN;
  if (!shift || !(shiftMs > 0)) {
    throw new DeskkitError(
      'VALIDATION_FAILED',
      `Rota "${rota.id}" has shift "${rota.shift}"; write an ISO 8601 duration such as "P1W" or "PT12H".`,
    );
  }
  if (t < start.at) return [];
  const boundary = (n: number): number =>
    addDuration(start.zone, start.at, scaleDuration(shift, n));
  // Estimate with the nominal length, then correct for calendar units (months, DST days).
  let n = Math.floor((t - start.at) / shiftMs);
  while (n > 0 && boundary(n) > t) n--;
  while (boundary(n + 1) <= t) n++;
  const member = rota.members[n % rota.members.length];
  return member === undefined ? [] : [member];
}
