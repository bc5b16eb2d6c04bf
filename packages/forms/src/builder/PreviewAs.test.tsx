// The builder's Preview tab as a role: the step's permissions when the step names the role,
// read only otherwise, and a note that says which.
import type { LocalizedDefinition } from '@deskkit/runtime';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { previewWorkflow } from './PreviewAs.stories';
import { FormBuilder } from './FormBuilder';

describe('FormBuilder preview as a role', () => {
  it('renders the form with the field permissions the chosen role would have', async () => {
    const user = userEvent.setup();
    let def: LocalizedDefinition = previewWorkflow;
    render(
      <FormBuilder
        definition={def}
        onDefinitionChange={(next) => (def = next)}
        initialView="preview"
        directory={{
          list: async (kind) => (kind === 'role' ? [{ id: 'auditor', name: 'Auditor' }] : []),
        }}
      />,
    );
    const step = screen.getByRole('combobox', { name: 'Preview as' });
    const seenBy = screen.getByRole('combobox', { name: 'Seen by' });
    // The directory's roles are offered beside those the workflow names.
    await screen.findByRole('option', { name: 'role auditor' });
    await user.selectOptions(step, 'CAB review');
    await user.selectOptions(seenBy, 'role cab');
    await screen.findByText(/names the role cab among who works it/);
    expect(await screen.findByRole('textbox', { name: /Title/ })).not.toHaveAttribute('readonly');
    expect(screen.queryByText(/Requested for/)).toBeNull();

    await user.selectOptions(seenBy, 'role employee');
    await screen.findByText(/does not name the role employee/);
    expect(await screen.findByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
    expect(screen.queryByText(/Requested for/)).toBeNull();
    expect(screen.queryByRole('button', { name: /Submit/ })).toBeNull();

    // As the requester: employees raise the request, the CAB does not.
    await user.selectOptions(step, 'Requester (everything editable)');
    await screen.findByText('The role employee may raise this request: they fill in the form.');
    expect(await screen.findByRole('textbox', { name: /Title/ })).not.toHaveAttribute('readonly');
    await user.selectOptions(seenBy, 'role cab');
    await screen.findByText(/The role cab may not raise this request/);
    expect(await screen.findByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
  });

  it('lets a role edit a step it works through a group, as the directory says', async () => {
    const user = userEvent.setup();
    const viaGroup: LocalizedDefinition = {
      ...previewWorkflow,
      nodes: previewWorkflow.nodes.map((n) =>
        n.id === 'review'
          ? { ...n, assign: { strategy: 'claim', to: [{ group: 'cab-board' }] } }
          : n,
      ),
    } as LocalizedDefinition;
    render(
      <FormBuilder
        definition={viaGroup}
        initialView="preview"
        directory={{
          list: async (kind) => (kind === 'role' ? [{ id: 'network', name: 'Network' }] : []),
          members: async (p) =>
            'role' in p && p.role === 'network'
              ? ['nina']
              : 'group' in p && p.group === 'cab-board'
                ? ['nina', 'omar']
                : [],
        }}
      />,
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preview as' }), 'CAB review');
    await screen.findByRole('option', { name: 'role network' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Seen by' }), 'role network');
    await screen.findByText(/works this step through a group or a person/);
    expect(await screen.findByRole('textbox', { name: /Title/ })).not.toHaveAttribute('readonly');
  });
});
