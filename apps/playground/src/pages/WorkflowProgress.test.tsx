import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderDesk } from '../desk/renderDesk';
import { fittedHeight, WorkflowProgress } from './WorkflowProgress';

describe('<WorkflowProgress>', () => {
  it('expands over the window and shrinks back with Escape', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<div />, { user: 'alice' });
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'laptop-dead',
    });
    const definition = await desk.runtime.client('alice').getDefinition('incident');
    const history = await desk.runtime.history(ticket.id);
    await renderDesk(
      <WorkflowProgress definition={definition} ticket={ticket} history={history} />,
      {
        desk,
        user: 'alice',
      },
    );
    expect(screen.getByRole('region', { name: 'Workflow progress' })).toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: 'Expand' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Shrink' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Progress' })).toHaveClass('pg-progress-expanded');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Expand' })).toBeInTheDocument();
  });

  it('gives a flat workflow a short viewer and a deep one a tall viewer', async () => {
    const { desk } = await renderDesk(<div />);
    const change = await desk.runtime.client('alice').getDefinition('change-request');
    const flat = {
      ...change,
      nodes: change.nodes.map((n, i) => ({ ...n, position: { x: i * 240, y: 0 } })),
    };
    const deep = {
      ...change,
      nodes: change.nodes.map((n, i) => ({ ...n, position: { x: 0, y: i * 120 } })),
    };
    expect(fittedHeight(flat, 1100)).toBe(300);
    expect(fittedHeight(deep, 1100)).toBe(640);
    // Unmeasured (no layout): a middle height.
    expect(fittedHeight(deep, 0)).toBe(480);
  });
});
