import type { FormDefinition, FormValidator } from '../index';
import { ajvFormValidator } from '../ajv';
import { DefinitionError, evaluateForm, safeFormValidator, validateFormData } from '../index';

const form: FormDefinition = {
  schema: {
    type: 'object',
    properties: {
      title: { type: 'string', title: 'Title', minLength: 3 },
      email: { type: 'string', format: 'email' },
      priority: { type: 'string', enum: ['low', 'high'] },
      amount: { type: 'number', minimum: 0, maximum: 1000 },
      lines: {
        type: 'array',
        items: {
          type: 'object',
          properties: { qty: { type: 'integer', minimum: 1 } },
          required: ['qty'],
        },
      },
      cabNotes: { type: 'string' },
      secret: { type: 'string', maxLength: 2 },
    },
    required: ['title'],
    additionalProperties: false,
  },
  ui: { fields: { cabNotes: { label: 'CAB notes' } } },
  rules: [{ field: 'cabNotes', required: "priority = 'high'" }],
};

const validators: Array<[string, FormValidator]> = [
  ['ajv', ajvFormValidator],
  ['eval-free (cfworker)', safeFormValidator],
];

describe.each(validators)('validateFormData with the %s validator', (_name, validator) => {
  const check = async (data: Record<string, unknown>, permissions = {}) => {
    const evaluation = await evaluateForm(form, data, { permissions });
    return validateFormData(form, data, evaluation, { validator });
  };

  it('accepts valid data', async () => {
    expect(await check({ title: 'VPN access', priority: 'low', lines: [{ qty: 2 }] })).toEqual([]);
  });

  it('reports required-but-empty visible fields, by label, including rule-required ones', async () => {
    const issues = await check({ title: '  ', priority: 'high' });
    expect(issues).toEqual([
      {
        path: '/data/title',
        code: 'REQUIRED',
        severity: 'error',
        message: '"Title" is required.',
      },
      {
        path: '/data/cabNotes',
        code: 'REQUIRED',
        severity: 'error',
        message: '"CAB notes" is required.',
      },
    ]);
  });

  it('reports every schema violation with a readable message and a data path', async () => {
    const issues = await check({
      title: 'ab',
      email: 'not-an-email',
      priority: 'urgent',
      amount: 5000,
      lines: [{ qty: 0 }, {}],
      extra: 1,
    });
    const byPath = Object.fromEntries(issues.map((i) => [i.path, i]));
    expect(byPath['/data/title']?.message).toBe('"Title" must be at least 3 characters long.');
    expect(byPath['/data/email']).toMatchObject({
      code: 'INVALID_FORMAT',
      message: '"email" must be an email address.',
    });
    expect(byPath['/data/priority']?.message).toBe('"priority" must be one of "low", "high".');
    expect(byPath['/data/amount']).toMatchObject({
      code: 'OUT_OF_RANGE',
      message: '"amount" must be at most 1000.',
    });
    expect(byPath['/data/lines/0/qty']?.message).toBe('"lines › 1 › qty" must be at least 1.');
    expect(byPath['/data/lines/1/qty']?.code).toBe('REQUIRED');
    expect(byPath['/data/extra']?.code).toBe('UNKNOWN_FIELD');
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('ignores hidden fields: neither required nor validated', async () => {
    const issues = await check(
      { title: 'VPN access', priority: 'high', secret: 'too long' },
      { cabNotes: 'hidden', secret: 'hidden' },
    );
    expect(issues).toEqual([]);
  });

  it('treats an empty optional value as not filled in', async () => {
    expect(await check({ title: 'VPN access', email: '', amount: null })).toEqual([]);
  });

  it('reports type errors', async () => {
    const issues = await check({ title: 'VPN access', amount: 'many' });
    expect(issues).toEqual([
      expect.objectContaining({
        path: '/data/amount',
        code: 'INVALID_TYPE',
        message: '"amount" must be a number.',
      }),
    ]);
  });
});

describe('validators', () => {
  it('compile each schema once and leave it untouched', () => {
    const schema = {
      type: 'object',
      properties: { a: { $ref: '#/$defs/n' } },
      $defs: { n: { type: 'number' } },
    };
    const copy = structuredClone(schema);
    for (const validator of [ajvFormValidator, safeFormValidator]) {
      expect(validator.validate(schema, { a: 'x' }).map((i) => i.path)).toEqual(['/a']);
      expect(validator.validate(schema, { a: 1 })).toEqual([]);
    }
    expect(schema).toEqual(copy);
  });

  it('throw a DefinitionError for a schema that does not compile', () => {
    for (const validator of [ajvFormValidator, safeFormValidator]) {
      expect(() =>
        validator.validate({ type: 'object', properties: { a: { type: 'nonsense' } } }, {}),
      ).toThrow(DefinitionError);
      expect(() =>
        validator.validate({ type: 'object', properties: { a: { pattern: '(' } } }, {}),
      ).toThrow(DefinitionError);
    }
    expect(() =>
      safeFormValidator.validate({ type: 'object', properties: { a: { type: 'nonsense' } } }, {}),
    ).toThrow(/schema\/properties\/a\/type/);
    const dangling = { type: 'object', properties: { a: { $ref: '#/definitions/missing' } } };
    for (const validator of [ajvFormValidator, safeFormValidator]) {
      expect(() => validator.validate(dangling, {})).toThrow(DefinitionError);
    }
    const local = {
      type: 'object',
      definitions: { code: { type: 'string', pattern: '^[A-Z]+$' } },
      properties: { a: { $ref: '#/definitions/code' } },
    };
    expect(safeFormValidator.validate(local, { a: 'x' }).map((i) => i.path)).toEqual(['/a']);
  });

  it('read undefined values as JSON does (absent properties), like ajv', () => {
    const schema = {
      type: 'object',
      properties: {
        a: { type: 'string' },
        b: { type: 'object', properties: { c: { type: 'number' } } },
      },
    } satisfies FormDefinition['schema'];
    for (const validator of [ajvFormValidator, safeFormValidator]) {
      expect(validator.validate(schema, { a: undefined, b: { c: undefined } })).toEqual([]);
      expect(validator.validate(schema, { a: 1, b: { c: undefined } }).map((i) => i.path)).toEqual([
        '/a',
      ]);
    }
  });
});

describe('the eval-free validator (the default)', () => {
  const validate = async (schema: unknown, data: Record<string, unknown>) => {
    const f = { schema } as FormDefinition;
    return validateFormData(f, data, await evaluateForm(f, data, {}));
  };

  it('refuses a value that a `false` subschema forbids, wherever it sits', async () => {
    const schema = {
      type: 'object',
      properties: {
        legacy: false,
        tags: { type: 'array', items: [{ type: 'string' }], additionalItems: false },
        code: { type: 'string', if: { const: 'x' }, then: false },
      },
      patternProperties: { '^tmp_': false },
    };
    expect(await validate(schema, { tags: ['a'], code: 'y' })).toEqual([]);
    const issues = await validate(schema, {
      legacy: 'on',
      tags: ['a', 'b'],
      code: 'x',
      tmp_1: 1,
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual(
      expect.arrayContaining([
        ['/data/legacy', 'INVALID_VALUE'],
        ['/data/tags/1', 'INVALID_VALUE'],
        ['/data/code', 'INVALID_VALUE'],
        ['/data/tmp_1', 'INVALID_VALUE'],
      ]),
    );
    expect(issues.find((i) => i.path === '/data/legacy')?.message).toContain('is not allowed');
  });

  it('accepts fields named like JavaScript object members (__proto__, toString, constructor)', async () => {
    const schema = JSON.parse(
      '{"type":"object","properties":{"__proto__":{"type":"number"},"toString":{"type":"string"},"constructor":{"type":"number"}}}',
    ) as FormDefinition['schema'];
    expect(
      await validate(schema, JSON.parse('{"__proto__":1,"toString":"a","constructor":2}')),
    ).toEqual([]);
    const issues = await validate(schema, JSON.parse('{"__proto__":"one"}'));
    expect(issues.map((i) => [i.path, i.code])).toEqual([['/data/__proto__', 'INVALID_TYPE']]);
  });

  it('resolves references by $id and location-independent identifiers', async () => {
    const schema: FormDefinition['schema'] = {
      $id: 'https://forms.example/laptop.json',
      type: 'object',
      properties: { user: { $ref: 'user.json' }, count: { $ref: '#count' } },
      definitions: {
        user: { $id: 'user.json', type: 'string', minLength: 2 },
        count: { $id: '#count', type: 'integer' },
      },
    };
    expect(await validate(schema, { user: 'ann', count: 2 })).toEqual([]);
    const issues = await validate(schema, { user: 'a', count: 1.5 });
    expect(issues.map((i) => i.code).sort()).toEqual(['INVALID_LENGTH', 'INVALID_TYPE']);
  });

  it('still refuses a $ref that points at nothing in the schema', async () => {
    await expect(
      validate({ type: 'object', properties: { a: { $ref: 'other.json' } } }, {}),
    ).rejects.toThrow(DefinitionError);
  });
});
