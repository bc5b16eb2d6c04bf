import { render, screen, within } from '@testing-library/react';
import { itsmChangeDefinition, itsmChangeTicket } from '../fixtures/definitions';
import { defaultNodeKinds } from '../model/nodeKinds';
import { deriveProgress } from './progress';
import { WorkflowViewer } from './WorkflowViewer';

describe('deriveProgress', () => {
  it('reads the path taken, the current steps and who did what from the history', () => {
    const { ticket, history } = itsmChangeTicket();
    const p = deriveProgress(itsmChangeDefinition(), ticket, history);
    expect(p.visited).toEqual([
      'start',
      'assess',
      'route',
      'cab',
      'go',
      'split',
      'implement',
      'notify',
      'join',
    ]);
    expect(p.current).toEqual(['implement', 'join']);
    expect([...p.taken].sort()).toEqual(
      [
        'e-assess',
        'e-cab-ok',
        'e-go',
        'e-impl',
        'e-normal',
        'e-notify',
        'e-notify-done',
        'e-start',
      ].sort(),
    );
    expect(p.taken.has('e-emergency')).toBe(false);
    expect(p.records.get('cab')?.map((r) => [r.actor, r.action, r.outcome])).toEqual([
      ['carol', 'approve', 'approved'],
      ['dave', 'approve', 'approved'],
    ]);
    expect(p.ola.get('implement')?.state).toBe('breached');
    expect(p.sla.map((c) => c.target)).toEqual(['response', 'resolution']);
  });

  it('prefers the edge the engine recorded on the event', () => {
    const def = itsmChangeDefinition();
    const p = deriveProgress(def, { active: ['ecab'], sla: [] }, [
      {
        id: '1',
        ticketId: 't',
        seq: 1,
        at: '2026-01-01T00:00:00Z',
        type: 'entered',
        nodeId: 'route',
      },
      {
        id: '2',
        ticketId: 't',
        seq: 2,
        at: '2026-01-01T00:00:00Z',
        type: 'entered',
        nodeId: 'ecab',
        detail: { edgeId: 'e-emergency' },
      },
    ]);
    expect([...p.taken]).toEqual(['e-emergency']);
  });
});

describe('WorkflowViewer', () => {
  it('shows the ticket, its SLA badges and a timeline of who acted when', () => {
    const { ticket, history } = itsmChangeTicket();
    render(
      <WorkflowViewer
        definition={itsmChangeDefinition()}
        ticket={ticket}
        history={history}
        formatTime={(iso) => iso.slice(11, 16)}
        formatActor={(id) => id.toUpperCase()}
      />,
    );
    const region = screen.getByRole('region', { name: 'Workflow progress' });
    expect(within(region).getByText('CHG-20261123-0001')).toBeInTheDocument();
    expect(within(region).getByText('Standard resolution: due 08:02')).toBeInTheDocument();
    const steps = within(region).getByRole('region', { name: 'Steps' });
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.dk-timeline__name')?.textContent)).toEqual([
      'Raise RFC Done',
      'Assess & classify Done',
      'Change type? Done',
      'CAB review Done',
      'Go ahead Done',
      'Prepare Done',
      'Implement change In progress',
      'Notify stakeholders Done',
      'Done In progress',
    ]);
    expect(within(steps).getByText(/approve \(approved\) by CAROL · 10:15/)).toBeInTheDocument();
    expect(within(steps).getByText('Normal change, medium risk')).toBeInTheDocument();
    // On the canvas, the current step is announced as in progress and the OLA badge is shown.
    expect(screen.getByLabelText('Task Implement change: In progress')).toBeInTheDocument();
    expect(screen.getByText('OLA breached')).toBeInTheDocument();
  });

  it('shows a cancelled SLA clock as cancelled, not as running or warned', () => {
    const { ticket, history } = itsmChangeTicket();
    const sla = ticket.sla.map((c) =>
      c.target === 'resolution' ? { ...c, state: 'cancelled' as const } : c,
    );
    render(
      <WorkflowViewer
        definition={itsmChangeDefinition()}
        ticket={{ ...ticket, sla }}
        history={history}
        formatTime={(iso) => iso.slice(11, 16)}
      />,
    );
    const badge = screen.getByText('Standard resolution: cancelled');
    expect(badge.className).not.toMatch(/warn/);
    expect(screen.queryByText(/Standard resolution: due/)).not.toBeInTheDocument();
  });

  it("says nothing of who works a step whose assignment is left out (a requester's definition)", () => {
    const { ticket, history } = itsmChangeTicket();
    const def = itsmChangeDefinition();
    const outline = {
      ...def,
      nodes: def.nodes.map((n) => {
        if (n.type !== 'task' && n.type !== 'approval') return n;
        const { assign: _assign, ...rest } = n;
        return rest;
      }),
    };
    const { container } = render(
      <WorkflowViewer definition={outline} ticket={ticket} history={history} />,
    );
    const summaries = [...container.querySelectorAll('.dk-node__summary')].map(
      (e) => e.textContent,
    );
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries.join(' ')).not.toMatch(/Unassigned|·/);
  });

  it('keeps side handles level with the nominal middle of each step, however tall a card grows', () => {
    const { ticket, history } = itsmChangeTicket();
    const { container } = render(
      <WorkflowViewer definition={itsmChangeDefinition()} ticket={ticket} history={history} />,
    );
    const handles = (id: string, side: 'left' | 'right') =>
      container.querySelector<HTMLElement>(
        `.react-flow__node[data-id="${id}"] .react-flow__handle-${side}`,
      );
    // The "assess" card carries trail lines and a badge below its name; its handles stay at the
    // middle of a 76 px card, level with the middle of the 56 px start circle centred on that line.
    expect(handles('assess', 'left')?.style.top).toBe(`${defaultNodeKinds.task.height / 2}px`);
    expect(handles('assess', 'right')?.style.top).toBe(`${defaultNodeKinds.task.height / 2}px`);
    expect(handles('start', 'right')?.style.top).toBe(`${defaultNodeKinds.start.height / 2}px`);
    // The approval's rejected handle stays on the bottom edge.
    const rejected = container.querySelector<HTMLElement>(
      '.react-flow__node[data-id="cab"] .react-flow__handle-bottom',
    );
    expect(rejected?.style.top).toBe('');
  });
});
