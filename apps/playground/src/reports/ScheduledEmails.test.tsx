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

    await user.click(screen.getByRole('button', { name: 'Delete Manager overview' }));
    expect(
      await screen.findByText('No e-mail is scheduled for this dashboard yet.'),
    ).toBeInTheDocument();
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
