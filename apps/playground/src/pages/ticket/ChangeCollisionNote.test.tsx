import { screen } from '@testing-library/react';
import { renderDesk } from '../../desk/renderDesk';
import { freshDesk } from '../../desk/testing';
import { ChangeCollisionNote } from './ChangeCollisionNote';

const plan = {
  summary: 'Upgrade the core switch',
  target: 'CI-1001',
  risk: 'medium',
  plannedStart: '2026-12-12T20:00:00.000Z',
  plannedEnd: '2026-12-12T23:00:00.000Z',
};

describe('<ChangeCollisionNote>', () => {
  it('warns of an open change on the same CI in an overlapping window, as the runtime answers', async () => {
    const desk = await freshDesk();
    const other = await desk.runtime.startTicket({
      workflow: 'change-request',
      actor: 'nina',
      data: plan,
    });
    await desk.runtime.startTicket({
      workflow: 'change-request',
      actor: 'nina',
      data: { ...plan, target: 'CI-1002', summary: 'Patch the database' },
    });
    await renderDesk(
      <ChangeCollisionNote
        workflow="change-request"
        data={{
          ...plan,
          plannedStart: '2026-12-12T22:00:00.000Z',
          plannedEnd: '2026-12-13T01:00:00.000Z',
        }}
      />,
      { desk, user: 'omar' },
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 other change on CI-1001 overlaps this window.');
    expect(screen.getByRole('link', { name: other.number })).toHaveAttribute(
      'href',
      `#/ticket/${other.id}`,
    );
  });

  it('confirms a clear window: nothing else on the CI then, and never the change itself', async () => {
    const desk = await freshDesk();
    const own = await desk.runtime.startTicket({
      workflow: 'change-request',
      actor: 'nina',
      data: plan,
    });
    await renderDesk(
      <ChangeCollisionNote workflow="change-request" data={plan} ticket={own.id} />,
      {
        desk,
        user: 'omar',
      },
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'No other open change on CI-1001 in this window.',
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks nothing for a form that is not a change or has no full window yet', async () => {
    const desk = await freshDesk();
    const { container } = await renderDesk(
      <>
        <ChangeCollisionNote workflow="incident" data={plan} />
        <ChangeCollisionNote workflow="change-request" data={{ ...plan, plannedEnd: undefined }} />
      </>,
      { desk, user: 'omar' },
    );
    expect(container.querySelector('.pg-collision, .pg-collision-none')).toBeNull();
  });
});
