import fc from 'fast-check';
import { isoString, parseIso } from './iso';

it('formats like Date#toISOString', () => {
  fc.assert(
    fc.property(fc.integer({ min: -62_000_000_000_000, max: 260_000_000_000_000 }), (ms) => {
      expect(isoString(ms)).toBe(new Date(ms).toISOString());
    }),
    { numRuns: 2000 },
  );
});

it('parses like Date.parse', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (ms) => {
      const text = new Date(ms).toISOString();
      expect(parseIso(text)).toBe(ms);
    }),
    { numRuns: 2000 },
  );
  expect(parseIso('2026-03-02T10:00:00+01:00')).toBe(Date.parse('2026-03-02T09:00:00Z'));
  expect(parseIso('2026-13-02T10:00:00.000Z')).toBeNaN();
});
