import { describe, expect, it } from 'vitest';
import { ajvFormValidator } from '../ajv';
import { chain, setup, task } from '../engine/testkit';
import {
  DefinitionError,
  ExpressionError,
  ValidationError,
  evaluateForm,
  loadPatternEngine,
  validateFormData,
} from '../index';
import type { FormDefinition, WorkflowDefinition } from '../index';

const hostile = `${'a'.repeat(50_000)}!`;

function withSchema(
  key: string,
  properties: Record<string, unknown>,
  extra = {},
): WorkflowDefinition {
  const def = chain(key, [task('triage', { strategy: 'fixed', to: [{ user: 'kim' }] })]);
  return {
    ...def,
    form: {
      schema: {
        type: 'object',
        properties: { summary: { type: 'string' }, ...properties },
        ...extra,
      },
    },
  } as WorkflowDefinition;
}

describe('JSON Schema patterns on user input', () => {
  it.each([
    ['eval-free', undefined],
    ['ajv', ajvFormValidator],
  ])(
    'a catastrophic pattern meets a hostile value (%s): startTicket answers with a ValidationError',
    async (_name, validator) => {
      const { runtime } = setup(validator ? { validator } : {});
      await runtime.publish(withSchema('redos', { code: { type: 'string', pattern: '^(a+)+$' } }), {
        actor: 'admin',
      });
      const error = await runtime
        .startTicket({ workflow: 'redos', actor: 'ann', data: { summary: 'x', code: hostile } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        expect.objectContaining({ path: '/data/code', code: 'INVALID_PATTERN' }),
      ]);
      const ok = await runtime.startTicket({
        workflow: 'redos',
        actor: 'ann',
        data: { summary: 'x', code: 'aaa' },
      });
      expect(ok.data.code).toBe('aaa');
    },
  );

  it('a catastrophic patternProperties key meets a hostile property name', async () => {
    const { runtime } = setup();
    await runtime.publish(
      withSchema('redos-keys', {
        meta: { type: 'object', patternProperties: { '^(x+x+)+y$': { type: 'number' } } },
      }),
      { actor: 'admin' },
    );
    const start = (meta: Record<string, unknown>) =>
      runtime.startTicket({ workflow: 'redos-keys', actor: 'ann', data: { summary: 'x', meta } });
    await expect(start({ ['x'.repeat(5_000)]: 'text' })).resolves.toBeDefined();
    await expect(start({ xxy: 'text' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('publish refuses a pattern that cannot match in linear time, naming where it is', async () => {
    const { runtime } = setup();
    const error = await runtime
      .publish(
        withSchema('lookahead', { pin: { type: 'string', pattern: '^(?=.*\\d)\\w{4,}$' } }),
        {
          actor: 'admin',
        },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues).toEqual([
      expect.objectContaining({
        path: '/form/schema',
        code: 'FORM_SCHEMA_INVALID',
        message: expect.stringContaining('schema/properties/pin/pattern'),
      }),
    ]);
    await expect(
      runtime.publish(withSchema('backref', {}, { patternProperties: { '^(a)\\1$': {} } }), {
        actor: 'admin',
      }),
    ).rejects.toThrow(/patternProperties/);
  });

  it('validateFormData matches patterns in linear time once the engine is loaded', async () => {
    const form: FormDefinition = {
      schema: {
        type: 'object',
        properties: { code: { type: 'string', pattern: '^(\\w+\\s?)*$' } },
      },
    };
    await loadPatternEngine(form.schema);
    const data = { code: `${'word '.repeat(10_000)}!` };
    const issues = validateFormData(form, data, await evaluateForm(form, data, {}));
    expect(issues.map((i) => i.code)).toEqual(['INVALID_PATTERN']);
    const good = { code: 'two words' };
    expect(validateFormData(form, good, await evaluateForm(form, good, {}))).toEqual([]);
  });
});

describe('expressions in a workflow', () => {
  it('a trigger whose value calls $pad with a 10^9 width fails with an ExpressionError', async () => {
    const { runtime } = setup();
    await runtime.publish(withSchema('pad', { notes: { type: 'string' } }, {}), { actor: 'admin' });
    const def = withSchema('pad', { notes: { type: 'string' } });
    await runtime.publish(
      {
        ...def,
        triggers: [
          {
            id: 'pad',
            on: ['created'],
            actions: [{ type: 'set', field: 'notes', value: '$pad(summary, 1000000000)' }],
          },
        ],
      } as WorkflowDefinition,
      { actor: 'admin' },
    );
    await expect(
      runtime.startTicket({ workflow: 'pad', actor: 'ann', data: { summary: 'x' } }),
    ).rejects.toBeInstanceOf(ExpressionError);
  });

  it('the runtime passes every expression limit on (maxString here)', async () => {
    const { runtime } = setup({ expressionLimits: { maxString: 10, timeoutMs: undefined } });
    const def = withSchema('small', { notes: { type: 'string' } });
    await runtime.publish(
      {
        ...def,
        triggers: [
          {
            id: 'pad',
            on: ['created'],
            actions: [{ type: 'set', field: 'notes', value: '$pad(summary, 50)' }],
          },
        ],
      } as WorkflowDefinition,
      { actor: 'admin' },
    );
    await expect(
      runtime.startTicket({ workflow: 'small', actor: 'ann', data: { summary: 'x' } }),
    ).rejects.toThrow(/longer than 10 characters/);
  });
});
