import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { businessCalendar, SIMULATION_START, simulatedPeople, simulatedRequest } from './fixtures';
import { WorkflowSimulator } from './WorkflowSimulator';

const iso = (s: string) => s;

describe('WorkflowSimulator', () => {
  it('runs the edited definition: SLA due on its calendar, a breach as time advances, the branch taken', async () => {
    const user = userEvent.setup();
    render(
      <WorkflowSimulator
        definition={simulatedRequest()}
        people={simulatedPeople}
        calendars={{ business: businessCalendar }}
        start={SIMULATION_START}
        formatTime={iso}
      />,
    );
    // The sample data fills the required summary and picks the first priority.
    expect(screen.getByLabelText('Sample data (JSON)')).toHaveValue(
      JSON.stringify({ summary: 'Sample summary', priority: 'low' }, null, 2),
    );
    await user.click(screen.getByRole('button', { name: 'Start simulation' }));
    // The first run loads the runtime.
    expect(await screen.findByText(/: open, at Fix$/, {}, { timeout: 10_000 })).toBeInTheDocument();
    const sla = screen.getByRole('region', { name: 'SLA clocks' });
    expect(sla).toHaveTextContent(
      'Resolve (resolution): running, due 2026-11-23T13:00:00.000Z on the business calendar',
    );
    const work = screen.getByRole('region', { name: 'Work at the current steps' });
    expect(work).toHaveTextContent('Fix: held by Kim Agent');

    // Two hours: half the target, the warning; two more: the breach.
    await user.click(screen.getByRole('button', { name: '+1 hour' }));
    await user.click(screen.getByRole('button', { name: '+1 hour' }));
    const events = screen.getByRole('region', { name: 'What happened' });
    expect(await within(events).findByText(/SLA warning: Resolve/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '+1 hour' }));
    await user.click(screen.getByRole('button', { name: '+1 hour' }));
    await waitFor(() => expect(sla).toHaveTextContent('breached'));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Simulated time: 2026-11-23T13:00:00.000Z',
    );
    expect(within(events).getByText(/SLA breached: Resolve/)).toBeInTheDocument();

    // Kim holds the work, so the simulator acts as Kim.
    const actions = await screen.findByRole('group', { name: 'Actions of Kim Agent' });
    await user.click(await within(actions).findByRole('button', { name: 'submit' }));
    const branches = screen.getByRole('region', { name: 'Branches taken' });
    await waitFor(() => expect(branches).toHaveTextContent('Urgent? → Done'));
    expect(branches).toHaveTextContent('no other condition held (default)');
    await waitFor(() =>
      expect(screen.getByText(/: resolved$/, { selector: 'p' })).toBeInTheDocument(),
    );
  });

  it('says why an incomplete definition cannot run, and refuses sample data that is not an object', async () => {
    const user = userEvent.setup();
    render(
      <WorkflowSimulator
        definition={{ ...simulatedRequest(), edges: [] }}
        people={simulatedPeople}
        start={SIMULATION_START}
      />,
    );
    const data = screen.getByLabelText('Sample data (JSON)');
    await user.clear(data);
    await user.type(data, '[[1]');
    await user.click(screen.getByRole('button', { name: 'Start simulation' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The sample data is not a JSON object.');
    await user.clear(data);
    await user.type(data, '{{"summary": "x"}');
    await user.click(screen.getByRole('button', { name: 'Start simulation' }));
    await waitFor(
      () => expect(screen.getByRole('alert')).toHaveTextContent(/cannot be published/),
      {
        timeout: 10_000,
      },
    );
  });
});
