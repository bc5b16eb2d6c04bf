const DAY_MS = 86_400_000;
const pad2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
const pad3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
const days = new Map<number, string>();

/**
 * `new Date(ms).toISOString()`, several times faster for the many instants SLA recomputation
 * formats (the date part is cached per day).
 */
export function isoString(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let prefix = days.get(day);
  if (prefix === undefined) {
    const text = new Date(day * DAY_MS).toISOString();
    // Years outside 0000–9999 use the expanded format; let Date handle those whole.
    if (text.length !== 24) return new Date(ms).toISOString();
    prefix = text.slice(0, 11);
    if (days.size > 20_000) days.clear();
    days.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${prefix}${pad2[h]}:${pad2[m]}:${pad2[s]}.${pad3[rest - s * 1000]}Z`;
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * `Date.parse` for the canonical `toISOString()` form history events use, read digit by digit
 * (several times faster); any other ISO form falls back to `Date.parse`.
 */
export function parseIso(text: string): number {
  if (text.length !== 24 || !CANONICAL.test(text)) return Date.parse(text);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  // Date.UTC maps years 0–99 to 1900s and rolls invalid fields over: let Date.parse judge those.
  if (
    year < 100 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 28 ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  )
    return Date.parse(text);
  return Date.UTC(year, month - 1, day, hour, minute, second, digits(text, 20, 3));
}

function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let k = start; k < start + length; k++) value = value * 10 + text.charCodeAt(k) - 48;
  return value;
}
