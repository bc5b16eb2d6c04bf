import { ValidationError } from '../errors/errors';
import { dueRuns, nextRun, nextRuns, validateSchedule } from '../schedules';
import type { TicketSchedule } from './schedule.types';

const base = { id: 's1', workflow: 'check', actor: 'ops', timeZone: 'Europe/Paris' } as const;
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());
const d = (text: string) => new Date(text);

describe('schedule recurrences', () => {
  it('daily at 09:00 Paris keeps the wall-clock time across the DST change', () => {
    const s: TicketSchedule = { ...base, start: '2026-03-27T09:00', frequency: 'daily' };
    expect(iso(nextRuns(s, d('2026-03-27T00:00Z'), d('2026-03-31T00:00Z')))).toEqual([
      '2026-03-27T08:00:00.000Z',
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('a run time skipped by the spring-forward change moves forward by the gap', () => {
    const s: TicketSchedule = { ...base, start: '2026-03-28T02:30', frequency: 'daily' };
    expect(iso(nextRuns(s, d('2026-03-28T00:00Z'), d('2026-03-30T12:00Z')))).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:30:00.000Z', // 03:30 +02:00
      '2026-03-30T00:30:00.000Z',
    ]);
  });

  it('weekly on chosen days, every second week, until an inclusive end date', () => {
    const s: TicketSchedule = {
      ...base,
      timeZone: 'America/New_York',
      start: '2026-10-26T08:00',
      end: '2026-11-18',
      frequency: 'weekly',
      interval: 2,
      weekdays: ['mon', 'wed'],
    };
    expect(iso(nextRuns(s, d('2026-10-01T00:00Z'), d('2027-01-01T00:00Z')))).toEqual([
      '2026-10-26T12:00:00.000Z',
      '2026-10-28T12:00:00.000Z',
      '2026-11-09T13:00:00.000Z',
      '2026-11-11T13:00:00.000Z',
    ]);
  });

  it('monthly on the last day and on the 31st (months without one are skipped)', () => {
    const last: TicketSchedule = {
      ...base,
      timeZone: 'UTC',
      start: '2026-01-31T18:00',
      frequency: 'monthly',
      monthDays: [-1],
    };
    expect(iso(nextRuns(last, d('2026-01-01T00:00Z'), d('2026-04-01T00:00Z')))).toEqual([
      '2026-01-31T18:00:00.000Z',
      '2026-02-28T18:00:00.000Z',
      '2026-03-31T18:00:00.000Z',
    ]);
    const the31st: TicketSchedule = { ...last, monthDays: undefined };
    expect(iso(nextRuns(the31st, d('2026-01-01T00:00Z'), d('2026-04-01T00:00Z')))).toEqual([
      '2026-01-31T18:00:00.000Z',
      '2026-03-31T18:00:00.000Z',
    ]);
  });

  it('once, and a custom RFC 5545 rule', () => {
    const once: TicketSchedule = { ...base, start: '2026-05-04T10:00', frequency: 'once' };
    expect(iso(nextRuns(once, d('2026-01-01T00:00Z'), d('2027-01-01T00:00Z')))).toEqual([
      '2026-05-04T08:00:00.000Z',
    ]);
    expect(nextRun(once, d('2026-05-04T08:00Z'))).toBeNull();
    const custom: TicketSchedule = {
      ...base,
      start: '2026-06-01T00:00',
      frequency: 'rrule',
      rrule: 'RRULE:FREQ=WEEKLY;BYDAY=TU,TH;BYHOUR=9,14;BYMINUTE=0;BYSECOND=0;COUNT=5',
    };
    expect(iso(nextRuns(custom, d('2026-06-01T00:00Z'), d('2026-07-01T00:00Z')))).toEqual([
      '2026-06-02T07:00:00.000Z',
      '2026-06-02T12:00:00.000Z',
      '2026-06-04T07:00:00.000Z',
      '2026-06-04T12:00:00.000Z',
      '2026-06-09T07:00:00.000Z',
    ]);
    expect(nextRun(custom, d('2026-06-02T07:00Z'))?.toISOString()).toBe('2026-06-02T12:00:00.000Z');
  });
});

describe('missed runs after downtime', () => {
  const hourly: TicketSchedule = {
    ...base,
    timeZone: 'UTC',
    start: '2026-06-01T00:00',
    frequency: 'rrule',
    rrule: 'FREQ=HOURLY',
  };
  // The process was down from 00:30 to 05:01: runs at 01:00 … 04:00 were missed, 05:00 is on time.
  const since = d('2026-06-01T00:30Z');
  const now = d('2026-06-01T05:01Z');

  it('runAll fires every missed run', () => {
    expect(dueRuns({ ...hourly, missed: 'runAll' }, since, now).runs).toHaveLength(5);
  });
  it('runOnce fires one run for all of them', () => {
    const late = d('2026-06-01T04:30Z');
    expect(dueRuns({ ...hourly, missed: 'runOnce' }, since, late)).toMatchObject({ skipped: 3 });
    expect(iso(dueRuns({ ...hourly, missed: 'runOnce' }, since, late).runs)).toEqual([
      '2026-06-01T04:00:00.000Z',
    ]);
    expect(iso(dueRuns(hourly, since, now).runs)).toEqual(['2026-06-01T05:00:00.000Z']);
  });
  it('skip fires only the run that is on time', () => {
    const r = dueRuns({ ...hourly, missed: 'skip' }, since, now);
    expect(iso(r.runs)).toEqual(['2026-06-01T05:00:00.000Z']);
    expect(r.skipped).toBe(4);
    expect(r.next?.toISOString()).toBe('2026-06-01T06:00:00.000Z');
  });
  it('a disabled schedule does not run', () => {
    expect(dueRuns({ ...hourly, enabled: false }, since, now).runs).toEqual([]);
  });
});

describe('schedule validation', () => {
  it.each([
    [{ timeZone: 'Nowhere/City' }, '/schedules/s1/timeZone'],
    [{ start: 'tomorrow' }, '/schedules/s1/start'],
    [{ end: '2020-01-01' }, '/schedules/s1/end'],
    [{ frequency: 'yearly' }, '/schedules/s1/frequency'],
    [{ interval: 0 }, '/schedules/s1/interval'],
    [{ frequency: 'weekly', weekdays: ['funday'] }, '/schedules/s1/weekdays/0'],
    [{ frequency: 'monthly', monthDays: [32] }, '/schedules/s1/monthDays/0'],
    [{ frequency: 'rrule', rrule: 'BYDAY=MO' }, '/schedules/s1/rrule'],
    [
      { frequency: 'rrule', rrule: 'DTSTART:20260101T000000Z\nRRULE:FREQ=DAILY' },
      '/schedules/s1/rrule',
    ],
    [{ workflow: '' }, '/schedules/s1/workflow'],
  ])('refuses %j at %s', (patch, path) => {
    const s = {
      ...base,
      start: '2026-06-01T09:00',
      frequency: 'daily',
      ...patch,
    } as TicketSchedule;
    try {
      validateSchedule(s);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]!.path).toBe(path);
    }
  });
});
