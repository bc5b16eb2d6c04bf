/**
 * Time-zone arithmetic on the platform's `Intl` data (the IANA database the JavaScript engine ships):
 * UTC offsets, wall time ↔ instant with DST gaps and overlaps, ISO 8601 date-times and durations.
 *
 * "Local" values are milliseconds whose UTC fields are the wall-clock time in the zone (what
 * `Date.UTC(year, month - 1, day, hour, minute)` gives), so calendar fields come from `getUTC*`.
 *
 * A zone is an IANA name (`Europe/Paris`, `UTC`) or a fixed offset in minutes east of UTC.
 */
export type Zone = string | number;

const MINUTE = 60_000;
const DAY = 86_400_000;

const formats = new Map<string, Intl.DateTimeFormat | null>();

function format(zone: string): Intl.DateTimeFormat | null {
  let dtf = formats.get(zone);
  if (dtf === undefined) {
    try {
      dtf = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      dtf = null;
    }
    formats.set(zone, dtf);
  }
  return dtf;
}

/** True for a time zone name the platform knows (`Europe/Paris`, `UTC`, `Etc/GMT+5`). */
export function isValidTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && zone !== '' && format(zone) !== null;
}

const UTC_NAMES = new Set(['UTC', 'utc', 'Etc/UTC', 'GMT', 'Etc/GMT']);

/**
 * The zone's offset from UTC at an instant, in minutes (`Europe/Paris` in summer: 120). Zones
 * before 1900 may have offsets in seconds (local mean time), which come out as fractions.
 */
export function zoneOffset(zone: Zone, instant: number): number {
  if (typeof zone === 'number') return zone;
  if (UTC_NAMES.has(zone)) return 0;
  const dtf = format(zone);
  if (!dtf) throw new RangeError(`Unknown time zone "${zone}"`);
  // Offsets are read at whole seconds: the formatted fields carry no milliseconds.
  const at = instant - (((instant % 1000) + 1000) % 1000);
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const part of dtf.formatToParts(at)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'era':
        bc = /^b/i.test(part.value);
        break;
    }
  }
  return (localMs(bc ? 1 - year : year, month, day, hour, minute, second) - at) / MINUTE;
}

/** Wall-clock fields as a local value; fields may overflow (day 32 is the next month's 1st). */
export function localMs(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  // Date.UTC reads years 0–99 as 1900–1999: count them 400 years (one Gregorian cycle) later.
  const shift = year >= 0 && year < 100 ? 400 : 0;
  return (
    Date.UTC(year + shift, month - 1, day, hour, minute, second, millisecond) -
    (shift ? 146_097 * DAY : 0)
  );
}

/** The wall-clock time of an instant in a zone, as a local value. */
export function toLocal(zone: Zone, instant: number): number {
  return instant + zoneOffset(zone, instant) * MINUTE;
}

/**
 * The instant of a wall-clock time in a zone, as RFC 5545 and Temporal's `compatible` option read
 * it: a time skipped by a DST change (spring forward) moves forward by the gap (`02:30` → `03:30`);
 * a time that happens twice (fall back) is the first of the two, unless `prefer` names the offset
 * (minutes) of the other one.
 */
export function fromLocal(zone: Zone, local: number, prefer?: number): number {
  if (typeof zone === 'number') return local - zone * MINUTE;
  // Offsets stay within ±18 h, so a day either side brackets the instant; zones change offset at
  // most once in two days.
  const before = zoneOffset(zone, local - DAY);
  const after = zoneOffset(zone, local + DAY);
  const first = local - before * MINUTE;
  const firstOk = zoneOffset(zone, first) === before;
  if (after === before) return firstOk ? first : local - zoneOffset(zone, first) * MINUTE;
  const second = local - after * MINUTE;
  const secondOk = zoneOffset(zone, second) === after;
  if (firstOk && secondOk) {
    if (prefer === after) return second;
    if (prefer === before) return first;
    return Math.min(first, second);
  }
  if (firstOk) return first;
  if (secondOk) return second;
  // In the gap: read the wall time with the offset from before the change.
  return first;
}

/** Days since 1970-01-01 of a local value (its local calendar date). */
export function dayIndex(local: number): number {
  return Math.floor(local / DAY);
}

function daysInMonth(year: number, month: number): number {
  return new Date(localMs(year, month + 1, 1) - DAY).getUTCDate();
}

const ISO =
  /^([+-]\d{6}|\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:T(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,30}))?)?)?(?:(Z)|([+-]\d{2})(?::?(\d{2}))?)?(?:\[[^\]]+\])?)?)?)?$/;

/** An ISO 8601 date-time read by {@link parseIsoDateTime}. */
export interface IsoDateTime {
  /** The instant it names. */
  instant: number;
  /** Its own UTC offset in minutes when it carries one (`Z` is 0), else `undefined`. */
  offset?: number;
}

/**
 * Reads an ISO 8601 date or date-time (`2026-01-05`, `2026-01-05T08:00`, `2026-01-05T08:00:30.5Z`,
 * `2026-01-05T08:00+05:30`, `20260105T0800`; `2026-01` and `2026` are the first day). A text without
 * an offset is a wall-clock time in `zone` (see {@link fromLocal}); `null` when it is not a valid
 * date-time. Week dates and ordinal dates are not read.
 */
export function parseIsoDateTime(text: unknown, zone: Zone): IsoDateTime | null {
  const m = typeof text === 'string' ? ISO.exec(text) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (minute > 59 || second > 59) return null;
  if (hour > 23 && !(hour === 24 && minute === 0 && second === 0 && ms === 0)) return null;
  const local = localMs(year, month, day, hour, minute, second, ms);
  if (m[8] || m[9]) {
    const sign = m[9]?.startsWith('-') ? -1 : 1;
    const offset = m[8] ? 0 : sign * (Math.abs(Number(m[9])) * 60 + Number(m[10] ?? 0));
    return { instant: local - offset * MINUTE, offset };
  }
  return { instant: fromLocal(zone, local) };
}

/** An ISO 8601 duration's parts as written: `P1DT2H` is `{ days: 1, hours: 2 }`, the others 0. */
export interface IsoDuration {
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  readonly milliseconds: number;
}

const UNIT = '(-?\\d{1,20}(?:\\.\\d{1,20})?)';
const DURATION = new RegExp(
  `^(-)?P(?:${UNIT}Y)?(?:${UNIT}M)?(?:${UNIT}W)?(?:${UNIT}D)?(?:T(?:${UNIT}H)?(?:${UNIT}M)?(?:(-?\\d{1,20})(?:[.,](\\d{1,20}))?S)?)?$`,
);

/**
 * Reads an ISO 8601 duration (`PT4H`, `P2DT3H30M`, `P1W`, `PT1.5H`, `-P1D`); `null` when the text
 * is not one. Seconds may have a fraction (`PT1.5S` is 1 s 500 ms), other units a decimal point.
 */
export function parseIsoDuration(text: string): IsoDuration | null {
  const m = DURATION.exec(text);
  if (!m) return null;
  const sign = m[1] ? -1 : 1;
  const n = (v: string | undefined) => (v === undefined ? 0 : sign * Number(v));
  const seconds = n(m[8]);
  const fraction = m[9] === undefined ? 0 : Math.floor(Number(`0.${m[9]}`) * 1000);
  return {
    years: n(m[2]),
    months: n(m[3]),
    weeks: n(m[4]),
    days: n(m[5]),
    hours: n(m[6]),
    minutes: n(m[7]),
    seconds,
    milliseconds: sign < 0 || m[8]?.startsWith('-') ? -fraction : fraction,
  };
}

/** A duration's length with days of 24 h, weeks of 7 days, months of 30 days and years of 365. */
export function durationMs(d: IsoDuration): number {
  return (
    d.milliseconds +
    1000 * (d.seconds + 60 * (d.minutes + 60 * (d.hours + 24 * (d.days + 7 * d.weeks)))) +
    DAY * (30 * d.months + 365 * d.years)
  );
}

/** Every part of a duration multiplied by `factor` (`P1D` × 3 is `P3D`, not 72 hours). */
export function scaleDuration(d: IsoDuration, factor: number): IsoDuration {
  return {
    years: d.years * factor,
    months: d.months * factor,
    weeks: d.weeks * factor,
    days: d.days * factor,
    hours: d.hours * factor,
    minutes: d.minutes * factor,
    seconds: d.seconds * factor,
    milliseconds: d.milliseconds * factor,
  };
}

/**
 * An instant plus a duration in a zone: years, months, weeks and days move the wall-clock date and
 * keep the time of day (a month from 31 January is the last day of February; a day across a DST
 * change lasts 23 or 25 hours), then hours, minutes and seconds add elapsed time. Fractions of
 * calendar units add elapsed time too (`P1.5D` is a day, then 12 hours).
 */
export function addDuration(zone: Zone, instant: number, d: IsoDuration): number {
  const offset = zoneOffset(zone, instant);
  const local = new Date(instant + offset * MINUTE);
  const years = Math.trunc(d.years);
  const months = Math.trunc(d.months);
  const days = Math.trunc(d.days) + Math.trunc(d.weeks) * 7;
  let at = instant;
  if (years || months || days) {
    const monthIndex = local.getUTCMonth() + months;
    const year = local.getUTCFullYear() + years + Math.floor(monthIndex / 12);
    const month = (((monthIndex % 12) + 12) % 12) + 1;
    const target = localMs(
      year,
      month,
      Math.min(local.getUTCDate(), daysInMonth(year, month)) + days,
      local.getUTCHours(),
      local.getUTCMinutes(),
      local.getUTCSeconds(),
      local.getUTCMilliseconds(),
    );
    at = fromLocal(zone, target, offset);
  }
  return (
    at +
    durationMs({
      years: d.years - years,
      months: d.months - months,
      weeks: d.weeks - Math.trunc(d.weeks),
      days: d.days - Math.trunc(d.days),
      hours: d.hours,
      minutes: d.minutes,
      seconds: d.seconds,
      milliseconds: d.milliseconds,
    })
  );
}
