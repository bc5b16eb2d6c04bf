import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { loadDesk, withDesk } from '../stories/storyDesk';
import { UserSelect } from './UserSelect';

/** A controlled UserSelect over the demo directory. */
function Picker(props: {
  initial: string;
  exclude?: string[];
  showLabel?: boolean;
  invalid?: boolean;
}) {
  const [value, setValue] = useState(props.initial);
  return (
    <div style={{ maxWidth: 320 }}>
      <UserSelect
        label="Assignee"
        placeholder="Choose…"
        value={value}
        onChange={setValue}
        {...(props.exclude ? { exclude: props.exclude } : {})}
        {...(props.showLabel === undefined ? {} : { showLabel: props.showLabel })}
        {...(props.invalid ? { invalid: true } : {})}
      />
      <p className="pg-muted" data-testid="chosen">
        {value || 'nobody'}
      </p>
    </div>
  );
}

/** The directory's people in a `<select>` (names, not ids). */
const meta = {
  title: 'Playground/UserSelect',
  component: Picker,
  decorators: [withDesk],
  loaders: [loadDesk],
  args: { initial: '' },
} satisfies Meta<typeof Picker>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByLabelText('Assignee'), 'Samira Haddad');
    await expect(canvas.getByTestId('chosen').textContent).toBe('sam');
  },
};

export const Chosen: Story = {
  args: { initial: 'carlos' },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByLabelText<HTMLSelectElement>('Assignee');
    await expect(select.selectedOptions[0]?.textContent).toBe('Carlos Mendes');
  },
};

/** Handing work over: the current holder is not offered. */
export const ExcludingHolder: Story = {
  args: { initial: '', exclude: ['sam'] },
  play: async ({ canvasElement }) => {
    const names = within(canvasElement)
      .getAllByRole('option')
      .map((o) => o.textContent);
    await expect(names).not.toContain('Samira Haddad');
  },
};

/** Inline in a toolbar: the label is the accessible name only. */
export const InlineInvalid: Story = {
  args: { initial: '', showLabel: false, invalid: true },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Assignee' });
    await expect(select.getAttribute('aria-invalid')).toBe('true');
  },
};
