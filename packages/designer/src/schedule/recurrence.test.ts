import type { TicketSchedule } from '@deskkit/runtime';
import { nextRuns, validateSchedule } from '@deskkit/runtime/schedules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RecurrenceForm, readRecurrence, WEEKDAYS, writeRecurrence } from './recurrence';

const base: TicketSchedule = {
  id: 'patch',
  workflow: 'change',
  actor: 'ops',
  timeZone: 'Europe/Paris',
  start: '2026-01-05T09:00',
  frequency: 'once',
};

const form: fc.Arbitrary<RecurrenceForm> = fc.record({
  freq: fc.constantFrom('once', 'daily', 'weekly', 'monthly'),
  interval: fc.integer({ min: 1, max: 6 }),
  weekdays: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  monthly: fc.constantFrom('day', 'position'),
  monthDay: fc.constantFrom(1, 2, 15, 28, 31, -1),
  position: fc.constantFrom(1, 2, 3, 4, -1),
  positionDay: fc.constantFrom(...WEEKDAYS),
  ends: fc.constantFrom('never', 'until', 'count'),
  until: fc.constantFrom('2026-06-30', '2027-01-01'),
  count: fc.integer({ min: 1, max: 50 }),
}) as fc.Arbitrary<RecurrenceForm>;

/** What of a form the schedule keeps: a `once` has no repeat, other parts only when they apply. */
function meaning(f: RecurrenceForm) {
  if (f.freq === 'once') return { freq: 'once', until: f.ends === 'until' ? f.until : '' };
  return {
    freq: f.freq,
    interval: f.interval,
    weekdays: f.freq === 'weekly' ? WEEKDAYS.filter((d) => f.weekdays.includes(d)) : null,
    monthly:
      f.freq === 'monthly'
        ? f.monthly === 'day'
          ? { day: f.monthDay }
          : { position: f.position, day: f.positionDay }
        : null,
    ends: f.ends === 'until' ? f.until : f.ends === 'count' ? f.count : 'never',
  };
}

describe('recurrence form ⇄ schedule', () => {
  it('reads back every schedule it writes, and the runtime accepts it', () => {
    fc.assert(
      fc.property(form, (f) => {
        const s = writeRecurrence(base, f);
        expect(() => validateSchedule(s)).not.toThrow();
        const read = readRecurrence(s);
        expect(read.ok).toBe(true);
        if (read.ok) expect(meaning(read.form)).toEqual(meaning(f));
      }),
      { numRuns: 200 },
    );
  });

  it('writes plain fields when they can say it, an RRULE for positions and counts', () => {
    const f = readRecurrence(base);
    if (!f.ok) throw new Error('unreadable');
    expect(
      writeRecurrence(base, { ...f.form, freq: 'weekly', interval: 2, weekdays: ['wed', 'mon'] }),
    ).toMatchObject({
      frequency: 'weekly',
      interval: 2,
      weekdays: ['mon', 'wed'],
    });
    const second = writeRecurrence(base, {
      ...f.form,
      freq: 'monthly',
      monthly: 'position',
      position: 2,
      positionDay: 'tue',
    });
    expect(second).toMatchObject({ frequency: 'rrule', rrule: 'FREQ=MONTHLY;BYDAY=+2TU' });
    const runs = nextRuns(second, new Date('2026-01-01T00:00Z'), new Date('2026-04-01T00:00Z'));
    // Second Tuesdays of January–March 2026 at 09:00 Paris (08:00Z in winter).
    expect(runs.map((r) => r.toISOString())).toEqual([
      '2026-01-13T08:00:00.000Z',
      '2026-02-10T08:00:00.000Z',
      '2026-03-10T08:00:00.000Z',
    ]);
    expect(
      writeRecurrence(base, { ...f.form, freq: 'daily', ends: 'count', count: 3 }),
    ).toMatchObject({
      frequency: 'rrule',
      rrule: 'FREQ=DAILY;COUNT=3',
    });
  });

  it('writes only rules when the store keeps only a rule, and reads them back', () => {
    fc.assert(
      fc.property(form, (f) => {
        const s = writeRecurrence(base, f, { rruleOnly: true });
        expect(s.frequency).toBe('rrule');
        expect(() => validateSchedule(s)).not.toThrow();
        if (f.freq === 'once') return void expect(s.rrule).toBe('FREQ=DAILY;COUNT=1');
        const read = readRecurrence(s);
        expect(read.ok).toBe(true);
        if (read.ok) expect(meaning(read.form)).toEqual(meaning(f));
      }),
      { numRuns: 200 },
    );
  });

  it('names the part of a rule it cannot show', () => {
    expect(
      readRecurrence({ ...base, frequency: 'rrule', rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,14' }),
    ).toEqual({
      ok: false,
      part: 'BYHOUR',
    });
    expect(readRecurrence({ ...base, frequency: 'monthly', monthDays: [1, 15] })).toMatchObject({
      ok: false,
    });
    expect(readRecurrence({ ...base, frequency: 'rrule', rrule: 'FREQ=YEARLY' })).toMatchObject({
      ok: false,
      part: 'FREQ=YEARLY',
    });
  });
});
