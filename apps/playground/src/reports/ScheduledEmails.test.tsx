import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { managerDashboard, widgetLibrary } from '../demo/dashboards';
import { renderDesk } from '../desk/renderDesk';
import { ScheduledEmails } from './ScheduledEmails';
import { snapshotReports } from './snapshotReports';

describe('<ScheduledEmails>', () => {
  it('schedules the dashboard by e-mail with a preview of the next runs, lists it and deletes it', async () => {
    const user = userEvent.setup();
    const reports = snapshotReports(managerDashboard, widgetLibrary);
    expect(reports.map((r) => r.title)).toContain('SLA compliance by group');
    await renderDesk(<ScheduledEmails name="Manager overview" reports={reports} />);
    expect(
      await screen.findByText('No e-mail is scheduled for this dashboard yet.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Schedule e-mail' }));
    const dialog = screen.getByRole('dialog', { name: 'Schedule e-mail' });
    expect(within(dialog).getByLabelText('Subject')).toHaveValue('Manager overview');
    // How it repeats is built, never typed: the designer's ScheduleEditor writes the rule.
    expect(within(dialog).queryByLabelText(/RRULE|Recurrence rule/)).toBeNull();
    await user.selectOptions(within(dialog).getByLabelText('Repeats'), 'Daily');
    const runs = within(dialog).getByRole('region', { name: 'Next runs' });
    await waitFor(() => expect(within(runs).getAllByRole('listitem')).toHaveLength(3));
    const days = (list: HTMLElement) =>
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    const daily = days(runs);

    await user.selectOptions(within(dialog).getByLabelText('Repeats'), 'Weekly');
    await user.click(within(dialog).getByRole('button', { name: 'Wednesday' }));
    await waitFor(() => expect(days(runs)).not.toEqual(daily));
    expect(within(runs).getAllByRole('listitem')).toHaveLength(3);
    await user.click(within(dialog).getByRole('checkbox', { name: 'CSV (one file per report)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const list = screen.getByRole('list', { name: 'Scheduled e-mails' });
    expect(within(list).getByText('Manager overview')).toBeInTheDocument();
    expect(within(list).getByText('To Ada Admin')).toBeInTheDocument();
    expect(within(list).getByText(/^Next: /)).toBeInTheDocument();

    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false);
    await user.click(screen.getByRole('button', { name: 'Delete Manager overview' }));
    expect(confirm).toHaveBeenCalledWith(
      'Delete the scheduled e-mail “Manager overview”? Its recipients get no more e-mails.',
    );
    expect(within(list).getByText('Manager overview')).toBeInTheDocument();
    confirm.mockReturnValueOnce(true);
    await user.click(screen.getByRole('button', { name: 'Delete Manager overview' }));
    expect(
      await screen.findByText('No e-mail is scheduled for this dashboard yet.'),
    ).toBeInTheDocument();
    confirm.mockRestore();
  });

  it('edits a scheduled e-mail in place, and pauses and resumes it', async () => {
    const user = userEvent.setup();
    const reports = snapshotReports(managerDashboard, widgetLibrary);
    const { ports } = await renderDesk(
      <ScheduledEmails name="Manager overview" reports={reports} />,
    );
    const client = ports.client;
    await user.click(await screen.findByRole('button', { name: 'Schedule e-mail' }));
    let dialog = screen.getByRole('dialog', { name: 'Schedule e-mail' });
    await user.selectOptions(within(dialog).getByLabelText('Repeats'), 'Daily');
    await user.clear(within(dialog).getByLabelText('At'));
    await user.type(within(dialog).getByLabelText('At'), '07:30');
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    const list = await screen.findByRole('list', { name: 'Scheduled e-mails' });
    const [saved] = await client.listReportSubscriptions();
    expect(saved?.schedule.rrule).toBe('FREQ=DAILY');

    await user.click(within(list).getByRole('button', { name: 'Edit Manager overview' }));
    dialog = screen.getByRole('dialog', { name: 'Edit scheduled e-mail' });
    // It starts from what was saved, not from the defaults of a new e-mail.
    expect(within(dialog).getByLabelText('Subject')).toHaveValue('Manager overview');
    expect(within(dialog).getByLabelText('At')).toHaveValue('07:30');
    expect(within(dialog).getByLabelText('Repeats')).toHaveDisplayValue('Daily');
    await user.clear(within(dialog).getByLabelText('Subject'));
    await user.type(within(dialog).getByLabelText('Subject'), 'Daily figures');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(list).findByText('Daily figures')).toBeInTheDocument();
    const after = await client.listReportSubscriptions();
    // Replaced, not added: the same subscription, renamed, its schedule kept.
    expect(after.map((s) => [s.id, s.name, s.schedule.rrule])).toEqual([
      [saved?.id, 'Daily figures', 'FREQ=DAILY'],
    ]);

    await user.click(within(list).getByRole('button', { name: 'Pause Daily figures' }));
    expect(await within(list).findByText('Paused')).toBeInTheDocument();
    expect((await client.listReportSubscriptions())[0]?.enabled).toBe(false);
    await user.click(within(list).getByRole('button', { name: 'Resume Daily figures' }));
    expect(await within(list).findByText(/^Next: /)).toBeInTheDocument();
    expect((await client.listReportSubscriptions())[0]?.enabled).toBe(true);
  });

  it('Escape closes the dialog without scheduling', async () => {
    const user = userEvent.setup();
    const reports = snapshotReports(managerDashboard, widgetLibrary);
    await renderDesk(<ScheduledEmails name="Manager overview" reports={reports} />);
    await user.click(await screen.findByRole('button', { name: 'Schedule e-mail' }));
    expect(screen.getByLabelText('Subject')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Schedule e-mail' })).toHaveFocus();
  });
});
