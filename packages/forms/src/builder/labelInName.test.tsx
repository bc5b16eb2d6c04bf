import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { requestForm } from '../fixtures/forms';
import { FormBuilder } from './FormBuilder';

// WCAG 2.5.3 (label in name, axe `label-content-name-mismatch`): a speech-input user says what
// they see ("click Urgency"), so the visible text of each canvas item's select button must be part
// of its accessible name "Select <name>". The field's key, type and rule badges sit beside it.
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

describe('FormBuilder canvas items', () => {
  it('name each select button with all of its visible text, and select on a click', async () => {
    const user = userEvent.setup();
    render(<FormBuilder value={requestForm} onChange={() => undefined} />);
    const buttons = screen.getAllByRole('button', { name: /^Select / });
    // Fields, a text block, groups and rows.
    expect(buttons.length).toBeGreaterThan(8);
    for (const button of buttons) {
      const name = words(button.getAttribute('aria-label') ?? '');
      const shown = words(button.textContent ?? '');
      expect(shown.length, button.getAttribute('aria-label') ?? '').toBeGreaterThan(0);
      expect(name.slice(1), `"${button.textContent}" in "${name.join(' ')}"`).toEqual(shown);
    }
    // The key and type are still shown, next to the button they describe.
    const urgency = screen.getByRole('button', { name: 'Select Urgency' });
    const summary = urgency.parentElement!;
    expect(summary).toHaveTextContent(/urgency/);
    expect(urgency).toHaveAttribute('aria-pressed', 'false');
    await user.click(urgency);
    expect(urgency).toHaveAttribute('aria-pressed', 'true');
  });
});
