import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChartData } from './chart.types';
import { LineChart } from './LineChart';

const days: ChartData = {
  categories: ['Nov 21', 'Nov 22', 'Nov 23'],
  series: [
    { name: 'P1', values: [1, 0, 2], color: '#ef4444' },
    { name: 'P2', values: [4, 6, 6] },
  ],
};

describe('LineChart', () => {
  it('draws on a canvas inside one named image, a legend entry per series and a table', () => {
    render(<LineChart label="New tickets per day" data={days} />);
    const figure = screen.getByRole('img', { name: 'New tickets per day' });
    expect(figure.querySelector('canvas')).not.toBeNull();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['P1', 'P2']);
    const table = screen.getByRole('table', { name: 'New tickets per day' });
    expect(within(table).getByRole('row', { name: 'Nov 23 2 6' })).toBeInTheDocument();
  });

  it('moves through the days with the keyboard, with the total of stacked areas', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<LineChart area label="Per day" data={days} onSelect={onSelect} />);
    await user.tab();
    expect(screen.getByText('Nov 21: P1 1, P2 4, Total 5')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByText('Nov 23: P1 2, P2 6, Total 8')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(2);
    await user.keyboard('{Home}');
    expect(screen.getByText(/^Nov 21:/)).toBeInTheDocument();
  });

  it('shows the empty message when no series has a value', () => {
    render(
      <LineChart
        label="Empty"
        data={{ categories: ['a'], series: [{ name: 'x', values: [0] }] }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No data for this chart.');
  });
});
