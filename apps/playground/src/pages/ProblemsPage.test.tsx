import { screen, within } from '@testing-library/react';
import { freshDesk } from '../desk/testing';
import { renderDesk } from '../desk/renderDesk';
import { problemScene } from './problemScene';
import { ProblemsPage } from './ProblemsPage';

describe('<ProblemsPage>', () => {
  it('lists open problems, known errors first, with their linked incident counts', async () => {
    const desk = await freshDesk();
    const { known, open } = await problemScene(desk);
    await renderDesk(<ProblemsPage />, { desk, user: 'lea' });
    const table = await screen.findByRole('table', { name: 'Open problems' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      known.number,
      open.number,
    ]);
    expect(within(rows[0]!).getAllByRole('cell')[3]).toHaveTextContent('2');
    expect(rows[0]).toHaveTextContent('Known error — Reconnect with the backup gateway');
    expect(rows[1]).toHaveTextContent('Under investigation');
    const figures = screen.getByRole('list', { name: 'Problem figures' });
    expect(figures).toHaveTextContent('2 open problems');
    expect(figures).toHaveTextContent('1 known errors');
    expect(figures).toHaveTextContent('2 linked incidents');
  });

  it('says so when no problem is open', async () => {
    await renderDesk(<ProblemsPage />, { user: 'lea' });
    expect(await screen.findByText('No open problem.')).toBeInTheDocument();
  });
});
