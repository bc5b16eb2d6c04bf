import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { ExpressionInput, type FieldChoice } from './ExpressionInput';

const t = createTranslator();
const fields: FieldChoice[] = [
  { name: 'priority', type: 'string', options: ['P1', 'P2'] },
  { name: 'cost', type: 'number' },
];

function setup(initial: string) {
  const seen = { value: initial };
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <ExpressionInput
        condition
        label="Condition"
        value={value}
        fields={fields}
        t={t}
        onChange={(v) => {
          seen.value = v;
          setValue(v);
        }}
      />
    );
  }
  render(<Host />);
  return { seen, user: userEvent.setup() };
}

describe('ExpressionInput with a condition builder', () => {
  it('builds and/or groups by keyboard and writes jsonata', async () => {
    const { seen, user } = setup('');
    const add = screen.getByRole('button', { name: '+ Condition' });
    add.focus();
    await user.keyboard('{Enter}');
    await user.type(screen.getByLabelText('Field'), 'cost');
    await user.selectOptions(screen.getByLabelText('Operator'), '>=');
    await user.type(screen.getByLabelText('Value'), '1000');
    expect(seen.value).toBe('cost >= 1000');

    await user.click(screen.getByRole('button', { name: '+ Group' }));
    const group = screen.getByRole('group', { name: 'Group 2' });
    await user.type(within(group).getByLabelText('Field'), 'priority');
    // A field with options offers them as the value.
    await user.selectOptions(within(group).getByLabelText('Value'), 'P1');
    expect(seen.value).toBe('cost >= 1000 and (priority = "P1")');
    await user.selectOptions(screen.getAllByLabelText('Match')[0]!, 'or');
    expect(seen.value).toBe('cost >= 1000 or (priority = "P1")');

    await user.click(screen.getByRole('button', { name: 'Remove condition 1' }));
    expect(seen.value).toBe('(priority = "P1")');
  });

  it('opens an expression it cannot read as jsonata, says why, and reads typed jsonata back', async () => {
    const { seen, user } = setup('$count(approvers) > 2');
    expect(screen.getByRole('note')).toHaveTextContent(/cannot show/);
    expect(screen.getByRole('button', { name: 'Builder' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    const input = screen.getByRole('combobox', { name: 'Condition' });
    await user.clear(input);
    await user.type(input, 'cost < 5');
    expect(seen.value).toBe('cost < 5');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Builder' }));
    expect(screen.getByLabelText('Field')).toHaveValue('cost');
    expect(screen.getByLabelText('Operator')).toHaveValue('<');
    expect(screen.getByLabelText('Value')).toHaveValue('5');
  });
});
