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

/** A definition stored before the ReDoS check existed: saved as publish once saved it, unchecked. */
async function storeUnchecked(
  storage: ReturnType<typeof setup>['storage'],
  definition: WorkflowDefinition,
): Promise<void> {
  await storage.saveDefinition({
    key: definition.key,
    version: 1,
    definition,
    publishedAt: '2026-11-01T09:00:00.000Z',
    publishedBy: 'admin',
  });
}

/** Realistic patterns (e-mail, phone, asset tag, the demo's) that the check passes. */
const REALISTIC = [
  '^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$',
  '^[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+$',
  '^\\+?[0-9 ()./-]{5,20}$',
  '^\\+?[0-9 ]{6,20}$',
  '^1[3-9]\\d{9}$',
  '^[A-Z]{2,4}-\\d{4,6}$',
  '^INC-',
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$',
  '^\\d{4}-\\d{2}-\\d{2}$',
  '^\\p{L}+$',
];

describe('JSON Schema patterns on user input', () => {
  it.each([
    ['eval-free', undefined],
    ['ajv', ajvFormValidator],
  ])(
    'publish refuses a catastrophic pattern with a DefinitionError naming where it is and the pattern (%s)',
    async (_name, validator) => {
      const { runtime } = setup(validator ? { validator } : {});
      const error = await runtime
        .publish(withSchema('redos', { code: { type: 'string', pattern: '^(a+)+$' } }), {
          actor: 'admin',
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DefinitionError);
      expect((error as DefinitionError).issues).toEqual([
        expect.objectContaining({
          path: '/form/schema',
          code: 'FORM_SCHEMA_INVALID',
          message: expect.stringMatching(
            /schema\/properties\/code\/pattern" \("\^\(a\+\)\+\$"\) is refused/,
          ),
        }),
      ]);
    },
  );

  it('publish refuses a catastrophic patternProperties key', async () => {
    const { runtime } = setup();
    await expect(
      runtime.publish(
        withSchema('redos-keys', {
          meta: { type: 'object', patternProperties: { '^(x+x+)+y$': { type: 'number' } } },
        }),
        { actor: 'admin' },
      ),
    ).rejects.toThrow(/patternProperties\/\^\(x\+x\+\)\+y\$/);
  });

  it('publish refuses lookaround and backreferences, naming where they are', async () => {
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
    ).rejects.toThrow(/patternProperties.*backreference/);
  });

  it.each([
    ['eval-free', undefined],
    ['ajv', ajvFormValidator],
  ])(
    'realistic patterns publish and check user input, hostile input included (%s, memory storage)',
    async (_name, validator) => {
      const { runtime } = setup(validator ? { validator } : {});
      const properties = Object.fromEntries(
        REALISTIC.map((pattern, i) => [`f${i}`, { type: 'string', pattern }]),
      );
      await runtime.publish(withSchema('real', properties), { actor: 'admin' });
      const hostile = `${'a'.repeat(50_000)}@${'.a'.repeat(20_000)}@!`;
      const error = await runtime
        .startTicket({ workflow: 'real', actor: 'ann', data: { summary: 'x', f0: hostile } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toEqual([
        expect.objectContaining({ path: '/data/f0', code: 'INVALID_PATTERN' }),
      ]);
      const ok = await runtime.startTicket({
        workflow: 'real',
        actor: 'ann',
        data: { summary: 'x', f0: 'kim@example.com', f5: 'PC-01234', f2: '+86 (21) 5555-0100' },
      });
      expect(ok.data.f5).toBe('PC-01234');
    },
  );

  it('a definition stored before the check, with a pattern it refuses, fails closed on input', async () => {
    const { runtime, storage } = setup();
    await storeUnchecked(
      storage,
      withSchema('old', { code: { type: 'string', pattern: '^(a+)+$' } }),
    );
    const error = await runtime
      .startTicket({
        workflow: 'old',
        actor: 'ann',
        data: { summary: 'x', code: `${'a'.repeat(50_000)}!` },
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues).toEqual([
      expect.objectContaining({
        code: 'FORM_SCHEMA_INVALID',
        message: expect.stringContaining('/^(a+)+$/ is refused'),
      }),
    ]);
  });

  it('validateFormData fails closed on a refused pattern once the check is loaded', async () => {
    const form: FormDefinition = {
      schema: {
        type: 'object',
        properties: { code: { type: 'string', pattern: '^(\\w+\\s?)*$' } },
      },
    };
    await loadPatternEngine(form.schema);
    const data = { code: `${'word '.repeat(10_000)}!` };
    const evaluation = await evaluateForm(form, data, {});
    expect(() => validateFormData(form, data, evaluation)).toThrow(DefinitionError);
    const safe: FormDefinition = {
      schema: {
        type: 'object',
        properties: { code: { type: 'string', pattern: '^\\w+( \\w+)*$' } },
      },
    };
    expect(
      validateFormData(safe, data, await evaluateForm(safe, data, {})).map((i) => i.code),
    ).toEqual(['INVALID_PATTERN']);
    const good = { code: 'two words' };
    expect(validateFormData(safe, good, await evaluateForm(safe, good, {}))).toEqual([]);
  });
});

describe('regular expressions in expressions', () => {
  const withTrigger = (key: string, value: string): WorkflowDefinition => {
    const def = withSchema(key, { notes: { type: 'string' } });
    return {
      ...def,
      triggers: [{ id: 'tag', on: ['created'], actions: [{ type: 'set', field: 'notes', value }] }],
    } as WorkflowDefinition;
  };

  it('publish refuses a catastrophic regular expression with a DefinitionError naming the expression and the pattern', async () => {
    const { runtime } = setup();
    const error = await runtime
      .publish(withTrigger('rx', '$match(summary, /(a+)+b/).match'), { actor: 'admin' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues).toEqual([
      expect.objectContaining({
        path: '/triggers/0/actions/0/value',
        code: 'EXPRESSION_INVALID',
        message: expect.stringContaining('/(a+)+b/ is refused'),
      }),
    ]);
  });

  it('a safe regular expression runs on memory storage', async () => {
    const { runtime } = setup();
    await runtime.publish(withTrigger('tag', '$match(summary, /[A-Z]{2,4}-\\d{4,6}/).match'), {
      actor: 'admin',
    });
    const ticket = await runtime.startTicket({
      workflow: 'tag',
      actor: 'ann',
      data: { summary: 'laptop PC-01234 is broken' },
    });
    expect(ticket.data.notes).toBe('PC-01234');
  });

  it('a stored definition whose expression has a refused regular expression fails with an ExpressionError', async () => {
    const { runtime, storage } = setup();
    await storeUnchecked(storage, withTrigger('old-rx', '$match(summary, /(a+)+b/).match'));
    const error = await runtime
      .startTicket({ workflow: 'old-rx', actor: 'ann', data: { summary: 'a'.repeat(50_000) } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpressionError);
    expect((error as ExpressionError).message).toContain('/(a+)+b/ is refused');
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
