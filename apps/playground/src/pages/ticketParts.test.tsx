import { screen, within } from '@testing-library/react';
import { renderDesk } from '../desk/renderDesk';
import { freshDesk } from '../desk/testing';
import { twoVersionScene } from './studio/scenes';
import { SlaClocks, Timeline } from './ticketParts';

describe('ticket parts', () => {
  it('the timeline tells people what happened, newest first, with names not ids', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'laptop-dead',
    });
    const def = await desk.runtime.client('alice').getDefinition('incident');
    await renderDesk(
      <Timeline
        events={await desk.runtime.history(ticket.id)}
        nodeName={(id) => def.nodes.find((n) => n.id === id)?.name ?? id ?? ''}
        nodeType={(id) => def.nodes.find((n) => n.id === id)?.type}
        policyName={(id) => def.sla?.find((p) => p.id === id)?.name ?? id}
        ruleName={(id) => def.triggers?.find((r) => r.id === id)?.name ?? id}
      />,
      { desk },
    );
    const items = within(screen.getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(items.at(-1)).toHaveTextContent('Alice Martin raised the ticket');
    expect(screen.getByText('Rule “Priority follows the form” ran')).toBeInTheDocument();
    expect(screen.getByText('Priority set to P3')).toBeInTheDocument();
    // Gateways are plumbing: entering them is not shown.
    expect(screen.queryByText(/Entered “Priority\?”/)).not.toBeInTheDocument();
  });

  it('says who moved a ticket to another workflow version, and which steps were renamed', async () => {
    const desk = await freshDesk();
    const { ticket, v2 } = await twoVersionScene(desk);
    await desk.runtime.migrateTickets({
      workflow: 'laptop',
      from: 1,
      mapping: { handle: 'triage' },
      actor: 'ada',
    });
    await renderDesk(
      <Timeline
        events={await desk.runtime.history(ticket.id)}
        nodeName={(id) => String(v2.nodes.find((n) => n.id === id)?.name ?? id ?? '')}
        nodeType={(id) => v2.nodes.find((n) => n.id === id)?.type}
        policyName={(id) => id}
        ruleName={(id) => id}
      />,
      { desk },
    );
    expect(
      screen.getByText('Ada Admin moved it from workflow version 1 to 2 (handle → Triage)'),
    ).toBeInTheDocument();
  });

  it('a ticket-level action (a comment) names no step', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'laptop-dead',
    });
    await desk.runtime.act({
      ticket: ticket.id,
      action: 'comment',
      actor: 'alice',
      comment: 'Thanks!',
    });
    const events = await desk.runtime.history(ticket.id);
    await renderDesk(
      <Timeline
        events={events}
        nodeName={(id) => id ?? ''}
        nodeType={() => undefined}
        policyName={(id) => id}
        ruleName={(id) => id}
      />,
      { desk },
    );
    expect(screen.getByText('Alice Martin: comment')).toBeInTheDocument();
    expect(screen.queryByText(/comment at/)).not.toBeInTheDocument();
  });

  it('SLA clocks name their policy and count working hours on a business calendar', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'laptop-dead',
    });
    await renderDesk(
      <SlaClocks clocks={ticket.sla} now={desk.clock.now()} policyName={() => 'P3 – medium'} />,
      { desk },
    );
    const resolution = screen
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-target') === 'resolution')!;
    expect(resolution).toHaveTextContent('P3 – medium');
    expect(resolution).toHaveTextContent('27 h 00 min of working time left');
    expect(within(resolution).getByRole('meter')).toHaveAttribute('aria-valuenow', '0');
  });

  it('a cancelled SLA clock says so and when it stopped, with no time left counted', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'laptop-dead',
    });
    const clocks = ticket.sla.map((c) =>
      c.target === 'resolution'
        ? { ...c, state: 'cancelled' as const, cancelledAt: '2026-11-24T09:30:00Z' }
        : c,
    );
    await renderDesk(
      <SlaClocks clocks={clocks} now={desk.clock.now()} policyName={() => 'P3 – medium'} />,
      { desk },
    );
    const resolution = screen
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('data-target') === 'resolution')!;
    expect(resolution).toHaveAttribute('data-sla', 'cancelled');
    expect(resolution).toHaveTextContent('Cancelled');
    expect(resolution).toHaveTextContent('Stopped 24 Nov, 10:30');
    expect(resolution).not.toHaveTextContent(/left|late|On track/);
  });
});
