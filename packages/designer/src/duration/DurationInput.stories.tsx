import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { businessCalendar as business } from '../fixtures/definitions';
import { createTranslator } from '../i18n/messages';
import { DurationInput } from './DurationInput';

const t = createTranslator();

function Demo(props: { initial: string; calendar?: string; label?: string }) {
  const [value, setValue] = useState(props.initial);
  return (
    <div
      className="dk-designer"
      style={{ width: 360, padding: 16, background: 'var(--dk-c-surface)' }}
    >
      <DurationInput
        label={props.label ?? 'Resolution target'}
        value={value}
        onChange={(v) => setValue(v ?? '')}
        t={t}
        calendar={props.calendar}
        calendarSpec={props.calendar === 'Business' ? business : undefined}
      />
    </div>
  );
}

const meta: Meta<typeof Demo> = { title: 'Designer/DurationInput', component: Demo };
export default meta;
type Story = StoryObj<typeof Demo>;

/** Working time on a calendar: days are the calendar's working days, written as hours. */
export const WorkingDays: Story = {
  args: { initial: 'PT16H', calendar: 'Business' },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(
      c.getByText('2 working days (16 working hours on the Business calendar)'),
    ).toBeInTheDocument();
  },
};

/** `P2D` on a calendar is 48 working hours: the input says so and offers the fix. */
export const AmbiguousDays: Story = {
  args: { initial: 'P2D', calendar: 'Business' },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByRole('note')).toHaveTextContent('48 working hours');
    await userEvent.click(c.getByRole('button', { name: /Make it 2 working day/ }));
    await expect(c.getByText('PT16H')).toBeInTheDocument();
  },
};

/** Calendar time (no calendar): "2 calendar days". */
export const CalendarDays: Story = { args: { initial: 'P2D' } };

/** Not set yet. */
export const Empty: Story = {
  args: { initial: '', calendar: 'Business', label: 'Response target' },
};

/** Something the input cannot split (months) is edited as ISO text. */
export const Raw: Story = { args: { initial: 'P1M' } };
