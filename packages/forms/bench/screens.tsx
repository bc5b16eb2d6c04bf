import { FormBuilder, FormRenderer } from '@deskkit/forms';
import type { FormDefinition } from '@deskkit/runtime';
import '@deskkit/forms/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { requestForm, sampleCmdb, sampleDirectory, singleFieldForm } from '../src/fixtures/forms';
import { FIELD_TYPES } from '../src/model/fieldTypes';

const view = new URLSearchParams(location.search).get('view') ?? 'renderer';
const dark = new URLSearchParams(location.search).has('dark');
document.body.style.margin = '0';
document.body.style.padding = '24px';
document.body.style.background = dark ? '#0b1120' : '#eef1f6';

function Builder() {
  const [form, setForm] = useState<FormDefinition>(requestForm);
  return (
    <FormBuilder
      value={form}
      onChange={setForm}
      theme={dark ? 'dark' : 'light'}
      directory={sampleDirectory}
      dataSources={{ cmdb: sampleCmdb }}
      steps={[
        { id: 'review', name: 'CAB review', fields: { notes: 'required', internal: 'hidden' } },
      ]}
    />
  );
}

const values: Record<string, unknown> = {
  text: 'Laptop does not boot',
  richtext: '<p><b>Bold</b> and <i>italic</i></p>',
  currency: 1299.99,
  percentage: 75,
  rating: 4,
  multiselect: ['low', 'high'],
  checkboxes: ['medium'],
  daterange: { start: '2026-12-01', end: '2026-12-05' },
  user: 'ann',
  lookup: 'CI-1003',
  table: [
    { item: 'Docking station', qty: 1 },
    { item: 'USB-C cable', qty: 2 },
  ],
  attachments: [{ id: 'a', name: 'screenshot.png', size: 48213 }],
  switch: true,
};

function AllWidgets() {
  const properties: FormDefinition['schema']['properties'] = {};
  const fields: NonNullable<FormDefinition['ui']>['fields'] = {};
  for (const type of FIELD_TYPES) {
    const one = singleFieldForm(type.type);
    properties[type.type] = one.schema.properties?.value ?? {};
    fields[type.type] = one.ui?.fields?.value ?? {};
  }
  const layout = FIELD_TYPES.reduce<NonNullable<FormDefinition['ui']>['layout'] & object>(
    (rows, t, i) => {
      if (i % 2 === 0) rows.push({ type: 'row', id: `r${i}`, columns: 2, children: [] });
      const row = rows[rows.length - 1];
      if (row && row.type === 'row') row.children.push({ type: 'field', field: t.type });
      return rows;
    },
    [],
  );
  const form: FormDefinition = { schema: { type: 'object', properties }, ui: { fields, layout } };
  return (
    <FormRenderer
      form={form}
      defaultValue={values}
      theme={dark ? 'dark' : 'light'}
      directory={sampleDirectory}
      dataSources={{ cmdb: sampleCmdb }}
      upload={async (f) => ({ id: f.name, name: f.name, size: f.size })}
    />
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  view === 'builder' ? (
    <Builder />
  ) : view === 'widgets' ? (
    <AllWidgets />
  ) : (
    <div style={{ maxWidth: 900 }}>
      <FormRenderer
        form={requestForm}
        theme={dark ? 'dark' : 'light'}
        directory={sampleDirectory}
        defaultValue={{ title: 'Ne', category: 'hardware', quantity: 2, unitPrice: 149 }}
        errors={[
          {
            path: '/data/title',
            code: 'MIN',
            severity: 'error',
            message: 'Use at least 3 characters.',
          },
        ]}
        onSaveTemplate={() => undefined}
      />
    </div>
  ),
);
