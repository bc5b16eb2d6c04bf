import { loadPatternEngine } from '@deskkit/runtime';
import type { FormDefinition } from '@deskkit/runtime';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormRenderer } from './FormRenderer';

const flush = () => act(() => new Promise((r) => setTimeout(r, 0)));

const form = (pattern: string): FormDefinition => ({
  schema: {
    type: 'object',
    properties: { phone: { type: 'string', title: 'Phone', pattern } },
  },
});

// The eval-free validator (the default) checks `pattern` in the browser, once the runtime's ReDoS
// check has passed the pattern.
describe('FormRenderer: JSON Schema patterns', () => {
  it('refuses a value that does not match the pattern and submits one that does', async () => {
    const phone = form('^\\+?[0-9 ()./-]{5,20}$');
    await loadPatternEngine(phone.schema);
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<FormRenderer form={phone} onSubmit={onSubmit} />);
    await flush();
    const input = screen.getByRole('textbox', { name: /Phone/ });
    await user.type(input, 'call me');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await flush();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await screen.findByText(/expected form/)).toBeInTheDocument();

    await user.clear(input);
    await user.type(input, '+86 21 5555 0100');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({ phone: '+86 21 5555 0100' });
  });

  it('fails closed on a pattern the ReDoS check refuses (a form stored before the check)', async () => {
    const old = form('^(a+)+$');
    await loadPatternEngine(old.schema);
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<FormRenderer form={old} onSubmit={onSubmit} />);
    await flush();
    await user.type(screen.getByRole('textbox', { name: /Phone/ }), `${'a'.repeat(40)}!`);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    // The form says why it cannot be sent, naming the pattern; nothing is submitted.
    expect(await screen.findByText(/\/\^\(a\+\)\+\$\/ is refused/)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
