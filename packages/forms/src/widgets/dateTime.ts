/** A local calendar date (`YYYY-MM-DD`) and wall-clock time (`HH:MM`, 24-hour) as inputs hold them. */
export interface LocalDateTime {
  date: string;
  time: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A stored instant (ISO 8601, e.g. `2026-11-24T19:00:00.000Z`) as the date and 24-hour time on the
 * person's clock (their time zone); `undefined` for no value or one that is not an instant.
 *
 * @example
 * ```ts
 * // in Europe/Berlin (UTC+1 in November)
 * instantToLocal('2026-11-24T19:00:00.000Z'); // { date: '2026-11-24', time: '20:00' }
 * ```
 */
export function instantToLocal(value: unknown): LocalDateTime | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return undefined;
  return {
    date: `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/**
 * The instant (ISO 8601, UTC) of a date and 24-hour time on the person's clock; `undefined` until
 * both parts are complete and valid. A time that does not exist locally (skipped by a daylight
 * saving change) moves forward as JavaScript's `Date` moves it.
 *
 * @example
 * ```ts
 * // in Europe/Berlin
 * localToInstant({ date: '2026-11-24', time: '20:00' }); // '2026-11-24T19:00:00.000Z'
 * ```
 */
export function localToInstant(local: LocalDateTime): string | undefined {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(local.date);
  const time = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.time);
  if (!date || !time) return undefined;
  const [, y, mo, d] = date.map(Number) as [number, number, number, number];
  const [, h, mi, s = 0] = time.map((part) => (part === undefined ? undefined : Number(part))) as [
    number,
    number,
    number,
    number | undefined,
  ];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  const result = new Date(y, mo - 1, d, h, mi, s);
  // 2026-02-31 would roll over into March: not a date.
  if (result.getMonth() !== mo - 1 || result.getDate() !== d) return undefined;
  return result.toISOString();
}

/** The short name of the person's time zone at an instant (`GMT+1`, `EST`), for a hint. */
export function zoneName(at: Date = new Date()): string {
  const part = new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}
