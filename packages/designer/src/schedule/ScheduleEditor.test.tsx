import type { TicketSchedule } from '@deskkit/runtime';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { ScheduleEditor, type ScheduleEditorProps } from './ScheduleEditor';

const t = createTranslator();
const start: TicketSchedule = {
  id: 's',
  workflow: 'check',
  actor: 'ops',
  timeZone: 'UTC',
  start: '2026-01-05T09:00',
  frequency: 'once',
};

function setup(initial: TicketSchedule, more: Partial<ScheduleEditorProps> = {}) {
  const seen = { value: initial };
  function Host() {
    const [value, setValue] = useState(initial);
    return (
      <ScheduleEditor
        value={value}
        t={t}
        now={new Date('2026-01-01T00:00:00Z')}
        formatRun={(run) => run.toISOString().slice(0, 16)}
        {...more}
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

const runs = () =>
  within(screen.getByRole('region', { name: 'Next runs' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('ScheduleEditor', () => {
  it('builds a weekly schedule on chosen days by keyboard and previews the runtime’s next runs', async () => {
    const { seen, user } = setup(start);
    // The runtime's recurrence code (rrule) loads with the first editor.
    await waitFor(() => expect(runs()).toEqual(['2026-01-05T09:00']), { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText('Repeats'), 'weekly');
    const wednesday = screen.getByRole('button', { name: 'Wednesday' });
    wednesday.focus();
    await user.keyboard('{Enter}');
    expect(seen.value).toMatchObject({ frequency: 'weekly', weekdays: ['mon', 'wed'] });
    expect(runs().slice(0, 3)).toEqual([
      '2026-01-05T09:00',
      '2026-01-07T09:00',
      '2026-01-12T09:00',
    ]);

    await user.selectOptions(screen.getByLabelText('Ends'), 'count');
    // A number field: replace its value as one change (an emptied field falls back to 1).
    fireEvent.change(screen.getByLabelText('Runs'), { target: { value: '3' } });
    expect(seen.value).toMatchObject({
      frequency: 'rrule',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3',
    });
    expect(runs()).toEqual(['2026-01-05T09:00', '2026-01-07T09:00', '2026-01-12T09:00']);
  });

  it('sets "the last Friday" of every other month', async () => {
    const { seen, user } = setup(start);
    await user.selectOptions(screen.getByLabelText('Repeats'), 'monthly');
    fireEvent.change(screen.getByLabelText('Every … months'), { target: { value: '2' } });
    await user.click(screen.getByRole('radio', { name: 'the' }));
    await user.selectOptions(screen.getByLabelText('Week of the month'), '-1');
    await user.selectOptions(screen.getByLabelText('Weekday'), 'fri');
    expect(seen.value).toMatchObject({
      frequency: 'rrule',
      rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR',
    });
    expect(runs().slice(0, 2)).toEqual(['2026-01-30T09:00', '2026-03-27T09:00']);
  });

  it('shows the runtime’s refusal and edits unreadable rules as text', async () => {
    const { user } = setup({ ...start, frequency: 'rrule', rrule: 'FREQ=DAILY;BYHOUR=9,17' });
    expect(screen.getByRole('note')).toHaveTextContent('BYHOUR');
    const rule = screen.getByLabelText('Recurrence rule (RFC 5545)');
    await user.clear(rule);
    await user.type(rule, 'FREQ=SOMETIMES');
    expect(screen.getByRole('alert')).toHaveTextContent('The runtime would refuse this schedule');
  });

  it('edits only the recurrence for a host that keeps a rule, with no RRULE text to type', async () => {
    const { seen, user } = setup(
      { ...start, frequency: 'rrule', rrule: 'FREQ=DAILY' },
      { parts: 'recurrence', rruleOnly: true, standalone: true },
    );
    expect(screen.queryByLabelText('Time zone')).toBeNull();
    expect(screen.queryByLabelText(/Recurrence rule/)).toBeNull();
    const repeat = screen.getByLabelText('Repeats');
    expect(within(repeat).queryByRole('option', { name: 'Once' })).toBeNull();
    await user.selectOptions(repeat, 'weekly');
    expect(seen.value).toMatchObject({ frequency: 'rrule', rrule: 'FREQ=WEEKLY;BYDAY=MO' });
    await waitFor(
      () => expect(runs().slice(0, 2)).toEqual(['2026-01-05T09:00', '2026-01-12T09:00']),
      {
        timeout: 10_000,
      },
    );
  });
});
