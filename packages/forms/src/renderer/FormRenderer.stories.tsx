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
