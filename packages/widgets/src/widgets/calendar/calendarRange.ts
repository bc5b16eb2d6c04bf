/** Local-midnight arithmetic for the change calendar. */
export function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
}

/** The first day of the week containing `d` (`weekStartsOn`: 0 Sunday … 1 Monday). */
export function startOfWeek(d: Date, weekStartsOn: number): Date {
  const day = startOfDay(d);
  return addDays(day, -((day.getDay() - weekStartsOn + 7) % 7));
}

/** `YYYY-MM-DD` of a local date. */
export function isoDay(d: Date): string {
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${m}-${day}`;
}

/** Parses `YYYY-MM-DD` as a local date. */
export function parseDay(s: string): Date {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** The days a view shows: six whole weeks around a month, or one week. */
export function visibleDays(anchor: string, view: 'month' | 'week', weekStartsOn: number): Date[] {
  const a = parseDay(anchor);
  const first =
    view === 'month'
      ? startOfWeek(new Date(a.getFullYear(), a.getMonth(), 1), weekStartsOn)
      : startOfWeek(a, weekStartsOn);
  const count = view === 'month' ? 42 : 7;
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** Moves the anchor by one view. */
export function shiftAnchor(anchor: string, view: 'month' | 'week', by: number): string {
  const a = parseDay(anchor);
  return isoDay(
    view === 'month' ? new Date(a.getFullYear(), a.getMonth() + by, 1) : addDays(a, 7 * by),
  );
}
