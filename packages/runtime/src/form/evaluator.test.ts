import fc from 'fast-check';
import type { FieldPermission, FormDefinition, WorkflowDefinition } from '../index';
import { NotFoundError, createFormEvaluator, evaluateForm, fieldPermissionsAt } from '../index';

const form: FormDefinition = {
  schema: {
    type: 'object',
    properties: {
      category: { type: 'string', enum: ['hardware', 'software'] },
      serial: { type: 'string' },
      quantity: { type: 'integer' },
      price: { type: 'number' },
      total: { type: 'number' },
      totalWithTax: { type: 'number' },
      approverNote: { type: 'string' },
      internal: { type: 'string' },
    },
    required: ['category'],
  },
  rules: [
    { field: 'serial', visible: "category = 'hardware'", required: "category = 'hardware'" },
    { field: 'totalWithTax', value: 'total * 1.2' },
    { field: 'total', value: 'quantity * price', readonly: 'true' },
    { field: 'approverNote', visible: '"approver" in $actor.roles' },
  ],
};

describe('createFormEvaluator', () => {
  it('applies visible and required rules', async () => {
    const evaluator = createFormEvaluator(form);
    const software = await evaluator.evaluate({ category: 'software' });
    expect(software.fields.serial).toMatchObject({ visible: false, required: false });
    const hardware = await evaluator.evaluate({ category: 'hardware' });
    expect(hardware.fields.serial).toEqual({
      visible: true,
      required: true,
      readonly: false,
      permission: 'edit',
    });
    expect(hardware.fields.category).toMatchObject({ visible: true, required: true });
  });

  it('computes values in dependency order and marks computed fields read-only by rule', async () => {
    const { values, fields } = await evaluateForm(form, { quantity: 3, price: 10 });
    expect(values.total).toBe(30);
    expect(values.totalWithTax).toBe(36);
    expect(fields.total?.readonly).toBe(true);
  });

  it('leaves the data untouched and removes a computed value that becomes undefined', async () => {
    const data = { quantity: 3, price: 10, total: 99 };
    const { values } = await evaluateForm(form, { quantity: 3 });
    expect(values).not.toHaveProperty('total');
    await evaluateForm(form, data);
    expect(data.total).toBe(99);
  });

  it('passes bindings to rules as $actor, $ticket and extra variables', async () => {
    const asApprover = await evaluateForm(
      form,
      {},
      { bindings: { actor: { id: 'bob', roles: ['approver'] } } },
    );
    expect(asApprover.fields.approverNote?.visible).toBe(true);
    const asRequester = await evaluateForm(
      form,
      {},
      { bindings: { actor: { id: 'ann', roles: [] } } },
    );
    expect(asRequester.fields.approverNote?.visible).toBe(false);
  });

  it('merges permissions with rules', async () => {
    const permissions: Record<string, FieldPermission> = {
      serial: 'hidden',
      quantity: 'required',
      internal: 'read',
      category: 'read',
    };
    const { fields } = await evaluateForm(form, { category: 'hardware' }, { permissions });
    expect(fields.serial).toMatchObject({ visible: false, required: false, permission: 'hidden' });
    expect(fields.quantity).toMatchObject({ visible: true, required: true, readonly: false });
    expect(fields.internal).toMatchObject({ visible: true, required: false, readonly: true });
    // required by the schema, and read-only at this step: still required (it must keep its value)
    expect(fields.category).toMatchObject({ required: true, readonly: true });
  });

  it('reports a failing rule instead of throwing, and fails closed: hidden and read-only', async () => {
    const broken: FormDefinition = {
      schema: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } },
      rules: [
        { field: 'a', visible: 'a + 1 = 6' },
        { field: 'b', required: 'b = (' },
      ],
    };
    const evaluator = createFormEvaluator(broken);
    const result = await evaluator.evaluate({ a: 'text' });
    expect(result.fields.a).toMatchObject({ visible: false, readonly: true, required: false });
    expect(result.fields.b).toMatchObject({ visible: false, readonly: true, required: false });
    // The same rule evaluating fine the next time opens the field again.
    expect((await evaluator.evaluate({ a: 5 as never })).fields.a).toMatchObject({
      visible: true,
      readonly: false,
    });
    expect(result.errors?.map((e) => e.path).sort()).toEqual([
      '/form/rules/0/visible',
      '/form/rules/1/required',
    ]);
    expect(result.errors?.[0]?.code).toBe('RULE_FAILED');
  });

  it('returns the same field state objects when nothing changed', async () => {
    const evaluator = createFormEvaluator(form);
    const first = await evaluator.evaluate({ category: 'hardware' });
    const second = await evaluator.evaluate({ category: 'hardware', quantity: 2 });
    expect(second.fields.serial).toBe(first.fields.serial);
    expect(second.fields.price).toBe(first.fields.price);
    expect(second.fields).toBe(first.fields);
    const third = await evaluator.evaluate({ category: 'software' });
    expect(third.fields.serial).not.toBe(first.fields.serial);
    expect(third.fields).not.toBe(first.fields);
    expect(third.fields.price).toBe(first.fields.price);
    expect(Object.isFrozen(third.fields)).toBe(true);
  });

  it('costs about the same for 1,000 fields as for 10 when few have rules', async () => {
    const formOf = (n: number): FormDefinition => {
      const properties: Record<string, { type: string }> = {};
      for (let i = 0; i < n; i++) properties[`f${i}`] = { type: 'string' };
      return {
        schema: { type: 'object', properties },
        rules: [
          { field: 'f1', visible: "f0 = 'x'" },
          { field: 'f2', required: 'f1 != ""' },
          { field: 'f3', value: 'f0 & f1' },
        ],
      };
    };
    const small = createFormEvaluator(formOf(10));
    const large = createFormEvaluator(formOf(1000));
    await small.evaluate({ f0: 'x' });
    await large.evaluate({ f0: 'x' });
    // Alternate the two so both see the same load on a shared machine; compare medians.
    const times = { small: [] as number[], large: [] as number[] };
    for (let i = 0; i < 60; i++) {
      for (const [name, evaluator] of [
        ['small', small],
        ['large', large],
      ] as const) {
        const started = performance.now();
        await evaluator.evaluate({ f0: i % 2 ? 'x' : 'y', f1: 'a' });
        times[name].push(performance.now() - started);
      }
    }
    const median = (list: number[]) => list.sort((a, b) => a - b)[list.length >> 1] as number;
    expect(median(times.large)).toBeLessThan(median(times.small) * 3 + 2);
  });

  it('never shows a field its permission hides and never requires a field it hides (property)', async () => {
    const perms = fc.constantFrom<FieldPermission>('hidden', 'read', 'edit', 'required');
    await fc.assert(
      fc.asyncProperty(
        fc.record({ a: perms, b: perms, c: perms }),
        fc.record({ x: fc.boolean(), y: fc.boolean() }),
        async (permissions, data) => {
          const f: FormDefinition = {
            schema: {
              type: 'object',
              properties: { a: {}, b: {}, c: {} },
              required: ['c'],
            },
            rules: [
              { field: 'a', visible: 'x', required: 'y' },
              { field: 'b', readonly: 'x', required: 'true' },
            ],
          };
          const { fields } = await evaluateForm(f, data, { permissions });
          for (const [name, state] of Object.entries(fields)) {
            const permission = permissions[name as 'a'];
            expect(state.permission).toBe(permission);
            if (permission === 'hidden') expect(state.visible).toBe(false);
            if (!state.visible) expect(state.required).toBe(false);
            if (permission === 'read') expect(state.readonly).toBe(true);
            if (permission === 'required') expect(state.required).toBe(state.visible);
          }
          expect(fields.c?.required).toBe(permissions.c !== 'hidden');
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('fieldPermissionsAt', () => {
  const def: WorkflowDefinition = {
    schemaVersion: 1,
    key: 'change',
    name: 'Change',
    form: {
      schema: {
        type: 'object',
        properties: { title: {}, risk: {}, cabNotes: {}, internal: {} },
      },
    },
    nodes: [
      { id: 'start', type: 'start', fields: { internal: 'hidden' } },
      {
        id: 'review',
        type: 'approval',
        approval: { mode: 'all' },
        fields: { risk: 'edit', cabNotes: 'required', internal: 'hidden' },
      },
      { id: 'end', type: 'end' },
    ],
    edges: [],
  };

  it('defaults unlisted fields to edit at the start node', () => {
    expect(fieldPermissionsAt(def, 'start')).toEqual({
      title: 'edit',
      risk: 'edit',
      cabNotes: 'edit',
      internal: 'hidden',
    });
  });

  it('defaults unlisted fields to read elsewhere', () => {
    expect(fieldPermissionsAt(def, 'review')).toEqual({
      title: 'read',
      risk: 'edit',
      cabNotes: 'required',
      internal: 'hidden',
    });
  });

  it('throws NotFoundError for an unknown node', () => {
    expect(() => fieldPermissionsAt(def, 'nope')).toThrow(NotFoundError);
  });
});
