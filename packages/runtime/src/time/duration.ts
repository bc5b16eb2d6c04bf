import { timeInputError } from './time.errors';
import { durationMs, parseIsoDuration, type IsoDuration } from './zone';

export type { IsoDuration } from './zone';

/**
 * Parses an ISO 8601 duration (`PT4H`, `P2DT3H30M`, `P1W`, `PT1.5H`) into its parts as written.
 *
 * @param text - the duration text
 * @param path - where the text comes from, named in the error (`/sla/0/targets/response`)
 * @throws ValidationError (`duration.invalid`) when the text is not an ISO 8601 duration or is negative
 *
 * @example
 * ```ts
 * parseDuration('P1DT4H'); // { years: 0, months: 0, weeks: 0, days: 1, hours: 4, minutes: 0, seconds: 0, milliseconds: 0 }
 * ```
 */
export function parseDuration(text: unknown, path = 'duration'): IsoDuration {
  if (typeof text !== 'string' || text.trim() === '') {
    throw timeInputError(
      path,
      'duration.invalid',
      `Expected an ISO 8601 duration such as "PT4H" or "P1D", got ${JSON.stringify(text)}`,
    );
  }
  const duration = parseIsoDuration(text.trim());
  if (!duration) {
    throw timeInputError(
      path,
      'duration.invalid',
      `"${text}" is not an ISO 8601 duration: write it like "PT30M", "PT4H", "P1D" or "P1W"`,
    );
  }
  if (Object.values(duration).some((value) => value < 0)) {
    throw timeInputError(path, 'duration.negative', `Duration "${text}" must not be negative`);
  }
  return duration;
}

const cache = new Map<string, number>();

/**
 * An ISO 8601 duration as a fixed number of milliseconds: `PT1H` = 3,600,000; `P1D` = 24 hours;
 * `P1W` = 7 days. Years and months have no fixed length and are refused, because a working-time
 * target must mean the same amount of work every time.
 *
 * @param text - the duration text
 * @param path - where the text comes from, named in the error
 * @throws ValidationError (`duration.invalid`, `duration.negative`, `duration.calendarUnit`)
 *
 * @example
 * ```ts
 * durationToMs('PT1H30M'); // 5_400_000
 * ```
 */
export function durationToMs(text: unknown, path = 'duration'): number {
  if (typeof text === 'string') {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
  }
  const duration = parseDuration(text, path);
  if (duration.years || duration.months) {
    throw timeInputError(
      path,
      'duration.calendarUnit',
      `Duration "${String(text)}" uses years or months, which have no fixed length: use days or weeks (e.g. "P30D")`,
    );
  }
  const ms = durationMs(duration);
  if (cache.size > 1000) cache.clear();
  cache.set(text as string, ms);
  return ms;
}
