import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import {
  addDuration,
  durationMs,
  fromLocal,
  isValidTimeZone,
  localMs,
  parseIsoDateTime,
  parseIsoDuration,
  toLocal,
  zoneOffset,
} from './zone';

const MIN = 60_000;
const H = 3_600_000;
const Z = (iso: string) => Date.parse(iso);
/** `Date.UTC` of an ISO wall time written without offset: the local value of that wall time. */
const L = (wall: string) => Date.parse(`${wall}Z`);
const ZONES = [
  'Europe/Paris',
  'America/New_York',
  'Asia/Shanghai',
  'Australia/Lord_Howe',
  'Australia/Sydney',
  'America/Santiago',
  'Asia/Kolkata',
  'Pacific/Chatham',
  'America/St_Johns',
  'UTC',
];

describe('time zones on Intl', () => {
  it('knows IANA names and refuses others', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Etc/GMT+5')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone(42)).toBe(false);
  });

  it('reads offsets, including half-hour DST (Lord Howe) and 45-minute zones', () => {
    expect(zoneOffset('Europe/Paris', Z('2026-01-15T12:00Z'))).toBe(60);
    expect(zoneOffset('Europe/Paris', Z('2026-07-15T12:00Z'))).toBe(120);
    expect(zoneOffset('Australia/Lord_Howe', Z('2026-01-15T12:00Z'))).toBe(660);
    expect(zoneOffset('Australia/Lord_Howe', Z('2026-07-15T12:00Z'))).toBe(630);
    expect(zoneOffset('Pacific/Chatham', Z('2026-07-15T12:00Z'))).toBe(765);
    expect(zoneOffset(-300, Z('2026-07-15T12:00Z'))).toBe(-300);
  });

  it.each([
    // zone, wall time skipped by the change, instant (moved forward by the gap)
    ['Europe/Paris', '2026-03-29T02:30', '2026-03-29T01:30Z'], // 03:30 +02:00
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30Z'], // 03:30 -04:00
    ['Asia/Shanghai', '1991-04-14T02:30', '1991-04-13T18:30Z'], // 03:30 +09:00 (China's DST)
    ['Australia/Lord_Howe', '2026-10-04T02:15', '2026-10-03T15:45Z'], // 02:45 +11:00, a 30-min gap
    ['America/Santiago', '2026-09-06T00:30', '2026-09-06T04:30Z'], // the gap is at midnight
  ])('%s: %s, skipped by the spring-forward change, moves forward by the gap', (zone, wall, at) => {
    expect(new Date(fromLocal(zone, L(wall))).toISOString()).toBe(new Date(Z(at)).toISOString());
  });

  it.each([
    // zone, wall time that happens twice, first instant, second instant
    ['Europe/Paris', '2026-10-25T02:30', '2026-10-25T00:30Z', '2026-10-25T01:30Z', 60],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30Z', '2026-11-01T06:30Z', -300],
    ['Asia/Shanghai', '1991-09-15T01:30', '1991-09-14T16:30Z', '1991-09-14T17:30Z', 480],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T14:45Z', '2026-04-04T15:15Z', 630],
  ])(
    '%s: %s, repeated by the fall-back change, is the first one unless the later offset is asked',
    (zone, wall, first, second, later) => {
      expect(fromLocal(zone, L(wall))).toBe(Z(first));
      expect(fromLocal(zone, L(wall), later)).toBe(Z(second));
      expect(toLocal(zone, Z(first))).toBe(L(wall));
      expect(toLocal(zone, Z(second))).toBe(L(wall));
    },
  );

  it('local values cover years 0–99 and overflowing fields', () => {
    expect(new Date(localMs(2026, 1, 32)).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(new Date(localMs(2026, 13, 1)).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(new Date(localMs(50, 2, 29)).toISOString()).toBe('0050-03-01T00:00:00.000Z');
    expect(new Date(localMs(2024, 2, 29, 25)).toISOString()).toBe('2024-03-01T01:00:00.000Z');
  });

  it('agrees with luxon on offsets and round trips, 1950–2060, in many zones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Z('1950-01-01T00:00Z') / MIN, max: Z('2060-01-01T00:00Z') / MIN }),
        (zone, minute) => {
          const t = minute * MIN;
          expect(zoneOffset(zone, t)).toBe(DateTime.fromMillis(t, { zone }).offset);
          // An instant's wall time leads back to it, or to the first of two equal wall times.
          const back = fromLocal(zone, toLocal(zone, t));
          expect(back === t || (back < t && toLocal(zone, back) === toLocal(zone, t))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('ISO 8601 date-times', () => {
  it.each([
    ['2026-01-05', '2026-01-04T23:00:00.000Z'],
    ['2026-01', '2025-12-31T23:00:00.000Z'],
    ['2026', '2025-12-31T23:00:00.000Z'],
    ['20260105', '2026-01-04T23:00:00.000Z'],
    ['2026-07-05T08', '2026-07-05T06:00:00.000Z'],
    ['2026-07-05T08:00', '2026-07-05T06:00:00.000Z'],
    ['2026-07-05T0800', '2026-07-05T06:00:00.000Z'],
    ['2026-07-05T08:00:30.25', '2026-07-05T06:00:30.250Z'],
    ['2026-07-05T08:00:30,5', '2026-07-05T06:00:30.500Z'],
    ['2026-07-05T08:00Z', '2026-07-05T08:00:00.000Z'],
    ['2026-07-05T08:00+05:30', '2026-07-05T02:30:00.000Z'],
    ['2026-07-05T08:00-0330', '2026-07-05T11:30:00.000Z'],
    ['2026-07-05T08:00-03', '2026-07-05T11:00:00.000Z'],
    ['2026-07-05T08:00:00+02:00[Europe/Paris]', '2026-07-05T06:00:00.000Z'],
    ['2026-07-05T24:00', '2026-07-05T22:00:00.000Z'],
    ['+002026-07-05', '2026-07-04T22:00:00.000Z'],
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
  ])('%s in Europe/Paris is %s, as luxon reads it', (text, iso) => {
    expect(new Date(parseIsoDateTime(text, 'Europe/Paris')!.instant).toISOString()).toBe(iso);
    expect(DateTime.fromISO(text, { zone: 'Europe/Paris' }).toUTC().toISO()).toBe(iso);
  });

  it('keeps the offset written in the text', () => {
    expect(parseIsoDateTime('2026-07-05T08:00+05:30', 'UTC')?.offset).toBe(330);
    expect(parseIsoDateTime('2026-07-05T08:00Z', 'Europe/Paris')?.offset).toBe(0);
    expect(parseIsoDateTime('2026-07-05T08:00', 'Europe/Paris')?.offset).toBeUndefined();
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-01-05T24:30',
    '2026-01-05T23:60',
    '2026-01-05 08:00',
    '2026-01-05T',
    'yesterday',
    '',
    42,
    null,
  ])('refuses %j', (text) => {
    expect(parseIsoDateTime(text, 'UTC')).toBeNull();
  });
});

describe('ISO 8601 durations', () => {
  it.each([
    ['P', 0],
    ['PT', 0],
    ['PT0S', 0],
    ['P1D', 24 * H],
    ['P1DT', 24 * H],
    ['PT1.5H', 1.5 * H],
    ['PT1.5S', 1500],
    ['PT1,5S', 1500],
    ['P1.5D', 36 * H],
    ['P1W2D', 9 * 24 * H],
    ['PT36H', 36 * H],
    ['-P1D', -24 * H],
    ['P1Y2M', (365 + 60) * 24 * H],
  ])('%s is %d ms, as luxon reads it', (text, ms) => {
    expect(durationMs(parseIsoDuration(text)!)).toBe(ms);
    expect(Duration.fromISO(text).toMillis()).toBe(ms);
  });

  it.each(['p1d', '1D', 'P1H', 'PT1D', 'P1.5.5D', 'P T1H', ''])('refuses %j', (text) => {
    expect(parseIsoDuration(text)).toBeNull();
  });
});

describe('adding durations in a zone', () => {
  const paris = 'Europe/Paris';
  const add = (zone: string, iso: string, d: string) =>
    new Date(addDuration(zone, Z(iso), parseIsoDuration(d)!)).toISOString();

  it('days keep the wall-clock time across DST; hours are elapsed time', () => {
    // Saturday 28 March 2026 09:00 +01:00, the night before the change.
    expect(add(paris, '2026-03-28T08:00Z', 'P1D')).toBe('2026-03-29T07:00:00.000Z');
    expect(add(paris, '2026-03-28T08:00Z', 'PT24H')).toBe('2026-03-29T08:00:00.000Z');
    expect(add(paris, '2026-10-24T07:00Z', 'P1D')).toBe('2026-10-25T08:00:00.000Z');
    expect(add('UTC', '2026-03-28T08:00Z', 'P1D')).toBe('2026-03-29T08:00:00.000Z');
  });

  it('months end on the last day of a shorter month', () => {
    expect(add('UTC', '2026-01-31T10:00Z', 'P1M')).toBe('2026-02-28T10:00:00.000Z');
    expect(add('UTC', '2024-01-31T10:00Z', 'P1M')).toBe('2024-02-29T10:00:00.000Z');
    expect(add('UTC', '2024-02-29T10:00Z', 'P1Y')).toBe('2025-02-28T10:00:00.000Z');
    expect(add('UTC', '2026-11-30T10:00Z', 'P3M')).toBe('2027-02-28T10:00:00.000Z');
  });

  it('a day landing in a gap moves forward; in an overlap keeps the offset it had', () => {
    // 02:30 on 28 March + 1 day is 02:30 on the 29th, which does not exist: 03:30 +02:00.
    expect(add(paris, '2026-03-28T01:30Z', 'P1D')).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 +02:00 on 24 October + 1 day: the first 02:30 of the 25th.
    expect(add(paris, '2026-10-24T00:30Z', 'P1D')).toBe('2026-10-25T00:30:00.000Z');
    // Lord Howe's 30-minute change: 02:15 on 3 October + 1 day is 02:45 +11:00.
    expect(add('Australia/Lord_Howe', '2026-10-02T15:45Z', 'P1D')).toBe('2026-10-03T15:45:00.000Z');
  });

  it('agrees with luxon plus, in many zones', () => {
    const duration = fc
      .record({
        years: fc.integer({ min: 0, max: 2 }),
        months: fc.integer({ min: 0, max: 14 }),
        weeks: fc.integer({ min: 0, max: 3 }),
        days: fc.integer({ min: 0, max: 40 }),
        hours: fc.integer({ min: 0, max: 30 }),
        minutes: fc.integer({ min: 0, max: 59 }),
      })
      .map((d) => `P${d.years}Y${d.months}M${d.weeks}W${d.days}DT${d.hours}H${d.minutes}M`);
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Z('2000-01-01T00:00Z') / MIN, max: Z('2040-01-01T00:00Z') / MIN }),
        duration,
        (zone, minute, text) => {
          const t = minute * MIN;
          const expected = DateTime.fromMillis(t, { zone }).plus(Duration.fromISO(text)).toMillis();
          expect(addDuration(zone, t, parseIsoDuration(text)!)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
