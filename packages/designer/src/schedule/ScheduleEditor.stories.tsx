import type { TicketSchedule } from '@deskkit/runtime';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { createTranslator } from '../i18n/messages';
import { ScheduleEditor } from './ScheduleEditor';

const t = createTranslator();
const base: TicketSchedule = {
  id: 'patch',
  name: 'Patch Tuesday',
  workflow: 'change',
  actor: 'ops',
  timeZone: 'Europe/Paris',
  start: '2026-01-13T09:00',
  frequency: 'rrule',
  rrule: 'FREQ=MONTHLY;BYDAY=+2TU',
};
const now = new Date('2026-01-01T00:00:00Z');
const format = (run: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone }).format(run);

function Demo(props: { initial: TicketSchedule }) {
  const [value, setValue] = useState(props.initial);
  return (
    <div
      className="dk-designer"
      style={{ width: 440, padding: 16, background: 'var(--dk-c-surface)' }}
    >
      <ScheduleEditor value={value} onChange={setValue} t={t} now={now} formatRun={format} />
    </div>
  );
}

const meta: Meta<typeof Demo> = { title: 'Designer/ScheduleEditor', component: Demo };
export default meta;
type Story = StoryObj<typeof Demo>;

/** Patch Tuesday: the second Tuesday of every month, previewed. */
export const MonthlyByPosition: Story = {
  args: { initial: base },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await expect(c.getByLabelText('Week of the month')).toHaveValue('2');
    await expect(
      (await c.findAllByRole('listitem', undefined, { timeout: 10_000 }))[0],
    ).toHaveTextContent(/Tuesday,? 13 January 2026/);
  },
};

/** Weekly on Monday and Thursday, ten runs. */
export const WeeklyDays: Story = {
  args: {
    initial: {
      ...base,
      start: '2026-01-05T08:30',
      frequency: 'rrule',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TH;COUNT=10',
    },
  },
  play: async ({ canvasElement }) => {
    const c = within(canvasElement);
    await userEvent.click(c.getByRole('button', { name: 'Friday' }));
    await expect(c.getByRole('button', { name: 'Friday' })).toHaveAttribute('aria-pressed', 'true');
  },
};

/** A rule the builder cannot show is edited as text. */
export const Advanced: Story = {
  args: { initial: { ...base, rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9,14;BYMINUTE=0' } },
};

/** A schedule the runtime would refuse says why. */
export const Invalid: Story = { args: { initial: { ...base, timeZone: 'Mars/Olympus' } } };
