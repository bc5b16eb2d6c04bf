import type {
  FormDefinition,
  LocalizedDefinition,
  LocalizedText,
  WorkflowDefinition,
} from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { localizedLaptop, requestForm, sampleCmdb, sampleDirectory } from '../fixtures/forms';
import { DeskkitI18nProvider } from '../i18n/I18nProvider';
import { FormBuilder } from './FormBuilder';
import type { FormBuilderProps } from './FormBuilder.types';

function Controlled(
  props: Omit<FormBuilderProps, 'value' | 'onChange'> & { initial: FormDefinition },
) {
  const { initial, ...rest } = props;
  const [form, setForm] = useState<FormDefinition<LocalizedText>>(initial);
  return <FormBuilder {...rest} value={form} onChange={setForm} />;
}

const meta = {
  title: 'Forms/FormBuilder',
  component: Controlled,
  args: {
    initial: requestForm,
    directory: sampleDirectory,
    dataSources: { cmdb: sampleCmdb },
    steps: [
      { id: 'start', name: 'Requester', type: 'start' },
      {
        id: 'review',
        name: 'CAB review',
        fields: { notes: 'required', internal: 'hidden', quantity: 'edit' },
      },
    ],
  },
} satisfies Meta<typeof Controlled>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Designing the service request form: palette, canvas with tabs/groups/rows, inspector. */
export const Design: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Select Urgency' }));
    await expect(canvas.getByRole('textbox', { name: 'Key' })).toHaveValue('urgency');
  },
};

/** An empty form: add fields by click, Enter or drag. */
export const Empty: Story = {
  args: { initial: { schema: { type: 'object', properties: {} } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add Text' }));
    await expect(canvas.getByRole('button', { name: 'Select Text' })).toBeInTheDocument();
  },
};

/** Live preview as the requester or as the CAB review step. */
export const Preview: Story = { args: { initialView: 'preview' } };

/** The templates manager. */
export const Templates: Story = { args: { initialView: 'templates' } };

/** JSON import and export. */
export const Json: Story = { args: { initialView: 'json' } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

const workflow = {
  schemaVersion: 1,
  key: 'req',
  name: 'Request',
  form: requestForm,
  nodes: [
    { id: 'start', type: 'start', name: 'Submit' },
    {
      id: 'review',
      type: 'approval',
      name: 'Manager review',
      approval: { mode: 'single' },
      fields: { urgency: 'read', notes: 'required' },
    },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'review', when: "urgency = 'high'" }],
} as WorkflowDefinition;

function WholeDefinition() {
  const [def, setDef] = useState<LocalizedDefinition>(workflow);
  return (
    <>
      <FormBuilder definition={def} onDefinitionChange={setDef} />
      <pre data-testid="edges">{JSON.stringify(def.edges)}</pre>
    </>
  );
}

/** Given the whole definition, renaming a key also rewrites node permissions and edge conditions. */
export const WithDefinition: StoryObj = {
  render: () => <WholeDefinition />,
};

const laptop = localizedLaptop() as WorkflowDefinition;

function LocalizedHost() {
  const [def, setDef] = useState<LocalizedDefinition>(laptop);
  return (
    <DeskkitI18nProvider locale="zh-CN">
      <FormBuilder definition={def} onDefinitionChange={setDef} />
    </DeskkitI18nProvider>
  );
}

/** A form written in English and Chinese, shown in a Chinese UI: the builder shows the 中文 texts. */
export const LocalizedTexts: StoryObj = {
  render: () => <LocalizedHost />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: '选择 型号' })).toBeInTheDocument();
  },
};
