import type { WorkflowDefinition } from '../index';
import {
  createFormEvaluator,
  fieldPermissionsAt,
  lintDefinition,
  validateDefinition,
  validateFormData,
} from '../index';

// The example of the README's "Definition format" section, kept identical.
const def: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'laptop-request',
  name: 'Request a laptop',
  catalog: ['Hardware', 'Laptops'],
  permissions: { start: [{ role: 'employee' }] },
  title: "'Laptop for ' & user",
  form: {
    schema: {
      type: 'object',
      required: ['user', 'model'],
      properties: {
        user: { type: 'string', title: 'For whom' },
        model: { type: 'string', enum: ['13"', '15"'] },
        reason: { type: 'string' },
        notes: { type: 'string', title: 'Manager notes' },
      },
    },
    rules: [{ field: 'reason', visible: "model = '15\"'", required: "model = '15\"'" }],
  },
  nodes: [
    { id: 'start', type: 'start', fields: { notes: 'hidden' } },
    {
      id: 'manager',
      type: 'approval',
      name: 'Manager approval',
      assign: { strategy: 'fixed', to: [{ role: 'manager' }] },
      approval: { mode: 'single', onReject: 'end' },
      fields: { notes: 'edit' },
    },
    { id: 'done', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'manager' },
    { id: 'e2', from: 'manager', to: 'done' },
  ],
  sla: [{ id: 'std', name: 'Standard', targets: { resolution: 'P3D' } }],
};

describe('the README example', () => {
  it('validates and lints clean', () => {
    expect(validateDefinition(def)).toEqual({ ok: true, issues: [] });
    expect(lintDefinition(def)).toEqual([]);
  });

  it('asks for a reason for the large model only', async () => {
    const evaluator = createFormEvaluator(def.form, {
      permissions: fieldPermissionsAt(def, 'start'),
    });
    const small = await evaluator.evaluate({ user: 'ann', model: '13"' });
    expect(validateFormData(def.form, small.values, small)).toEqual([]);
    const large = await evaluator.evaluate({ user: 'ann', model: '15"' });
    expect(validateFormData(def.form, large.values, large).map((i) => i.path)).toEqual([
      '/data/reason',
    ]);
    expect(large.fields.notes?.visible).toBe(false);
  });
});
