import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { loadDesk, withDesk } from '../../stories/storyDesk';
import { AdminPage } from '../AdminPage';
import { CalendarsTab } from './CalendarsTab';
import { DemoDataTab } from './DemoDataTab';
import { DirectoryTab } from './DirectoryTab';
import { SchedulesTab } from './SchedulesTab';
import { SlaTab } from './SlaTab';

/** The Admin page's editors over the demo desk (in memory: edits last as long as the story). */
const meta = {
  title: 'Playground/Admin editors',
  decorators: [withDesk],
  loaders: [loadDesk],
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** The whole Admin page with its section tabs. */
export const Page: Story = {
  render: () => <AdminPage />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('tab', { name: 'Calendars' }));
    await expect(canvas.getByRole('form', { name: 'Calendar business' })).toBeTruthy();
  },
};

/** People, roles, departments, groups, the on-call rota and out-of-office rules. */
export const Directory: Story = {
  render: () => <DirectoryTab />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('form', { name: 'Roles' })).toBeTruthy();
    await expect(canvas.getByRole('form', { name: 'Departments' })).toBeTruthy();
  },
};

/** Removing Victor is refused: he manages Alice. */
export const DirectoryRemoveRefused: Story = {
  render: () => <DirectoryTab />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Removing asks first; the story answers yes.
    const confirm = spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Victor Lambert' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert').textContent).toContain(
        'Victor Lambert cannot be removed: manager of Alice Martin.',
      ),
    );
    await expect(confirm).toHaveBeenCalledOnce();
    confirm.mockRestore();
  },
};

/** Working hours per weekday and holidays of the business and 24x7 calendars. */
export const Calendars: Story = {
  render: () => <CalendarsTab />,
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole('form', { name: 'Calendar business' });
    await expect(within(form).getByLabelText<HTMLInputElement>('Monday').value).toBe('09:00-18:00');
  },
};

/** A typo in the working hours, shown next to the field. */
export const CalendarInvalid: Story = {
  render: () => <CalendarsTab />,
  play: async ({ canvasElement }) => {
    const form = within(canvasElement).getByRole('form', { name: 'Calendar business' });
    const tuesday = within(form).getByLabelText('Tuesday');
    await userEvent.clear(tuesday);
    await userEvent.type(tuesday, 'all day');
    await userEvent.click(within(form).getByRole('button', { name: 'Save calendar' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Tuesday').getAttribute('aria-invalid')).toBe('true'),
    );
  },
};

/** SLA policies per workflow; saving publishes a new version. */
export const SlaPolicies: Story = {
  render: () => <SlaTab />,
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(
        within(canvasElement).getByRole('form', { name: 'SLA policies of Report an incident' }),
      ).toBeTruthy(),
    );
  },
};

/** Scheduled tickets; the new-schedule form previews the next five runs as you type. */
export const Schedules: Story = {
  render: () => <SchedulesTab />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: '+ Add schedule' }));
    const form = canvas.getByRole('form', { name: 'New schedule' });
    await userEvent.type(within(form).getByLabelText('First run (local time)'), '2026-11-23T09:00');
    const preview = within(form).getByRole('region', { name: 'Next runs' });
    await waitFor(() =>
      expect(
        within(preview)
          .getAllByRole('listitem')
          .map((li) => li.textContent)[0],
      ).toBe('Mon, 30 Nov 2026, 09:00'),
    );
  },
};

/** "Reset demo data": asks first, then the desk is emptied and seeded again. */
export const DemoData: Story = {
  render: () => <DemoDataTab />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const confirm = spyOn(window, 'confirm').mockReturnValue(true);
    await userEvent.click(canvas.getByRole('button', { name: 'Reset demo data' }));
    await waitFor(() =>
      expect(canvas.getByRole('status').textContent).toMatch(/^Demo data regenerated: \d+ tickets/),
    );
    await expect(confirm).toHaveBeenCalledOnce();
    confirm.mockRestore();
  },
};
