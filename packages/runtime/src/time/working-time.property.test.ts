import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { CalendarSpec } from './calendar.types';
import { compileCalendar, type Weekday } from './calendar';
import { addWorkingTime, workingTimeBetween } from './working-time';

const H = 3_600_000;
const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const ZONES = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC'];
// Whole hours outside 02:00–03:59 so no boundary falls inside a DST gap or overlap, where a wall
// time is shifted (see README); the oracle below reads wall clocks minute by minute.
const HOURS = [0, 1, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 17, 18, 20, 22, 23];
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

const interval = fc
  .tuple(fc.constantFrom(...HOURS), fc.constantFrom(...HOURS, 24))
  .filter(([a, b]) => a !== b)
  .map(([a, b]): [string, string] => [hh(a), hh(b === 0 ? 24 : b)]);

const calendarSpec: fc.Arbitrary<CalendarSpec> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.dictionary(
      fc.constantFrom(...DAYS),
      fc.array(interval, { minLength: 0, maxLength: 3 }),
    ),
    holidays: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }),
  })
  .filter(({ week }) => Object.values(week).some((list) => list.length > 0))
  .map(({ timeZone, week, holidays }) => ({
    timeZone,
    week,
    holidays: holidays.map((d) =>
      new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10),
    ),
  }));

const instant2026 = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 0, 1) });

describe('working-time arithmetic, properties', () => {
  it('workingTimeBetween(from, addWorkingTime(from, x)) === x', () => {
    fc.assert(
      fc.property(
        calendarSpec,
        instant2026,
        fc.integer({ min: 0, max: 400 * H }),
        (spec, from, x) => {
          const cal = compileCalendar(spec);
          const due = addWorkingTime(cal, from, x);
          expect(due.getTime()).toBeGreaterThanOrEqual(from);
          expect(workingTimeBetween(cal, from, due)).toBe(x);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('adding in two steps equals adding at once, and between is additive', () => {
    fc.assert(
      fc.property(
        calendarSpec,
        instant2026,
        fc.integer({ min: 1, max: 100 * H }),
        fc.integer({ min: 1, max: 100 * H }),
        (spec, from, a, b) => {
          const cal = compileCalendar(spec);
          const mid = addWorkingTime(cal, from, a);
          expect(addWorkingTime(cal, mid, b).getTime()).toBe(
            addWorkingTime(cal, from, a + b).getTime(),
          );
          const to = from + a * 3;
          const split = from + b;
          if (split < to) {
            expect(workingTimeBetween(cal, from, split) + workingTimeBetween(cal, split, to)).toBe(
              workingTimeBetween(cal, from, to),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees with a minute-by-minute reading of the wall clock', () => {
    const inside = (spec: CalendarSpec, minute: number) => {
      const dt = DateTime.fromMillis(minute, { zone: spec.timeZone });
      const m = dt.hour * 60 + dt.minute;
      const check = (day: DateTime, test: (from: number, to: number) => boolean) => {
        if (spec.holidays?.includes(day.toISODate()!)) return false;
        const list = spec.week[DAYS[day.weekday - 1]!] ?? [];
        return list.some(([a, b]) => {
          const from = Number(a.slice(0, 2)) * 60;
          const to = Number(b.slice(0, 2)) * 60;
          return test(from, to);
        });
      };
      // Intervals starting today, and the part after midnight of yesterday's overnight intervals.
      return (
        check(dt, (from, to) => (to > from ? m >= from && m < to : m >= from)) ||
        check(dt.minus({ days: 1 }), (from, to) => to <= from && m < to)
      );
    };
    fc.assert(
      fc.property(calendarSpec, instant2026, (spec, start) => {
        const cal = compileCalendar(spec);
        const from = Math.floor(start / 60_000) * 60_000;
        const to = from + 3 * 86_400_000;
        let expected = 0;
        for (let t = from; t < to; t += 60_000) if (inside(spec, t)) expected += 60_000;
        expect(workingTimeBetween(cal, from, to)).toBe(expected);
      }),
      { numRuns: 15 },
    );
  });
});
