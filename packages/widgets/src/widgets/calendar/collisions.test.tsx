import { DeskkitI18nProvider } from '@deskkit/forms';
import type { Ticket } from '@deskkit/runtime';
import { render, screen, within } from '@testing-library/react';
import { createFakeDataSource } from '../../testing/fakeDataSource';
import { SingleWidget } from '../../testing/SingleWidget';
import { fixtureDataSource } from '../../testing/fixtures';

const NOW = new Date('2026-11-23T09:00:00.000Z');
const change = (id: string, target: string, start: string, end: string, status = 'open') =>
  ({
    id,
    number: id.toUpperCase(),
    title: `Change ${id}`,
    status,
    workflow: { key: 'change-request', version: 1 },
    createdAt: '2026-11-20T09:00:00.000Z',
    data: { target, plannedStart: start, plannedEnd: end },
  }) as unknown as Ticket;

describe('change calendar: collisions and days', () => {
  it('flags the changes the data source says collide (the runtime rule), and says how many', async () => {
    const ds = fixtureDataSource();
    const asked: string[] = [];
    const answer = ds.changeCollisions!.bind(ds);
    ds.changeCollisions = (query) => {
      asked.push(query.target);
      return answer(query);
    };
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'changeCalendar', config: { targetField: 'target' } }}
      />,
    );
    expect(
      await screen.findByText('2 changes collide: same CI or service, overlapping windows.'),
    ).toHaveAttribute('role', 'status');
    const flagged = screen.getAllByRole('button', { name: /Collides with CHG-/ });
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    expect(flagged[0]).toHaveClass('dk-cal__entry--collision');
    // Asked once per open change with a CI, with its own window and CI.
    expect(asked).toContain('CI-4002');
  });

  it('follows the runtime: touching windows and closed or rejected changes do not collide', async () => {
    const ds = createFakeDataSource({
      now: NOW,
      tickets: [
        change('a', 'CI-1', '2026-11-24T18:00:00Z', '2026-11-24T22:00:00Z'),
        change('b', 'CI-1', '2026-11-24T21:00:00Z', '2026-11-25T01:00:00Z'),
        // Starts when a ends: touching is not overlapping (it still overlaps b).
        change('c', 'CI-1', '2026-11-24T22:00:00Z', '2026-11-24T23:00:00Z'),
        change('d', 'CI-2', '2026-11-24T18:00:00Z', '2026-11-24T22:00:00Z'),
        change('e', 'CI-1', '2026-11-24T18:00:00Z', '2026-11-24T22:00:00Z', 'rejected'),
      ],
    });
    render(
      <SingleWidget
        dataSource={ds}
        instance={{ type: 'changeCalendar', config: { view: 'week', targetField: 'target' } }}
      />,
    );
    await screen.findByText('3 changes collide: same CI or service, overlapping windows.');
    const name = (id: string) => new RegExp(`^${id.toUpperCase()} `);
    expect(screen.getAllByRole('button', { name: name('a') })[0]).toHaveAccessibleName(
      /Collides with B\b/,
    );
    expect(screen.getAllByRole('button', { name: name('b') })[0]).toHaveAccessibleName(
      /Collides with A, C\b/,
    );
    expect(screen.getAllByRole('button', { name: name('d') })[0]).not.toHaveClass(
      'dk-cal__entry--collision',
    );
    expect(screen.getAllByRole('button', { name: name('e') })[0]).not.toHaveClass(
      'dk-cal__entry--collision',
    );
  });

  it('lays days out in the desk time zone (the provider’s), not the browser’s', async () => {
    // 20:00 UTC on the 24th is 09:00 on the 25th in Auckland.
    const ds = createFakeDataSource({
      now: NOW,
      tickets: [change('a', 'CI-1', '2026-11-24T20:00:00Z', '2026-11-24T21:00:00Z')],
    });
    render(
      <DeskkitI18nProvider timeZone="Pacific/Auckland">
        <SingleWidget
          dataSource={ds}
          instance={{ type: 'changeCalendar', config: { view: 'week' } }}
        />
      </DeskkitI18nProvider>,
    );
    const day25 = await screen.findByRole('listitem', { name: /November 25/ });
    expect(await within(day25).findByRole('button', { name: /^A / })).toHaveTextContent('9:00');
    const day24 = screen.getByRole('listitem', { name: /November 24/ });
    expect(within(day24).queryByRole('button')).toBeNull();
  });
});
