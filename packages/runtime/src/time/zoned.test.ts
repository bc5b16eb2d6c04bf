import { instantToZonedDateTime, zonedDateTimeToInstant } from './zoned';

const iso = (local: string, zone: string) => zonedDateTimeToInstant(local, zone)?.toISOString();

describe('wall-clock date-times in a named zone', () => {
  it('reads a local date-time in the zone, winter and summer', () => {
    expect(iso('2026-01-05T09:00', 'Europe/Paris')).toBe('2026-01-05T08:00:00.000Z');
    expect(iso('2026-07-06T09:00', 'Europe/Paris')).toBe('2026-07-06T07:00:00.000Z');
    expect(iso('2026-01-05T09:00', 'Asia/Shanghai')).toBe('2026-01-05T01:00:00.000Z');
    expect(iso('2026-01-05T09:00', 'America/New_York')).toBe('2026-01-05T14:00:00.000Z');
    expect(iso('2026-01-05T09:00:30.5', 'UTC')).toBe('2026-01-05T09:00:30.500Z');
    expect(iso('2026-01-05 09:00', 'UTC')).toBe('2026-01-05T09:00:00.000Z');
  });

  it('moves a time skipped by DST forward and takes the first of a repeated one', () => {
    // Paris springs forward at 02:00 on 29 March 2026 and falls back at 03:00 on 25 October.
    expect(iso('2026-03-29T02:30', 'Europe/Paris')).toBe('2026-03-29T01:30:00.000Z');
    expect(instantToZonedDateTime('2026-03-29T01:30:00.000Z', 'Europe/Paris')).toBe(
      '2026-03-29T03:30',
    );
    expect(iso('2026-10-25T02:30', 'Europe/Paris')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('refuses what is not a real date-time', () => {
    for (const text of [
      '',
      '2026-01-05',
      '2026-02-30T09:00',
      '2026-13-01T09:00',
      '2026-01-05T24:00',
      'soon',
    ])
      expect(zonedDateTimeToInstant(text, 'Europe/Paris')).toBeNull();
    expect(instantToZonedDateTime('not a date', 'Europe/Paris')).toBe('');
  });

  it('writes an instant as the wall clock of the zone, for a datetime-local input', () => {
    expect(instantToZonedDateTime('2026-01-05T08:00:00.000Z', 'Europe/Paris')).toBe(
      '2026-01-05T09:00',
    );
    expect(instantToZonedDateTime(Date.parse('2026-01-05T08:00:00Z'), 'Asia/Shanghai')).toBe(
      '2026-01-05T16:00',
    );
    expect(instantToZonedDateTime(new Date('2026-12-31T23:30:00Z'), 'Europe/Paris')).toBe(
      '2027-01-01T00:30',
    );
  });

  it('round-trips every wall time that exists', () => {
    for (const zone of ['Europe/Paris', 'America/Santiago', 'Australia/Lord_Howe', 'UTC'])
      for (let h = 0; h < 24 * 366; h += 13) {
        const at = new Date(Date.UTC(2026, 0, 1) + h * 3_600_000 + 13 * 60_000);
        const wall = instantToZonedDateTime(at, zone);
        const back = zonedDateTimeToInstant(wall, zone)!;
        // A repeated hour reads as its first occurrence, which shows the same wall time.
        expect(instantToZonedDateTime(back, zone)).toBe(wall);
      }
  });

  it('names an unknown zone', () => {
    expect(() => zonedDateTimeToInstant('2026-01-05T09:00', 'Mars/Olympus')).toThrow(
      /Mars\/Olympus/,
    );
    expect(() => instantToZonedDateTime(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
