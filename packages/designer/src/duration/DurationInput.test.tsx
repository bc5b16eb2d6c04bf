import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { businessCalendar as business } from '../fixtures/definitions';
import { DurationInput } from './DurationInput';
import { readDuration, showDuration, writeDuration } from './duration';

const t = createTranslator();

function setup(initial: string, calendar?: string) {
  const seen: { value: string | undefined } = { value: initial };
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <DurationInput
        label="Target"
        value={value}
        t={t}
        calendar={calendar}
        calendarSpec={calendar ? business : undefined}
        onChange={(v) => {
          seen.value = v;
          setValue(v ?? '');
        }}
      />
    );
  }
  render(<Host />);
  return { seen, user: userEvent.setup() };
}

describe('duration model', () => {
  it('writes working days as hours of the working day, calendar days as days', () => {
    expect(writeDuration(2, 'days', 8)).toBe('PT16H');
    expect(writeDuration(1.5, 'days', 7.5)).toBe('PT11H15M');
    expect(writeDuration(2, 'days')).toBe('P2D');
    expect(writeDuration(90, 'minutes', 8)).toBe('PT1H30M');
    expect(showDuration(readDuration('PT16H')!, true, 8)).toEqual({
      amount: 2,
      unit: 'days',
      ambiguous: false,
    });
    expect(showDuration(readDuration('P2D')!, true, 8)).toMatchObject({
      amount: 48,
      unit: 'hours',
      ambiguous: true,
    });
    expect(showDuration(readDuration('P14D')!, false)).toEqual({
      amount: 2,
      unit: 'weeks',
      ambiguous: false,
    });
    expect(readDuration('P1M')).toBeNull();
    expect(readDuration('PT30S')).toBeNull();
  });
});

describe('DurationInput', () => {
  it('edits working days on a calendar and says what they mean', async () => {
    const { seen, user } = setup('PT8H', 'Business');
    expect(
      screen.getByText('1 working day (8 working hours on the Business calendar)'),
    ).toBeInTheDocument();
    const amount = screen.getByLabelText('Target: amount');
    await user.clear(amount);
    await user.type(amount, '3');
    expect(seen.value).toBe('PT24H');
    expect(
      screen.getByText('3 working days (24 working hours on the Business calendar)'),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Target: unit'), 'hours');
    expect(seen.value).toBe('PT3H');
    await user.clear(amount);
    expect(seen.value).toBeUndefined();
  });

  it('edits calendar time without a calendar', async () => {
    const { seen, user } = setup('P2D');
    expect(screen.getByText('2 calendar days, counted around the clock')).toBeInTheDocument();
    expect(screen.getByLabelText('Target: unit')).toHaveValue('days');
    await user.selectOptions(screen.getByLabelText('Target: unit'), 'weeks');
    expect(seen.value).toBe('P2W');
  });

  it('explains P2D on a calendar and fixes it either way', async () => {
    const { seen, user } = setup('P2D', 'Business');
    expect(screen.getByRole('note')).toHaveTextContent(
      '“P2D” on the Business calendar counts days of 24 working hours: it means 48 working hours, not 2 working day(s)',
    );
    await user.click(screen.getByRole('button', { name: 'Make it 2 working day(s) (PT16H)' }));
    expect(seen.value).toBe('PT16H');
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('keeps what it cannot split as ISO text', async () => {
    const { seen, user } = setup('P1M');
    const raw = screen.getByRole('textbox', { name: 'Target' });
    await user.clear(raw);
    await user.type(raw, 'P30D');
    expect(seen.value).toBe('P30D');
  });
});
