import type { FormDefinition, FormTemplate } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { requestForm, sampleDirectory } from '../fixtures/forms';
import { FormRenderer } from './FormRenderer';

const meta = {
  title: 'Forms/FormRenderer',
  component: FormRenderer,
  args: { form: requestForm, directory: sampleDirectory },
} satisfies Meta<typeof FormRenderer>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Tabs, rows of 2 and 3 columns, a collapsible group, help texts and placeholders. */
export const Layout: Story = {};

/** A dark host page. */
export const Dark: Story = { args: { theme: 'dark' } };

/** `urgency = 'high'` shows and requires the justification; the total is computed. */
export const Rules: Story = {
  args: { defaultValue: { title: 'Monitor', category: 'hardware', quantity: 2, unitPrice: 150 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('radio', { name: 'High' }));
    await expect(
      await canvas.findByRole('textbox', { name: /Business justification/ }),
    ).toBeInTheDocument();
  },
};

/** The CAB review step: title read-only, notes required, internal notes hidden. */
export const Permissions: Story = {
  args: {
    defaultValue: { title: 'Replace core switch', category: 'hardware', internal: 'secret' },
    permissions: {
      title: 'read',
      category: 'read',
      subcategory: 'read',
      urgency: 'read',
      notes: 'required',
      internal: 'hidden',
      quantity: 'edit',
      unitPrice: 'edit',
    },
  },
};

/**
 * A step that hides every field of the Cost tab: the tab is not drawn at all (no empty tab), and
 * neither is a group whose fields are all hidden.
 */
export const HiddenContainers: Story = {
  args: {
    defaultValue: { title: 'Replace core switch', category: 'hardware' },
    permissions: {
      quantity: 'hidden',
      unitPrice: 'hidden',
      total: 'hidden',
      notes: 'hidden',
      internal: 'hidden',
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tab', { name: 'Request' })).toBeInTheDocument();
    await expect(canvas.queryByRole('tab', { name: 'Cost' })).toBeNull();
  },
};

function longForm(n: number): FormDefinition {
  const properties: NonNullable<FormDefinition['schema']['properties']> = {};
  for (let i = 0; i < n; i++) {
    properties[`f${i}`] = {
      type: i % 7 === 3 ? 'number' : 'string',
      title: `Field ${i + 1}`,
    };
  }
  return {
    schema: { type: 'object', properties, required: ['f0'] },
    ui: {
      layout: [
        {
          type: 'tab',
          id: 'a',
          title: 'First 200',
          children: Object.keys(properties)
            .slice(0, 200)
            .map((field) => ({ type: 'field' as const, field })),
        },
        {
          type: 'tab',
          id: 'b',
          title: 'Last 100',
          children: [
            {
              type: 'group',
              id: 'g',
              title: 'Collapsed until opened',
              collapsible: true,
              collapsed: true,
              children: Object.keys(properties)
                .slice(200)
                .map((field) => ({ type: 'field' as const, field })),
            },
          ],
        },
      ],
    },
  };
}

/**
 * 300 fields: the first screen paints at once and the rest of the first tab mounts right after in
 * interruptible steps; the second tab and its collapsed group mount when first shown.
 */
export const LongForm: Story = {
  args: { form: longForm(300) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: /Field 200/ })).toBeInTheDocument();
    await expect(canvas.queryByRole('textbox', { name: /Field 201/ })).toBeNull();
  },
};

/** Everything read-only, no submit button. */
export const ReadOnly: Story = {
  args: {
    readOnly: true,
    defaultValue: { title: 'VPN access', category: 'access', subcategory: 'vpn' },
  },
};

/** Server issues shown on their fields. */
export const ServerErrors: Story = {
  args: {
    errors: [
      {
        path: '/data/title',
        code: 'DUPLICATE',
        severity: 'error',
        message: 'An open ticket has this title.',
      },
      {
        path: '',
        code: 'CONFLICT',
        severity: 'error',
        message: 'The ticket changed meanwhile; reload it.',
      },
    ],
  },
};

function TemplatesDemo(props: { form: FormDefinition }) {
  const [templates, setTemplates] = useState<FormTemplate[]>(props.form.templates ?? []);
  return (
    <FormRenderer
      form={props.form}
      templates={templates}
      onSaveTemplate={({ name, values }) =>
        setTemplates((list) => [...list, { id: `t${list.length + 1}`, name, values }])
      }
      onDeleteTemplate={(t) => setTemplates((list) => list.filter((x) => x.id !== t.id))}
    />
  );
}

/** Choose a template to pre-fill; save the current values as a template; delete one. */
export const Templates: Story = {
  render: (args) => <TemplatesDemo form={args.form ?? requestForm} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Template' }), 'New laptop');
    await userEvent.click(canvas.getByRole('button', { name: 'Apply' }));
    await expect(canvas.getByRole('textbox', { name: /Title/ })).toHaveValue('New laptop');
  },
};

/** A German host: every string through `messages`. */
export const Translated: Story = {
  args: {
    messages: {
      'form.submit': 'Absenden',
      'templates.label': 'Vorlage',
      'templates.apply': 'Übernehmen',
      'templates.choose': 'Vorlage wählen…',
      'select.placeholder': 'Bitte wählen…',
    },
  },
};
