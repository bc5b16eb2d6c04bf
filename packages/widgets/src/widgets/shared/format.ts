import type { DeskkitI18n } from '@deskkit/forms';
import type { T } from '../../i18n/messages';

/** "25 min", "3 h", "2 d" — the largest unit that keeps the number small. */
export function formatDuration(ms: number, t: T): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  if (minutes < 60) return t('time.minutes', { n: minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return t('time.hours', { n: hours });
  return t('time.days', { n: Math.round(hours / 24) });
}

/** A short date and time of an instant, in the desk's locale and time zone. */
export function formatDateTime(iso: string, i18n: DeskkitI18n): string {
  return i18n.formatDateTime(iso, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * A short calendar day (`YYYY-MM-DD`, a report bucket) in the desk's locale. The bucket is
 * already a day, so it is read in UTC and never shifts by the viewer's offset.
 */
export function formatDay(day: string, i18n: DeskkitI18n): string {
  return i18n.formatDate(`${day.slice(0, 10)}T12:00:00Z`, {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** A month bucket (`YYYY-MM`) in the desk's locale: "Nov 2026", "2026年11月". */
export function formatMonth(month: string, i18n: DeskkitI18n): string {
  return i18n.formatDate(`${month.slice(0, 7)}-15T12:00:00Z`, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
