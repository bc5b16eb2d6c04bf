import type { Ticket } from '@deskkit/runtime';
import { render, screen } from '@testing-library/react';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';
import { changeCollisions } from './collisions';

const change = (id: string, target: string, start: string, end: string, status = 'open') =>
  ({
    id,
    number: id.toUpperCase(),
    status,
    data: { target, plannedStart: start, plannedEnd: end },
  }) as unknown as Ticket;

const fields = { startField: 'plannedStart', endField: 'plannedEnd', targetField: 'target' };

describe('change collisions', () => {
  it('pairs changes on the same CI whose windows overlap, and nothing else', () => {
    const found = changeCollisions(
      [
        change('a', 'CI-1', '2026-11-24T18:00:00Z', '2026-11-24T22:00:00Z'),
        change('b', 'CI-1', '2026-11-24T21:00:00Z', '2026-11-25T01:00:00Z'),
        // Starts when a ends: touching is not overlapping.
        change('c', 'CI-1', '2026-11-24T22:00:00Z', '2026-11-24T23:00:00Z'),
        change('d', 'CI-2', '2026-11-24T18:00:00Z', '2026-11-24T22:00:00Z'),
        change('e', 'CI-1', '2026-11-24T18:00:00Z', '2026-11-24T22:00:00Z', 'cancelled'),
      ],
      fields,
    );
    expect([...found].map(([id, others]) => [id, others.map((o) => o.id)])).toEqual([
      ['a', ['b']],
      ['b', ['a', 'c']],
      ['c', ['b']],
    ]);
  });

  it('the calendar flags colliding changes and says how many collide', async () => {
    render(
      <SingleWidget
        dataSource={fixtureDataSource()}
        instance={{ type: 'changeCalendar', config: { targetField: 'target' } }}
      />,
    );
    expect(
      await screen.findByText('2 changes collide: same CI or service, overlapping windows.'),
    ).toHaveAttribute('role', 'status');
    const flagged = screen.getAllByRole('button', { name: /Collides with CHG-/ });
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    expect(flagged[0]).toHaveClass('dk-cal__entry--collision');
  });
});
