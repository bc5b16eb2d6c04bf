import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { ExpressionInput, type FieldChoice } from './ExpressionInput';

const fields: FieldChoice[] = [
  { name: 'priority', label: 'Priority', type: 'string', options: ['P1', 'P2', 'P3', 'P4'] },
  { name: 'cost', label: 'Estimated cost', type: 'number' },
  {
    name: 'changeType',
    label: 'Change type',
    type: 'string',
    options: ['standard', 'normal', 'emergency'],
  },
  { name: 'backoutPlan', label: 'Back-out plan', type: 'string' },
];

function Demo(props: { initial: string; condition?: boolean; label?: string }) {
  const [value, setValue] = useState(props.initial);
  return (
    <div
      className="dk-form-builder"
      style={{ width: 380, padding: 16, background: 'var(--dk-c-surface)' }}
    >
      <ExpressionInput
        label={props.label ?? 'Condition'}
        value={value}
        onChange={setValue}
        fields={fields}
        condition={props.condition ?? true}
      />
      <output data-testid="value" hidden>
        {value}
      </output>
    </div>
  );
}

const meta: Meta<typeof Demo> = {
  title: 'Forms/ExpressionInput',
  component: Demo,
};
export default meta;
type Story = StoryObj<typeof Demo>;

/** A condition the builder reads: rows of field, operator, value, and a sub-group. */
export const Builder: Story = {
  args: { initial: 'priority in ["P1", "P2"] or (cost > 1000 and $exists(backoutPlan))' },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('button', { name: 'Builder' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(c.getByRole('group', { name: 'Group 2' })).toBeInTheDocument();
  },
};

/** Empty: the builder starts with no rows; adding one writes jsonata once it is complete. */
export const Empty: Story = {
  args: { initial: '' },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: '+ Condition' }));
    await userEvent.selectOptions(c.getByLabelText('Operator'), '>');
    await userEvent.type(c.getByLabelText('Field'), 'cost');
    await userEvent.type(c.getByLabelText('Value'), '500');
    await expect(c.getByTestId('value')).toHaveTextContent('cost > 500');
  },
};

/** An expression the builder cannot show opens as jsonata and says why. */
export const Advanced: Story = {
  args: { initial: '$sum(lines.amount) > 1000' },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('note')).toHaveTextContent('the builder cannot show');
    await expect(c.getByRole('button', { name: 'Builder' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** A plain expression (not a condition): the jsonata input only. */
export const Expression: Story = {
  args: { initial: "summary & ' – ' & changeType", condition: false, label: 'Title' },
};
