import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DeskkitI18nProvider } from '../i18n/I18nProvider';
import { ExpressionInput, type FieldChoice } from './ExpressionInput';

const fields: FieldChoice[] = [
  { name: 'priority', type: 'string', options: ['P1', 'P2'] },
  { name: 'cost', type: 'number' },
];

function setup(initial: string, locale?: string) {
  const seen = { value: initial };
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <ExpressionInput
        condition
        label="Condition"
        value={value}
        fields={fields}
        onChange={(v) => {
          seen.value = v;
          setValue(v);
        }}
      />
    );
  }
  render(
    <DeskkitI18nProvider locale={locale ?? 'en'}>
      <Host />
    </DeskkitI18nProvider>,
  );
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

  it('reads existing jsonata back into rows and nested groups', () => {
    setup('priority in ["P1", "P2"] or (cost > 1000 and $exists(backoutPlan))');
    expect(screen.getByRole('button', { name: 'Builder' })).toHaveAttribute('aria-pressed', 'true');
    const first = screen.getByRole('group', { name: 'Condition 1' });
    expect(within(first).getByLabelText('Field')).toHaveValue('priority');
    expect(within(first).getByLabelText('Operator')).toHaveValue('in');
    expect(within(first).getByLabelText('Values, comma separated')).toHaveValue('P1, P2');
    const group = screen.getByRole('group', { name: 'Group 2' });
    expect(within(group).getByLabelText('Match')).toHaveValue('and');
    const [cost, plan] = within(group).getAllByLabelText('Operator');
    expect(cost).toHaveValue('>');
    expect(plan).toHaveValue('set');
    expect(screen.getAllByLabelText('Match')[0]).toHaveValue('or');
  });

  it('switches to raw jsonata (the advanced mode) and back without changing the value', async () => {
    const { seen, user } = setup('cost > 5');
    await user.click(screen.getByRole('button', { name: 'jsonata' }));
    const input = screen.getByRole('combobox', { name: 'Condition' });
    expect(input).toHaveValue('cost > 5');
    await user.type(input, ' and priority = "P2"');
    expect(seen.value).toBe('cost > 5 and priority = "P2"');
    await user.click(screen.getByRole('button', { name: 'Builder' }));
    expect(screen.getAllByLabelText('Field').map((e) => (e as HTMLInputElement).value)).toEqual([
      'cost',
      'priority',
    ]);
  });

  it('speaks Chinese under a zh-CN provider', () => {
    setup('cost > 5', 'zh-CN');
    expect(screen.getByRole('button', { name: '可视化' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+ 条件' })).toBeInTheDocument();
    expect(screen.getByLabelText('运算符')).toHaveDisplayValue('大于');
  });
});

describe('ExpressionInput for any jsonata', () => {
  it('shows parse errors inline and completes field names given as strings', async () => {
    const user = userEvent.setup();
    function Plain() {
      const [value, setValue] = useState('');
      return <ExpressionInput label="Value" value={value} fields={['total']} onChange={setValue} />;
    }
    render(<Plain />);
    const input = screen.getByRole('combobox', { name: 'Value' });
    await user.type(input, 'to');
    await user.keyboard('{Enter}');
    expect(input).toHaveValue('total');
    await user.type(input, ' *');
    expect(screen.getByRole('alert')).toHaveTextContent(/Line 1, column/);
  });

  it('shows the jsonata error in the UI language, by its code', async () => {
    const user = userEvent.setup();
    function Plain() {
      const [value, setValue] = useState('');
      return <ExpressionInput label="值" value={value} fields={['total']} onChange={setValue} />;
    }
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <Plain />
      </DeskkitI18nProvider>,
    );
    const input = screen.getByRole('combobox', { name: '值' });
    await user.type(input, 'total ]');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“]”处有语法错误。');
    expect(alert.textContent).not.toMatch(/Syntax error/);
    await user.clear(input);
    await user.type(input, '(total');
    expect(await screen.findByRole('alert')).toHaveTextContent('表达式结束前缺少 ")"。');
  });
});
