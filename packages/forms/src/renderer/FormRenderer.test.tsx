import { fieldPermissionsAt } from '@deskkit/runtime';
import type { FormDefinition, WorkflowDefinition } from '@deskkit/runtime';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { requestForm } from '../fixtures/forms';
import { FormRenderer } from './FormRenderer';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('FormRenderer', () => {
  it('fills in, validates and submits only visible data', async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<FormRenderer form={requestForm} onSubmit={onSubmit} />);
    await flush();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await flush();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(await screen.findByText('"Title" is required.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('aria-invalid', 'true');

    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'VPN access');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Category/ }), 'Access');
    await flush();
    expect(screen.queryByText('"Title" is required.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      title: 'VPN access',
      category: 'access',
      urgency: 'normal',
    });
  });

  it('shows a field when its visible rule holds, requires it, and drops it again when hidden', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(
      <FormRenderer
        form={requestForm}
        defaultValue={{ title: 'Laptop', category: 'hardware' }}
        onSubmit={onSubmit}
      />,
    );
    await flush();
    expect(screen.queryByRole('textbox', { name: /Business justification/ })).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'High' }));
    await flush();
    const justification = await screen.findByRole('textbox', { name: /Business justification/ });
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await flush();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('"Business justification" is required.')).toBeInTheDocument();
    await user.type(justification, 'Broken');
    await user.click(screen.getByRole('radio', { name: 'Normal' }));
    await flush();
    expect(screen.queryByRole('textbox', { name: /Business justification/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).not.toHaveProperty('justification');
  });

  it('computes values and keeps computed fields read-only', async () => {
    const user = userEvent.setup();
    render(<FormRenderer form={requestForm} defaultValue={{ quantity: 2 }} />);
    await user.click(screen.getByRole('tab', { name: 'Cost' }));
    await user.type(screen.getByRole('textbox', { name: /Unit price/ }), '12.5');
    await flush();
    const total = screen.getByRole('textbox', { name: /Total/ });
    expect(total).toHaveValue('25');
    expect(total).toHaveAttribute('readonly');
  });

  it('filters a cascading select by its parent and clears a value that no longer fits', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<FormRenderer form={requestForm} onChange={onChange} />);
    await flush();
    const sub = screen.getByRole('combobox', { name: /Subcategory/ });
    expect(sub).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: /^Category/ }), 'Hardware');
    expect(
      within(sub)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Select…', 'Laptop', 'Monitor']);
    await user.selectOptions(sub, 'Monitor');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Category/ }), 'Software');
    await flush();
    expect(onChange.mock.lastCall?.[0]).not.toHaveProperty('subcategory');
  });

  it('applies step permissions exactly as the runtime computes them', async () => {
    const definition = {
      schemaVersion: 1,
      key: 'req',
      name: 'Request',
      form: requestForm,
      nodes: [
        { id: 'start', type: 'start' },
        {
          id: 'review',
          type: 'approval',
          approval: { mode: 'single' },
          fields: { notes: 'required', internal: 'hidden', quantity: 'edit' },
        },
      ],
      edges: [],
    } as WorkflowDefinition;
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(
      <FormRenderer
        form={requestForm}
        permissions={fieldPermissionsAt(definition, 'review')}
        defaultValue={{ title: 'Laptop', category: 'hardware', internal: 'secret' }}
        onSubmit={onSubmit}
      />,
    );
    await flush();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
    await user.click(screen.getByRole('tab', { name: 'Cost' }));
    expect(screen.queryByRole('textbox', { name: /Internal notes/ })).toBeNull();
    expect(screen.getByRole('textbox', { name: /Notes/ })).toBeRequired();
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await flush();
    expect(onSubmit).not.toHaveBeenCalled();
    await user.type(screen.getByRole('textbox', { name: /Notes/ }), 'ok');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const data = onSubmit.mock.calls[0]?.[0] as Record<string, unknown>;
    expect(data).not.toHaveProperty('internal');
    expect(data.title).toBe('Laptop');
    expect(data.notes).toBe('ok');
  });

  it('takes a runtime TicketView: its form, permissions and data', async () => {
    render(
      <FormRenderer
        view={{
          ticket: {
            id: 't1',
            number: 'REQ-1',
            workflow: { key: 'req', version: 1 },
            status: 'open',
            data: { title: 'From the server' },
            active: ['review'],
            version: 3,
          } as never,
          form: {
            schema: requestForm.schema,
            ui: requestForm.ui ?? {},
            rules: [],
            templates: [],
            permissions: { title: 'read', notes: 'edit' },
          },
          actions: ['approve'],
          needsReason: [],
          workItems: [],
        }}
      />,
    );
    await flush();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('From the server');
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
    expect(screen.queryByRole('combobox', { name: /^Category/ })).toBeNull();
  });

  it('shows server errors on their fields and other errors in the summary', async () => {
    render(
      <FormRenderer
        form={requestForm}
        errors={[
          {
            path: '/data/title',
            code: 'TAKEN',
            severity: 'error',
            message: 'A ticket with this title exists.',
          },
          {
            path: '/ticket',
            code: 'CONFLICT',
            severity: 'error',
            message: 'Someone else changed it.',
          },
        ]}
      />,
    );
    await flush();
    expect(screen.getByText('A ticket with this title exists.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('aria-invalid', 'true');
    // A screen reader hears the error and the help with the field; a field with neither is
    // described by nothing (no references to elements that are not there).
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAccessibleDescription(
      'A ticket with this title exists. A short summary, at least 3 characters.',
    );
    expect(screen.getByRole('combobox', { name: /^Category/ })).not.toHaveAttribute(
      'aria-describedby',
    );
    expect(screen.getByText('Someone else changed it.')).toBeInTheDocument();
  });

  it('is controlled by value/onChange', async () => {
    const user = userEvent.setup();
    function Host() {
      const [value, setValue] = useState<Record<string, unknown>>({ title: 'A' });
      return (
        <>
          <FormRenderer form={requestForm} value={value} onChange={setValue} />
          <output data-testid="out">{String(value.title)}</output>
          <button type="button" onClick={() => setValue({ ...value, title: 'Reset' })}>
            reset
          </button>
        </>
      );
    }
    render(<Host />);
    await user.type(screen.getByRole('textbox', { name: /Title/ }), 'B');
    expect(screen.getByTestId('out')).toHaveTextContent('AB');
    await user.click(screen.getByRole('button', { name: 'reset' }));
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveValue('Reset');
  });

  it('renders read-only with no submit button', async () => {
    render(<FormRenderer form={requestForm} readOnly defaultValue={{ title: 'X' }} />);
    await flush();
    expect(screen.queryByRole('button', { name: 'Submit' })).toBeNull();
    expect(screen.getByRole('textbox', { name: /Title/ })).toHaveAttribute('readonly');
  });

  it('translates strings through translate/messages', async () => {
    render(
      <FormRenderer
        form={requestForm}
        messages={{ 'form.submit': 'Absenden' }}
        translate={(key, _p, fallback) =>
          key === 'templates.apply' ? 'Anwenden' : (fallback ?? key)
        }
      />,
    );
    expect(screen.getByRole('button', { name: 'Absenden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Anwenden' })).toBeInTheDocument();
  });

  it('throws a typed error without a form', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<FormRenderer />)).toThrow(/needs a `form`/);
    spy.mockRestore();
  });

  it('uses the eval-free validator when given', async () => {
    const { safeFormValidator } = await import('@deskkit/runtime');
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    const form: FormDefinition = {
      schema: {
        type: 'object',
        properties: { email: { type: 'string', format: 'email', title: 'Email' } },
      },
    };
    render(<FormRenderer form={form} validator={safeFormValidator} onSubmit={onSubmit} />);
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'nope');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await flush();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
  });
});
