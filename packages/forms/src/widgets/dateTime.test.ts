import { instantToLocal, localToInstant } from './dateTime';

/** Runs `fn` with the process in time zone `tz` (Node re-reads TZ when it is assigned). */
function inZone(tz: string, fn: () => void): void {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('date-time conversion', () => {
  it('keeps 20:00 local as 20:00 through the stored instant, in several time zones', () => {
    const cases: Array<[string, string]> = [
      ['UTC', '2026-11-24T20:00:00.000Z'],
      ['Europe/Berlin', '2026-11-24T19:00:00.000Z'],
      ['America/New_York', '2026-11-25T01:00:00.000Z'],
      ['Asia/Kolkata', '2026-11-24T14:30:00.000Z'],
      ['Pacific/Auckland', '2026-11-24T07:00:00.000Z'],
    ];
    for (const [tz, stored] of cases) {
      inZone(tz, () => {
        const typed = { date: '2026-11-24', time: '20:00' };
        expect(localToInstant(typed)).toBe(stored);
        expect(instantToLocal(stored)).toEqual(typed);
      });
    }
  });

  it('shows afternoon and midnight hours on a 24-hour clock', () => {
    inZone('Europe/Berlin', () => {
      expect(instantToLocal('2026-06-01T18:05:00Z')).toEqual({ date: '2026-06-01', time: '20:05' });
      expect(instantToLocal('2026-06-01T22:00:00Z')).toEqual({ date: '2026-06-02', time: '00:00' });
      expect(instantToLocal('2026-06-01T10:00:00Z')).toEqual({ date: '2026-06-01', time: '12:00' });
    });
  });

  it('reads offsets in the stored value and ignores what is not an instant', () => {
    inZone('Europe/Berlin', () => {
      expect(instantToLocal('2026-11-24T20:00:00+01:00')).toEqual({
        date: '2026-11-24',
        time: '20:00',
      });
      expect(instantToLocal('')).toBeUndefined();
      expect(instantToLocal('tomorrow')).toBeUndefined();
      expect(instantToLocal(42)).toBeUndefined();
    });
  });

  it('waits for both parts and rejects impossible dates and times', () => {
    expect(localToInstant({ date: '2026-11-24', time: '' })).toBeUndefined();
    expect(localToInstant({ date: '', time: '20:00' })).toBeUndefined();
    expect(localToInstant({ date: '2026-02-31', time: '10:00' })).toBeUndefined();
    expect(localToInstant({ date: '2026-11-24', time: '24:00' })).toBeUndefined();
    inZone('UTC', () => {
      expect(localToInstant({ date: '2026-11-24', time: '20:00:30' })).toBe(
        '2026-11-24T20:00:30.000Z',
      );
    });
  });
});
