import { DateTime } from 'luxon';
import { ValidationError, NotFoundError } from '../errors/errors';
import type { CalendarSpec } from './calendar.types';
import { compileCalendar, createCalendarRegistry, naturalCalendar } from './calendar';
import { addWorkingTime, isWorkingTime, nextWorkingTime, workingTimeBetween } from './working-time';

const H = 3_600_000;
const weekdays = (hours: Array<[string, string]>): CalendarSpec['week'] => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
});
const at = (iso: string) => new Date(iso);
const local = (date: Date, zone: string) => DateTime.fromJSDate(date, { zone }).toISO();

describe('office hours in Europe/Paris', () => {
  const office = compileCalendar(
    {
      timeZone: 'Europe/Paris',
      week: weekdays([
        ['09:00', '12:00'],
        ['14:00', '18:00'],
      ]),
      holidays: ['2026-05-01', '2026-12-25'],
      workdays: { '2026-05-09': [['09:00', '13:00']] },
    },
    'office',
  );

  it('adds working time across the lunch break', () => {
    expect(
      local(addWorkingTime(office, at('2026-03-02T10:00:00+01:00'), 4 * H), 'Europe/Paris'),
    ).toBe('2026-03-02T16:00:00.000+01:00');
  });

  it('skips the weekend of the spring-forward change (2026-03-29) by wall-clock hours', () => {
    const due = addWorkingTime(office, at('2026-03-27T16:00:00+01:00'), 4 * H);
    expect(local(due, 'Europe/Paris')).toBe('2026-03-30T11:00:00.000+02:00');
    expect(workingTimeBetween(office, at('2026-03-27T16:00:00+01:00'), due)).toBe(4 * H);
  });

  it('skips the weekend of the fall-back change (2026-10-25)', () => {
    const due = addWorkingTime(office, at('2026-10-23T17:00:00+02:00'), 2 * H);
    expect(local(due, 'Europe/Paris')).toBe('2026-10-26T10:00:00.000+01:00');
  });

  it('skips holidays and counts an extra working Saturday', () => {
    // Thursday 30 April 17:00 + 2 h: 1 h Thursday, Friday 1 May is a holiday, Monday 4 May 10:00.
    expect(
      local(addWorkingTime(office, at('2026-04-30T17:00:00+02:00'), 2 * H), 'Europe/Paris'),
    ).toBe('2026-05-04T10:00:00.000+02:00');
    // Friday 8 May 17:00 + 3 h: 1 h Friday, then Saturday 9 May is worked 09:00–13:00.
    expect(
      local(addWorkingTime(office, at('2026-05-08T17:00:00+02:00'), 3 * H), 'Europe/Paris'),
    ).toBe('2026-05-09T11:00:00.000+02:00');
    expect(
      workingTimeBetween(office, at('2026-04-27T00:00:00+02:00'), at('2026-05-11T00:00:00+02:00')),
    ).toBe(9 * 7 * H + 4 * H);
  });

  it('starts counting at the next opening when the clock starts out of hours', () => {
    expect(local(addWorkingTime(office, at('2026-03-07T20:00:00+01:00'), H), 'Europe/Paris')).toBe(
      '2026-03-09T10:00:00.000+01:00',
    );
    expect(local(nextWorkingTime(office, at('2026-03-02T12:30:00+01:00')), 'Europe/Paris')).toBe(
      '2026-03-02T14:00:00.000+01:00',
    );
    expect(isWorkingTime(office, at('2026-03-02T12:30:00+01:00'))).toBe(false);
    expect(isWorkingTime(office, at('2026-03-02T14:00:00+01:00'))).toBe(true);
  });

  it('counts no time between equal or reversed instants and refuses negative amounts', () => {
    expect(workingTimeBetween(office, at('2026-03-02T10:00:00Z'), at('2026-03-02T09:00:00Z'))).toBe(
      0,
    );
    expect(addWorkingTime(office, at('2026-03-02T10:00:00Z'), 0).toISOString()).toBe(
      '2026-03-02T10:00:00.000Z',
    );
    expect(() => addWorkingTime(office, at('2026-03-02T10:00:00Z'), -1)).toThrow(ValidationError);
  });
});

describe('daylight-saving days themselves', () => {
  const allWeek: CalendarSpec = {
    timeZone: 'Europe/Paris',
    week: {
      ...weekdays([['00:00', '24:00']]),
      sat: [['22:00', '06:00']],
      sun: [['00:00', '24:00']],
    },
  };
  const cal = compileCalendar(allWeek, 'allWeek');

  it('a whole Sunday lasts 23 h in spring and 25 h in autumn', () => {
    expect(
      workingTimeBetween(cal, at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00')),
    ).toBe(23 * H);
    expect(
      workingTimeBetween(cal, at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00')),
    ).toBe(25 * H);
  });

  it('a night shift across midnight and the DST change lasts the real time', () => {
    const sat = compileCalendar(
      { timeZone: 'Europe/Paris', week: { sat: [['22:00', '06:00']] } },
      'nights',
    );
    // 22:00 +01:00 → 06:00 +02:00 is 7 real hours; in autumn 22:00 +02:00 → 06:00 +01:00 is 9.
    expect(workingTimeBetween(sat, at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'))).toBe(
      7 * H,
    );
    expect(workingTimeBetween(sat, at('2026-10-24T12:00:00Z'), at('2026-10-25T12:00:00Z'))).toBe(
      9 * H,
    );
    expect(local(addWorkingTime(sat, at('2026-03-28T22:00:00+01:00'), 5 * H), 'Europe/Paris')).toBe(
      '2026-03-29T04:00:00.000+02:00',
    );
  });

  it('America/New_York: 09:00–17:00 on the DST Mondays keeps wall-clock hours', () => {
    const ny = compileCalendar(
      { timeZone: 'America/New_York', week: weekdays([['09:00', '17:00']]) },
      'ny',
    );
    const due = addWorkingTime(ny, at('2026-03-06T16:00:00-05:00'), 2 * H);
    expect(local(due, 'America/New_York')).toBe('2026-03-09T10:00:00.000-04:00');
    const autumn = addWorkingTime(ny, at('2026-10-30T16:00:00-04:00'), 2 * H);
    expect(local(autumn, 'America/New_York')).toBe('2026-11-02T10:00:00.000-05:00');
    expect(workingTimeBetween(ny, at('2026-03-06T00:00:00Z'), at('2026-03-10T00:00:00Z'))).toBe(
      16 * H,
    );
  });
});

describe('intervals across midnight, weekends and holidays', () => {
  const nights = compileCalendar(
    { timeZone: 'UTC', week: weekdays([['22:00', '06:00']]), holidays: ['2026-06-05'] },
    'nights',
  );

  it('a Friday night belongs to Friday and runs into Saturday morning', () => {
    expect(isWorkingTime(nights, at('2026-06-13T05:00:00Z'))).toBe(true); // Saturday 05:00 after Friday 12th
    expect(isWorkingTime(nights, at('2026-06-13T22:30:00Z'))).toBe(false); // Saturday night: closed
    expect(isWorkingTime(nights, at('2026-06-08T03:00:00Z'))).toBe(false); // Monday 03:00 after Sunday
  });

  it('a holiday on Friday removes the whole Friday night', () => {
    expect(isWorkingTime(nights, at('2026-06-06T02:00:00Z'))).toBe(false);
    expect(isWorkingTime(nights, at('2026-06-05T03:00:00Z'))).toBe(true); // Thursday night still runs
    // Thursday 4 June 23:00 + 8 h: 7 h until Friday 06:00, Friday night is a holiday, Monday 22:00 + 1 h.
    expect(addWorkingTime(nights, at('2026-06-04T23:00:00Z'), 8 * H).toISOString()).toBe(
      '2026-06-08T23:00:00.000Z',
    );
  });

  it('overlapping intervals are counted once', () => {
    const overlap = compileCalendar(
      {
        timeZone: 'UTC',
        week: {
          mon: [['20:00', '02:00']],
          tue: [
            ['00:00', '04:00'],
            ['03:00', '05:00'],
          ],
        },
      },
      'overlap',
    );
    expect(
      workingTimeBetween(overlap, at('2026-06-01T00:00:00Z'), at('2026-06-03T00:00:00Z')),
    ).toBe(9 * H);
  });
});

describe('24x7 and the registry', () => {
  it('natural time adds plain milliseconds', () => {
    expect(addWorkingTime(naturalCalendar, at('2026-03-29T00:30:00Z'), 5 * H).toISOString()).toBe(
      '2026-03-29T05:30:00.000Z',
    );
    expect(
      workingTimeBetween(naturalCalendar, at('2026-03-29T00:00:00Z'), at('2026-03-30T00:00:00Z')),
    ).toBe(24 * H);
  });

  it('looks calendars up by name, 24x7 by default, and names unknown ones', () => {
    const calendars = createCalendarRegistry({
      support: { timeZone: 'Asia/Shanghai', week: weekdays([['09:00', '18:00']]) },
    });
    expect(calendars.get().natural).toBe(true);
    expect(calendars.get('24x7').natural).toBe(true);
    expect(calendars.get('support').timeZone).toBe('Asia/Shanghai');
    expect(calendars.names()).toEqual(['24x7', 'support']);
    expect(() => calendars.get('nope')).toThrow(NotFoundError);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus', week: { mon: [['09:00', '17:00']] } }, '/calendars/bad/timeZone'],
    [{ timeZone: 'UTC', week: { monday: [['09:00', '17:00']] } }, '/calendars/bad/week/monday'],
    [{ timeZone: 'UTC', week: { mon: [['9:00', '17:00']] } }, '/calendars/bad/week/mon/0/0'],
    [{ timeZone: 'UTC', week: { mon: [['09:00', '25:00']] } }, '/calendars/bad/week/mon/0/1'],
    [{ timeZone: 'UTC', week: { mon: [['09:00', '09:00']] } }, '/calendars/bad/week/mon/0'],
    [
      { timeZone: 'UTC', week: { mon: [['09:00', '17:00']] }, holidays: ['2026-02-30'] },
      '/calendars/bad/holidays/0',
    ],
    [{ timeZone: 'UTC', week: {} }, '/calendars/bad/week'],
  ])('refuses a bad calendar with a path (%#)', (spec, path) => {
    try {
      createCalendarRegistry({ bad: spec as CalendarSpec });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]!.path).toBe(path);
    }
  });

  it('says so when a calendar with only a past extra workday has no time left', () => {
    const once = compileCalendar(
      { timeZone: 'UTC', week: {}, workdays: { '2026-01-03': [['09:00', '10:00']] } },
      'once',
    );
    expect(() => addWorkingTime(once, at('2026-02-01T00:00:00Z'), H)).toThrow(
      /no working time left/,
    );
  });
});
