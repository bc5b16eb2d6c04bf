import { validateDefinition } from '@deskkit/runtime';
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
