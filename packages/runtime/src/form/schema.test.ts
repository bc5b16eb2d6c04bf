import fc from 'fast-check';
import type { FieldPermission, FormDefinition } from '../index';
import { applyPermissionsToSchema, checkWritableFields, evaluateForm, pruneHidden } from '../index';

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
