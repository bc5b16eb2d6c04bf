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
    await user.selectOptions(within(dialog).getByLabelText('Repeat'), 'Every day');
    const runs = within(dialog).getByRole('region', { name: 'Next runs' });
    await waitFor(() => expect(within(runs).getAllByRole('listitem')).toHaveLength(3));

    await user.selectOptions(within(dialog).getByLabelText('Repeat'), 'Custom (RRULE)');
    await user.clear(within(dialog).getByLabelText('RRULE'));
    await user.type(within(dialog).getByLabelText('RRULE'), 'FREQ=SOMETIMES');
    await within(runs).findByText(/The schedule is not valid/);
    await user.click(within(dialog).getByRole('button', { name: 'Schedule' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('The schedule is not valid.');

    await user.selectOptions(within(dialog).getByLabelText('Repeat'), 'Every weekday');
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
