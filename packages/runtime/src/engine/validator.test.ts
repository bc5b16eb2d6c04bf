import { ajvFormValidator } from '../ajv';
import { ValidationError, safeFormValidator } from '../index';
import type { FormValidator, JsonSchema } from '../index';
import { chain, setup, task } from './testkit';

/** Wraps a validator and records the schemas it was asked about. */
function spy(inner: FormValidator): FormValidator & { calls: JsonSchema[] } {
  const calls: JsonSchema[] = [];
  return {
    calls,
    validate(schema, data, options) {
      calls.push(schema);
      return inner.validate(schema, data, options);
    },
  };
}

const def = chain('val', [task('triage', { strategy: 'fixed', to: [{ user: 'kim' }] })]);

describe('createRuntime({ validator })', () => {
  it('validates ticket data with the eval-free validator by default', async () => {
    const { runtime } = setup();
    await runtime.publish(def, { actor: 'admin' });
    await expect(
      runtime.startTicket({ workflow: 'val', actor: 'ann', data: { summary: 'x', amount: -1 } }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      issues: [expect.objectContaining({ path: '/data/amount', code: 'OUT_OF_RANGE' })],
    });
  });

  for (const [name, inner] of [
    ['ajv', ajvFormValidator],
    ['eval-free', safeFormValidator],
  ] as const) {
    it(`uses the validator it is given (${name}) for ticket data and definitions`, async () => {
      const validator = spy(inner);
      const { runtime } = setup({ validator });
      await runtime.publish(def, { actor: 'admin' });
      const atPublish = validator.calls.length;
      expect(atPublish).toBeGreaterThan(0); // the definition and its form schema
      const error = await runtime
        .startTicket({ workflow: 'val', actor: 'ann', data: { summary: 'x', amount: -1 } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        expect.objectContaining({ path: '/data/amount', code: 'OUT_OF_RANGE' }),
      ]);
      expect(validator.calls.length).toBeGreaterThan(atPublish);
    });
  }
});
