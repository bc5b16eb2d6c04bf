import type { TicketSchedule, Weekday } from '@deskkit/runtime';

/** Every weekday, Monday first, as the builder lists them. */
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CODES: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};
const DAY_OF = Object.fromEntries(Object.entries(CODES).map(([d, c]) => [c, d])) as Record<
  string,
  Weekday
>;

/** A week of the month for "on the second Tuesday"; -1 is the last. */
export type MonthPosition = 1 | 2 | 3 | 4 | -1;

/** What the recurrence builder edits: the repeating part of a {@link TicketSchedule}. */
export interface RecurrenceForm {
  freq: 'once' | 'daily' | 'weekly' | 'monthly';
  interval: number;
  /** `weekly`: the days. */
  weekdays: Weekday[];
  /** `monthly`: on a day of the month, or on the n-th weekday. */
  monthly: 'day' | 'position';
  /** 1–31, or -1 for the last day. */
  monthDay: number;
  position: MonthPosition;
  positionDay: Weekday;
  ends: 'never' | 'until' | 'count';
  /** `YYYY-MM-DD`, inclusive. */
  until: string;
  count: number;
}

/** The result of {@link readRecurrence}: the form, or the part of the rule it cannot show. */
export type RecurrenceReading = { ok: true; form: RecurrenceForm } | { ok: false; part: string };

function startDay(s: TicketSchedule): { weekday: Weekday; day: number } {
  const d = new Date(`${s.start.slice(0, 10)}T00:00:00Z`);
  const ok = !Number.isNaN(d.getTime());
  return {
    weekday: ok ? WEEKDAYS[(d.getUTCDay() + 6) % 7]! : 'mon',
    day: ok ? d.getUTCDate() : 1,
  };
}

function defaults(s: TicketSchedule): RecurrenceForm {
  const { weekday, day } = startDay(s);
  return {
    freq: 'once',
    interval: 1,
    weekdays: [weekday],
    monthly: 'day',
    monthDay: day,
    position: (Math.min(4, Math.ceil(day / 7)) as MonthPosition) || 1,
    positionDay: weekday,
    ends: s.end ? 'until' : 'never',
    until: s.end?.slice(0, 10) ?? '',
    count: 10,
  };
}

/**
 * Reads a schedule into the builder's form. Simple schedules (`daily`, `weekly` with days,
 * `monthly` on one day) and rules of the form `FREQ=…;INTERVAL=…;BYDAY=…;BYMONTHDAY=…;BYSETPOS=…;
 * COUNT=…` read back; anything else (several month days, BYHOUR, yearly rules) answers the part
 * it cannot show.
 */
export function readRecurrence(s: TicketSchedule): RecurrenceReading {
  const form = defaults(s);
  form.interval = s.interval ?? 1;
  if (s.frequency === 'once') return { ok: true, form };
  if (s.frequency === 'daily') return { ok: true, form: { ...form, freq: 'daily' } };
  if (s.frequency === 'weekly') {
    return {
      ok: true,
      form: {
        ...form,
        freq: 'weekly',
        weekdays: s.weekdays?.length ? [...s.weekdays] : form.weekdays,
      },
    };
  }
  if (s.frequency === 'monthly') {
    if ((s.monthDays?.length ?? 0) > 1)
      return { ok: false, part: `monthDays ${s.monthDays!.join(', ')}` };
    return {
      ok: true,
      form: { ...form, freq: 'monthly', monthDay: s.monthDays?.[0] ?? form.monthDay },
    };
  }
  const parts = new Map<string, string>();
  for (const p of (s.rrule ?? '')
    .replace(/^RRULE:/i, '')
    .split(';')
    .filter(Boolean)) {
    const [k, v = ''] = p.split('=');
    parts.set(k!.trim().toUpperCase(), v.trim().toUpperCase());
  }
  for (const k of parts.keys()) {
    if (!['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS', 'COUNT'].includes(k))
      return { ok: false, part: k };
  }
  const FREQS: Record<string, RecurrenceForm['freq']> = {
    DAILY: 'daily',
    WEEKLY: 'weekly',
    MONTHLY: 'monthly',
  };
  const freq = FREQS[parts.get('FREQ') ?? ''];
  if (!freq) return { ok: false, part: `FREQ=${parts.get('FREQ') ?? ''}` };
  form.freq = freq;
  form.interval = Number(parts.get('INTERVAL') ?? 1) || 1;
  if (parts.has('COUNT')) {
    form.ends = 'count';
    form.count = Number(parts.get('COUNT')) || 1;
  }
  const byday = parts.get('BYDAY')?.split(',') ?? [];
  if (freq === 'weekly' && byday.length) {
    if (byday.some((c) => !DAY_OF[c])) return { ok: false, part: `BYDAY=${parts.get('BYDAY')}` };
    form.weekdays = WEEKDAYS.filter((d) => byday.includes(CODES[d]));
  } else if (freq === 'monthly' && byday.length) {
    const m = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(byday[0]!);
    const pos = Number(m?.[1] ?? parts.get('BYSETPOS'));
    if (byday.length > 1 || !m || ![1, 2, 3, 4, -1].includes(pos))
      return { ok: false, part: `BYDAY=${parts.get('BYDAY')}` };
    Object.assign(form, { monthly: 'position', position: pos, positionDay: DAY_OF[m[2]!] });
  } else if (byday.length) {
    return { ok: false, part: `BYDAY=${parts.get('BYDAY')}` };
  }
  if (parts.has('BYMONTHDAY')) {
    const day = Number(parts.get('BYMONTHDAY'));
    if (freq !== 'monthly' || !Number.isInteger(day))
      return { ok: false, part: `BYMONTHDAY=${parts.get('BYMONTHDAY')}` };
    form.monthDay = day;
  }
  return { ok: true, form };
}

/**
 * Writes the form into the schedule: the plain fields (`frequency`, `interval`, `weekdays`,
 * `monthDays`, `end`) when they can say it, an RFC 5545 `rrule` for "the second Tuesday" and for a
 * number of runs. Other fields of the schedule (id, workflow, actor, data, start) are kept.
 * `rruleOnly` writes every recurrence as a rule, for stores that keep only `rrule` (report
 * subscriptions); "once" is then `FREQ=DAILY;COUNT=1`.
 *
 * @example
 * ```ts
 * writeRecurrence(s, { ...form, freq: 'monthly', monthly: 'position', position: 2, positionDay: 'tue' });
 * // { ...s, frequency: 'rrule', rrule: 'FREQ=MONTHLY;BYDAY=+2TU' }
 * ```
 */
export function writeRecurrence(
  s: TicketSchedule,
  f: RecurrenceForm,
  options: { rruleOnly?: boolean } = {},
): TicketSchedule {
  const next: TicketSchedule = { ...s };
  for (const k of ['interval', 'weekdays', 'monthDays', 'rrule', 'end'] as const) delete next[k];
  if (f.ends === 'until' && f.until) next.end = f.until;
  if (f.freq === 'once' && !options.rruleOnly) return { ...next, frequency: 'once' };
  if (f.freq === 'once') return { ...next, frequency: 'rrule', rrule: 'FREQ=DAILY;COUNT=1' };
  const interval = Math.max(1, Math.floor(f.interval || 1));
  const positional = f.freq === 'monthly' && f.monthly === 'position';
  if (!positional && f.ends !== 'count' && !options.rruleOnly) {
    next.frequency = f.freq;
    if (interval > 1) next.interval = interval;
    if (f.freq === 'weekly') next.weekdays = WEEKDAYS.filter((d) => f.weekdays.includes(d));
    if (f.freq === 'monthly') next.monthDays = [f.monthDay];
    return next;
  }
  const rule = [`FREQ=${f.freq.toUpperCase()}`];
  if (interval > 1) rule.push(`INTERVAL=${interval}`);
  if (f.freq === 'weekly')
    rule.push(
      `BYDAY=${WEEKDAYS.filter((d) => f.weekdays.includes(d))
        .map((d) => CODES[d])
        .join(',')}`,
    );
  if (f.freq === 'monthly') {
    rule.push(
      positional
        ? `BYDAY=${f.position > 0 ? '+' : ''}${f.position}${CODES[f.positionDay]}`
        : `BYMONTHDAY=${f.monthDay}`,
    );
  }
  if (f.ends === 'count') rule.push(`COUNT=${Math.max(1, Math.floor(f.count || 1))}`);
  return { ...next, frequency: 'rrule', rrule: rule.join(';') };
}
