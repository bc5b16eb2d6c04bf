import type { CalendarSpec } from '@deskkit/runtime';

/**
 * The calendars the designer offers, from its `calendars` prop: their names for the pickers, and —
 * when the host passed the calendars themselves rather than names — their specs, so duration
 * inputs can offer working units and lint can check them.
 */
export function calendarChoices(
  calendars: readonly string[] | Readonly<Record<string, CalendarSpec>> | undefined,
): {
  calendarNames: readonly string[];
  calendarSpecs: Readonly<Record<string, CalendarSpec>> | undefined;
} {
  return Array.isArray(calendars)
    ? { calendarNames: calendars as readonly string[], calendarSpecs: undefined }
    : {
        calendarNames: Object.keys(calendars ?? {}),
        calendarSpecs: calendars as Readonly<Record<string, CalendarSpec>> | undefined,
      };
}
