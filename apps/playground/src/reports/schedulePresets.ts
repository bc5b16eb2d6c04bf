/** How often a snapshot goes out, as the dialog offers it; `custom` takes an RRULE as typed. */
export type Repeat = 'daily' | 'weekdays' | 'weekly' | 'monthly' | 'custom';

export const REPEATS: readonly Repeat[] = ['daily', 'weekdays', 'weekly', 'monthly', 'custom'];

/** The RFC 5545 rule of a preset at a local time `HH:mm` (the desk's time zone). */
export function presetRule(repeat: Exclude<Repeat, 'custom'>, time: string): string {
  const [h = '8', m = '0'] = time.split(':');
  const at = `BYHOUR=${Number(h)};BYMINUTE=${Number(m)}`;
  switch (repeat) {
    case 'daily':
      return `FREQ=DAILY;${at}`;
    case 'weekdays':
      return `FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;${at}`;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=MO;${at}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=1;${at}`;
  }
}

/** Today's date `YYYY-MM-DD` in a time zone. */
export function localDate(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
