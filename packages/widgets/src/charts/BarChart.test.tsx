import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BarChart } from './BarChart';
import type { ChartData } from './chart.types';

const byStatus: ChartData = {
  categories: ['Open', 'On hold', 'Resolved'],
  series: [{ name: 'Tickets', values: [10, 20, 5] }],
  categoryColors: ['#111111', '#222222', undefined],
};
const stackedData: ChartData = {
  categories: ['incident', 'change'],
  series: [
    { name: 'Open', values: [6, 2] },
    { name: 'Closed', values: [2, 3] },
  ],
};

describe('BarChart', () => {
  it('is one image named by its label over a canvas, with the figures as a table', () => {
    render(<BarChart label="Tickets by status" data={byStatus} />);
    const figure = screen.getByRole('img', { name: 'Tickets by status' });
    expect(figure.querySelector('canvas')).not.toBeNull();
    const table = screen.getByRole('table', { name: 'Tickets by status' });
    expect(within(table).getByRole('row', { name: 'On hold 20' })).toBeInTheDocument();
    // A single series has no legend.
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('names the series of a stacked chart in a legend, hidden on request', () => {
    const { rerender } = render(<BarChart stacked label="Workflows" data={stackedData} />);
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Open', 'Closed']);
    rerender(<BarChart stacked hideLegend label="Workflows" data={stackedData} />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says there is nothing to show instead of drawing an empty axis', () => {
    render(
      <BarChart
        label="Nothing"
        emptyMessage="No tickets yet."
        data={{ categories: ['Open'], series: [{ name: 'Tickets', values: [0] }] }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No tickets yet.');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('is one tab stop: focus reads the first bar, arrows move, Enter chooses', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<BarChart label="Tickets by status" data={byStatus} onSelect={onSelect} />);
    await user.tab();
    const figure = screen.getByRole('img', { name: 'Tickets by status' });
    expect(figure).toHaveFocus();
    expect(figure).toHaveAccessibleDescription(/Enter opens the selected one.*Open: Tickets 10/);
    await user.keyboard('{ArrowRight}');
    expect(figure).toHaveAttribute('data-active', '1');
    expect(screen.getByText('On hold: Tickets 20')).toBeInTheDocument();
    await user.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(2);
    await user.keyboard('{Home} ');
    expect(onSelect).toHaveBeenLastCalledWith(0);
    await user.keyboard('{Escape}');
    expect(figure).not.toHaveAttribute('data-active');
    expect(screen.queryByText(/Open: Tickets 10/)).not.toBeInTheDocument();
  });

  it('reads the total of a stack', async () => {
    const user = userEvent.setup();
    render(<BarChart stacked label="Workflows" data={stackedData} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('change: Open 2, Closed 3, Total 5')).toBeInTheDocument();
  });
});
