import { ValidationError } from '../errors/errors';
import { durationToMs, parseDuration } from './duration';

describe('ISO 8601 durations', () => {
  it.each([
    ['PT30M', 30 * 60_000],
    ['PT4H', 4 * 3_600_000],
    ['P1DT2H', 26 * 3_600_000],
    ['P1W', 7 * 86_400_000],
    ['PT0.5H', 1_800_000],
  ])('%s is %d ms', (text, ms) => {
    expect(durationToMs(text)).toBe(ms);
  });

  it('keeps calendar units for natural-time use', () => {
    expect(parseDuration('P1M').months).toBe(1);
  });

  it.each([
    ['4 hours', 'duration.invalid'],
    ['', 'duration.invalid'],
    ['PT-1H', 'duration.negative'],
    ['P1M', 'duration.calendarUnit'],
    ['P1Y', 'duration.calendarUnit'],
  ])('refuses %j with %s and names where it is', (text, code) => {
    try {
      durationToMs(text, '/sla/0/targets/response');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      const issue = (error as ValidationError).issues[0]!;
      expect(issue.code).toBe(code);
      expect(issue.path).toBe('/sla/0/targets/response');
      expect((error as Error).message).toContain('/sla/0/targets/response');
    }
  });
});
