import fc from 'fast-check';
import type { FieldPermission, FormDefinition } from '../index';
import {
  applyPermissionsToForm,
  applyPermissionsToSchema,
  checkWritableFields,
  evaluateForm,
  pruneHidden,
} from '../index';

const form: FormDefinition = {
  schema: {
    type: 'object',
    properties: {
      title: { type: 'string' },
      risk: { type: 'string' },
      cabNotes: { type: 'string' },
      internal: { type: 'string' },
    },
    required: ['title'],
  },
  rules: [{ field: 'risk', readonly: "title = 'locked'" }],
};

const permissions: Record<string, FieldPermission> = {
  title: 'read',
  risk: 'edit',
  cabNotes: 'required',
  internal: 'hidden',
};

describe('applyPermissionsToSchema', () => {
  it('removes hidden fields, marks read-only ones and merges required', async () => {
    const { fields } = await evaluateForm(form, { title: 'locked' }, { permissions });
    const schema = applyPermissionsToSchema(form.schema, fields);
    expect(schema).toEqual({
      type: 'object',
      properties: {
        title: { type: 'string', readOnly: true },
        risk: { type: 'string', readOnly: true },
        cabNotes: { type: 'string' },
      },
      required: ['title', 'cabNotes'],
    });
    expect(form.schema.properties?.title).toEqual({ type: 'string' });
  });
});

describe('pruneHidden', () => {
  it('drops hidden fields and keeps the rest', async () => {
    const evaluation = await evaluateForm(form, {}, { permissions });
    expect(pruneHidden({ title: 'x', internal: 'secret', other: 1 }, evaluation)).toEqual({
      title: 'x',
      other: 1,
    });
  });
});

describe('checkWritableFields', () => {
  const before = { title: 'VPN', risk: 'low', internal: 'x', tags: ['a'] };

  it('names the changed fields the actor may not write', () => {
    expect(
      checkWritableFields(
        before,
        { ...before, title: 'Other', risk: 'high', internal: 'y', unknown: 1 },
        permissions,
      ),
    ).toEqual(['title', 'internal', 'unknown']);
  });

  it('ignores unchanged values, including equal objects and arrays', () => {
    expect(checkWritableFields(before, structuredClone(before), permissions)).toEqual([]);
  });

  it('treats a removed field as a change', () => {
    const { title: _t, ...withoutTitle } = before;
    expect(checkWritableFields(before, withoutTitle, permissions)).toEqual(['title']);
  });

  it('accepts an evaluation: rule read-only fields are not writable', async () => {
    const evaluation = await evaluateForm(form, { title: 'locked' }, { permissions });
    expect(checkWritableFields(before, { ...before, risk: 'high' }, evaluation)).toEqual(['risk']);
    expect(checkWritableFields(before, { ...before, cabNotes: 'ok' }, evaluation)).toEqual([]);
  });

  it('never lets a change through to a field that is not edit or required (property)', () => {
    const perm = fc.constantFrom<FieldPermission>('hidden', 'read', 'edit', 'required');
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), perm),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.jsonValue()),
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.jsonValue()),
        (perms, b, a) => {
          const denied = new Set(checkWritableFields(b, a, perms));
          for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
            const changed = JSON.stringify(a[key]) !== JSON.stringify(b[key]);
            const writable = perms[key] === 'edit' || perms[key] === 'required';
            if (!changed || writable) expect(denied.has(key)).toBe(false);
            else expect(denied.has(key)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('applyPermissionsToForm', () => {
  const full: FormDefinition = {
    schema: {
      type: 'object',
      properties: {
        title: { type: 'string' },
        salary: { type: 'number' },
        band: { type: 'string' },
        note: { type: 'string' },
      },
    },
    ui: {
      fields: { salary: { label: 'Salary' }, title: { label: 'Title' } },
      layout: [
        { type: 'group', id: 'pay', title: 'Pay', children: [{ type: 'field', field: 'salary' }] },
        {
          type: 'group',
          id: 'main',
          title: 'Main',
          children: [
            { type: 'text', id: 'hint', content: 'Fill in the title' },
            { type: 'field', field: 'title' },
          ],
        },
      ],
    },
    rules: [
      { field: 'band', value: "salary > 5000 ? 'B' : 'A'" },
      { field: 'note', visible: "title = 'x'" },
      { field: 'salary', readonly: 'true' },
    ],
    templates: [{ id: 't', name: 'T', values: { title: 'x', salary: 1 } }],
  };

  it('sends nothing that names a field hidden at the step, and keeps live rules', async () => {
    const { fields } = await evaluateForm(
      full,
      { salary: 9000 },
      { permissions: { salary: 'hidden', title: 'required', band: 'read' } },
    );
    const view = applyPermissionsToForm(full, fields);
    expect(JSON.stringify(view)).not.toMatch(/salary|Salary|"pay"/);
    expect(view.rules).toEqual([{ field: 'note', visible: "title = 'x'" }]);
    expect(view.ui.layout).toEqual([full.ui!.layout![1]]);
    expect(view.templates[0]!.values).toEqual({ title: 'x' });
    // note is hidden by its rule right now, but stays: the rule may show it as the viewer types
    expect(Object.keys(view.schema.properties!)).toEqual(['title', 'band', 'note']);
    expect(view.schema.required).toEqual(['title']);
    expect(view.schema.properties!.band).toEqual({ type: 'string', readOnly: true });
    expect(
      applyPermissionsToForm(full, { salary: 'hidden', title: 'required', band: 'read' }),
    ).toEqual(view);
  });

  it('keeps everything when nothing is hidden', async () => {
    const { fields } = await evaluateForm(full, {});
    const view = applyPermissionsToForm(full, fields);
    expect(view.rules).toEqual(full.rules);
    expect(view.ui).toEqual(full.ui);
    expect(view.schema).toEqual(full.schema);
  });
});
