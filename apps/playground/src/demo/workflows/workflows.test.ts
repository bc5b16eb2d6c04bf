import { lintDefinition, validateDefinition } from '@deskkit/runtime';
import { calendars } from '../calendars';
import { demoWorkflows } from './index';

describe('demo workflows', () => {
  it.each(demoWorkflows.map((d) => [d.key, d] as const))(
    '%s is a valid definition',
    (_key, def) => {
      const result = validateDefinition(def);
      expect(result.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );

  it.each(demoWorkflows.map((d) => [d.key, d] as const))(
    '%s has no ambiguous duration: working days on a calendar are written as working hours',
    (_key, def) => {
      const ambiguous = lintDefinition(def, { calendars }).filter(
        (i) => i.code === 'DURATION_DAYS_ON_CALENDAR',
      );
      expect(ambiguous).toEqual([]);
    },
  );

  it('counts the policies named in days in working days of the Paris office (9 hours)', () => {
    const target = (key: string, policy: string) =>
      demoWorkflows.find((d) => d.key === key)?.sla?.find((p) => p.id === policy)?.targets;
    expect(target('access-request', 'access')).toEqual({ resolution: 'PT18H' });
    expect(target('incident', 'p3')).toEqual({ response: 'PT4H', resolution: 'PT27H' });
  });

  it('covers the five processes of the desk', () => {
    expect(demoWorkflows.map((d) => d.key)).toEqual(
      expect.arrayContaining([
        'incident',
        'password-reset',
        'change-request',
        'access-request',
        'problem',
      ]),
    );
  });
});
