import { DeskkitI18nProvider } from '@deskkit/forms';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  businessCalendar,
  SIMULATION_START,
  simulatedCheck,
  simulatedParent,
  simulatedPeople,
  simulatedRequest,
} from './fixtures';
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
    // The sample data, in the request's own form, fills the required summary and picks the first
    // priority; the admin changes the summary as a requester would.
    const sample = screen.getByRole('group', { name: 'Sample data' });
    const summary = await within(sample).findByRole('textbox', { name: /Summary/ });
    expect(summary).toHaveValue('Sample summary');
    await user.clear(summary);
    await user.type(summary, 'Printer jam');
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

  it('says why an incomplete definition cannot run', async () => {
    const user = userEvent.setup();
    render(
      <WorkflowSimulator
        definition={{ ...simulatedRequest(), edges: [] }}
        people={simulatedPeople}
        start={SIMULATION_START}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Start simulation' }));
    await waitFor(
      () =>
        expect(screen.getByRole('alert')).toHaveTextContent(
          /has 8 problems.*cannot be reached from the start/,
        ),
      { timeout: 10_000 },
    );
  });

  it('says it in the UI language: the refusal and each finding in Chinese under a zh-CN provider', async () => {
    const user = userEvent.setup();
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <WorkflowSimulator
          definition={{ ...simulatedRequest(), edges: [] }}
          people={simulatedPeople}
          start={SIMULATION_START}
        />
      </DeskkitI18nProvider>,
    );
    await user.click(await screen.findByRole('button', { name: /开始模拟|Start simulation/ }));
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    // No English sentence is left: the refusal and its findings come from the zh-CN catalogs.
    expect(alert).toHaveTextContent(/此流程定义有 8 个问题.*从开始节点无法到达任务“fix”/);
    expect(alert).not.toHaveTextContent(/cannot be published|unreachable|no outgoing/i);
    for (const item of within(alert).getAllByRole('listitem'))
      expect(item.textContent).toMatch(/[\u4e00-\u9fff]/);
  });

  it('runs the host functions and the sub-workflows the definition starts', async () => {
    const user = userEvent.setup();
    render(
      <WorkflowSimulator
        definition={simulatedParent()}
        people={simulatedPeople}
        start={SIMULATION_START}
        formatTime={iso}
        handlers={{ lookupAsset: (input) => ({ asset: `Asset for ${String(input.what)}` }) }}
        loadWorkflow={async () => simulatedCheck()}
      />,
    );
    const sample = screen.getByRole('group', { name: 'Sample data' });
    await user.type(await within(sample).findByRole('textbox', { name: /Summary/ }), ' swap');
    await user.click(screen.getByRole('button', { name: 'Start simulation' }));
    const children = await screen.findByRole(
      'region',
      { name: 'Sub-workflows' },
      { timeout: 10_000 },
    );
    expect(children).toHaveTextContent('(Security check): open, at Scan the laptop');
    const work = screen.getByRole('region', { name: 'Work at the current steps' });
    expect(work).toHaveTextContent('Scan the laptop: held by Kim Agent');
    const actions = await screen.findByRole('group', { name: 'Actions of Kim Agent' });
    await user.click(await within(actions).findByRole('button', { name: 'submit' }));
    await waitFor(() => expect(children).toHaveTextContent('(Security check): resolved'));
    await waitFor(() =>
      expect(screen.getByText(/: resolved$/, { selector: 'p' })).toBeInTheDocument(),
    );
    expect(screen.getByRole('region', { name: 'What happened' })).toHaveTextContent(
      'Entered Scan the laptop',
    );
  });
});
