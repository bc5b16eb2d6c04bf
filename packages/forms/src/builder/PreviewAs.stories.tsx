import type { LocalizedDefinition, WorkflowDefinition } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { requestForm, sampleDirectory } from '../fixtures/forms';
import { FormBuilder } from './FormBuilder';

/** A request whose CAB review is worked by the role `cab`, raised by employees. */
export const previewWorkflow = {
  schemaVersion: 1,
  key: 'req',
  name: 'Request',
  permissions: { start: [{ role: 'employee' }] },
  form: requestForm,
  nodes: [
    { id: 'start', type: 'start', name: 'Submit', fields: { internal: 'hidden' } },
    {
      id: 'review',
      type: 'task',
      name: 'CAB review',
      assign: { strategy: 'claim', to: [{ role: 'cab' }] },
      fields: { title: 'edit', requester: 'hidden' },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'review' },
    { id: 'e2', from: 'review', to: 'end' },
  ],
} as WorkflowDefinition;

function PreviewAs() {
  const [def, setDef] = useState<LocalizedDefinition>(previewWorkflow);
  return (
    <FormBuilder
      definition={def}
      onDefinitionChange={setDef}
      initialView="preview"
      directory={sampleDirectory}
    />
  );
}

const meta = {
  title: 'Forms/FormBuilder/Preview as a role',
  component: PreviewAs,
} satisfies Meta<typeof PreviewAs>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The CAB review step seen by someone with the role `employee`: read only, “Requested for” hidden. */
export const AsARole: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Preview as' }),
      'CAB review',
    );
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Seen by' }),
      'role employee',
    );
    await expect(await canvas.findByText(/does not name the role employee/)).toBeInTheDocument();
  },
};

/** The same step as a viewer: a watcher, or the requester after submitting. */
export const AsAViewer: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Preview as' }),
      'CAB review',
    );
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Seen by' }),
      'a viewer (watcher, requester afterwards: read only)',
    );
    await expect(canvas.queryByRole('button', { name: /Submit/ })).toBeNull();
  },
};
