/** Something that names an instant: a Date, an ISO string or epoch milliseconds. */
export type DateInput = Date | string | number;

function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value);
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/**
 * A date (no time) in the locale and the desk's time zone: `Dec 7, 2026` / `2026年12月7日`. An
 * explicit `options.timeZone` wins (a calendar day bucket is formatted in UTC, for example).
 */
export function formatDate(
  locale: string,
  timeZone: string,
  value: DateInput,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return '';
  const f = cached(
    `d|${locale}|${timeZone}|${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, ...options }),
  );
  return f.format(date);
}

/** A date and time in the locale and the desk's time zone: `Dec 7, 2026, 9:30 AM`. */
export function formatDateTime(
  locale: string,
  timeZone: string,
  value: DateInput,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  return formatDate(locale, timeZone, value, options);
}

/** A number in the locale: `1,234.5` / `1,234.5`; pass Intl options for percent, units, … */
export function formatNumber(
  locale: string,
  value: number,
  options: Intl.NumberFormatOptions = {},
): string {
  const f = cached(
    `n|${locale}|${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
  return f.format(value);
}

/** How a duration is written: `long` (2 days 3 hours), `short` (2 days 3 hr), `narrow` (2d 3h). */
export interface DurationOptions {
  style?: 'long' | 'short' | 'narrow';
  /** How many units at most, largest first (default 2: `2 d 3 h`, never `2 d 3 h 4 min 5 s`). */
  units?: number;
}

const UNITS: Array<[Intl.NumberFormatOptions['unit'] & string, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/**
 * A duration in milliseconds in the locale's words: `2 days, 3 hours` / `2天3小时`. Negative
 * durations get a minus sign; under a second reads as 0 seconds.
 */
export function formatDuration(locale: string, ms: number, options: DurationOptions = {}): string {
  const style = options.style ?? 'short';
  const most = options.units ?? 2;
  let rest = Math.abs(Math.round(ms));
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    if (parts.length >= most) break;
    const n = Math.floor(rest / size);
    if (n === 0 && !(unit === 'second' && parts.length === 0)) continue;
    rest -= n * size;
    parts.push(formatNumber(locale, n, { style: 'unit', unit, unitDisplay: style }));
  }
  const joined =
    typeof Intl.ListFormat === 'function'
      ? new Intl.ListFormat(locale, { type: 'unit', style }).format(parts)
      : parts.join(' ');
  return ms < 0 ? `-${joined}` : joined;
}

const RELATIVE: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** An instant relative to now in the locale: `3 hours ago`, `in 2 days` / `3小时前`, `2天后`. */
export function formatRelative(
  locale: string,
  value: DateInput,
  now: DateInput = Date.now(),
  options: { style?: 'long' | 'short' | 'narrow' } = {},
): string {
  const diff = toDate(value).getTime() - toDate(now).getTime();
  if (Number.isNaN(diff)) return '';
  const [unit, size] = RELATIVE.find(([, s]) => Math.abs(diff) >= s) ?? ['second', 1000];
  const rtf = new Intl.RelativeTimeFormat(locale, {
    numeric: 'auto',
    style: options.style ?? 'long',
  });
  return rtf.format(Math.round(diff / size), unit);
}
