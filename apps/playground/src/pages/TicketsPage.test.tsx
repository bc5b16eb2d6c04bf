import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../desk/renderDesk';
import { freshDesk } from '../desk/testing';
import { TicketsPage } from './TicketsPage';

async function threeIncidents() {
  const desk = await freshDesk();
  const tickets = [];
  for (const summary of ['Badge reader broken', 'Another printer jam', 'Calendar not syncing'])
    tickets.push(
      await desk.runtime.startTicket({
        workflow: 'incident',
        actor: 'alice',
        data: { summary, priority: 'P3' },
      }),
    );
  return { desk, tickets };
}

const rows = () =>
  within(screen.getByRole('table', { name: 'Tickets' }))
    .getAllByRole('row')
    .slice(1);

describe('<TicketsPage>', () => {
  beforeEach(() => localStorage.clear());

  it('bulk-claims and bulk-closes selected tickets, reporting the one refused', async () => {
    const user = userEvent.setup();
    const { desk, tickets } = await threeIncidents();
    await renderDesk(<TicketsPage />, { desk, user: 'sam' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const [a, b, c] = tickets as [(typeof tickets)[0], (typeof tickets)[0], (typeof tickets)[0]];
    await user.click(screen.getByRole('checkbox', { name: `Select ${a.number}` }));
    await user.click(screen.getByRole('checkbox', { name: `Select ${b.number}` }));
    const bar = screen.getByRole('toolbar', { name: 'Bulk actions' });
    await waitFor(() => expect(within(bar).getByRole('button', { name: 'Claim' })).toBeEnabled());
    await user.click(within(bar).getByRole('button', { name: 'Claim' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Claim: 2 of 2 done.');

    await user.click(screen.getByRole('checkbox', { name: 'Select all listed tickets' }));
    const close = await screen.findByRole('button', { name: /^Close/ });
    await waitFor(() => expect(close).toBeEnabled());
    await user.click(close);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Close: 2 of 3 done.');
    expect(within(alert).getByRole('list', { name: 'Refused tickets' })).toHaveTextContent(
      c.number,
    );
    expect((await desk.runtime.getTicket(a.id)).status).toBe('closed');
    expect((await desk.runtime.getTicket(c.id)).status).toBe('open');
    // The refused ticket stays selected, to try something else on it.
    expect(screen.getByRole('checkbox', { name: `Select ${c.number}` })).toBeChecked();
  });

  it('sorts by a column header and remembers the chosen columns per user', async () => {
    const user = userEvent.setup();
    const { desk } = await threeIncidents();
    const view = await renderDesk(<TicketsPage />, { desk, user: 'sam' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Title' }));
    await waitFor(() =>
      expect(rows().map((r) => (r as HTMLTableRowElement).cells[2]?.textContent)).toEqual([
        'Another printer jam',
        'Badge reader broken',
        'Calendar not syncing',
      ]),
    );
    expect(screen.getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(screen.getByRole('checkbox', { name: 'Requester' }));
    expect(screen.queryByRole('columnheader', { name: 'Requester' })).not.toBeInTheDocument();
    view.unmount();
    await renderDesk(<TicketsPage />, { desk, user: 'sam' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByRole('columnheader', { name: 'Requester' })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Title' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('saves the list as a view, finds it after a reload, and exports it as CSV', async () => {
    const user = userEvent.setup();
    const { desk } = await threeIncidents();
    const view = await renderDesk(<TicketsPage />, { desk, user: 'sam' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'printer');
    await waitFor(() => expect(rows()).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Save view…' }));
    await user.type(screen.getByLabelText('Name'), 'Printers');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(await screen.findByRole('status')).toHaveTextContent('View “Printers” saved.');
    view.unmount();

    await renderDesk(<TicketsPage />, { desk, user: 'sam' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const picker = screen.getByRole('combobox', { name: 'Saved view' });
    await waitFor(() =>
      expect(screen.getByRole('option', { name: 'Printers' })).toBeInTheDocument(),
    );
    await user.selectOptions(picker, 'Printers');
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(screen.getByRole('searchbox', { name: 'Search tickets' })).toHaveValue('printer');

    const blobs: Blob[] = [];
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:csv';
    };
    URL.revokeObjectURL = () => {};
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Exported 1 ticket.');
    const csv = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blobs[0]!);
    });
    expect(csv.split('\r\n')[0]).toContain('Ticket,Title,Status');
    expect(csv).toContain('Another printer jam');

    // The same list as a workbook, read back with exceljs.
    await user.click(screen.getByRole('button', { name: 'Export XLSX' }));
    await waitFor(() => expect(blobs).toHaveLength(2), { timeout: 10_000 });
    const bytes = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blobs[1]!);
    });
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.getWorksheet('Tickets')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual([
      'Ticket',
      'Title',
      'Status',
    ]);
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(2).value).toBe('Another printer jam');
  });

  it('a requester sees their own tickets and no bulk bar until they select', async () => {
    const { desk } = await threeIncidents();
    await renderDesk(<TicketsPage />, { desk, user: 'alice' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(screen.queryByRole('toolbar', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  it('marks the rows of the previous query busy, and not selectable, until the search answers', async () => {
    const { desk, tickets } = await threeIncidents();
    await renderDesk(<TicketsPage />, { desk, user: 'sam' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const table = screen.getByRole('table', { name: 'Tickets' });
    expect(table).toHaveAttribute('aria-busy', 'false');
    const results = screen.getByRole('region', { name: 'Results' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search tickets' }), {
      target: { value: 'printer' },
    });
    // The search has not answered yet: the three rows shown are the previous query's.
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(within(results).getByRole('heading', { level: 2 })).toHaveTextContent('Results …');
    expect(screen.getByRole('checkbox', { name: 'Select all listed tickets' })).toBeDisabled();
    expect(
      screen.getByRole('checkbox', { name: `Select ${tickets[0]?.number ?? ''}` }),
    ).toBeDisabled();

    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
    expect(rows()).toHaveLength(1);
    expect(within(results).getByRole('heading', { level: 2 })).toHaveTextContent('Results 1');
    expect(screen.getByRole('checkbox', { name: 'Select all listed tickets' })).toBeEnabled();
  });

  it('counts a search beyond one page and shows the rest on demand, never by work notes', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const start = (summary: string) =>
      desk.runtime.startTicket({
        workflow: 'incident',
        actor: 'alice',
        data: { summary, priority: 'P3' },
      });
    for (let i = 0; i < 103; i++) await start(`Toner ${i} streaks`);
    // The word only in a work note: the requester's search does not count it.
    const noted = await start('Scanner offline');
    await desk.runtime.act({
      ticket: noted.id,
      action: 'comment',
      actor: 'sam',
      comment: 'toner vendor called',
      internal: true,
    });
    await renderDesk(<TicketsPage />, { desk, user: 'alice' });
    await user.type(screen.getByRole('searchbox', { name: 'Search tickets' }), 'toner');
    await waitFor(() => expect(rows()).toHaveLength(100));
    const results = screen.getByRole('region', { name: 'Results' });
    expect(within(results).getByRole('heading', { level: 2 })).toHaveTextContent('Results 103');
    expect(results).toHaveTextContent('Showing 100 of 103.');
    await user.click(within(results).getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(rows()).toHaveLength(103));
    expect(within(results).queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(screen.queryByRole('row', { name: new RegExp(noted.number) })).not.toBeInTheDocument();
  });
});
