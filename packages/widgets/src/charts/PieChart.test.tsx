import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PieChart, pieSlices } from './PieChart';
import type { ChartData } from './chart.types';

const mix: ChartData = {
  categories: ['P1', 'P2', 'P3', 'P4'],
  series: [{ name: 'Tickets', values: [1, 3, 0, 4] }],
  categoryColors: ['#ef4444', '#f97316', '#6366f1', '#94a3b8'],
};

describe('PieChart', () => {
  it('gives each non-zero category a slice of its share and a legend entry', () => {
    render(<PieChart label="Priority mix" data={mix} />);
    expect(
      screen.getByRole('img', { name: 'Priority mix' }).querySelector('canvas'),
    ).not.toBeNull();
    expect(pieSlices(mix).map((s) => (s.a1 - s.a0) / (2 * Math.PI))).toEqual([0.125, 0.375, 0.5]);
    expect(
      within(screen.getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['P1', 'P2', 'P4']);
    // A pie has no total in the middle.
    expect(document.querySelector('.dk-chart__center')).toBeNull();
  });

  it('draws a donut with the total in its middle, and reads the share', async () => {
    const user = userEvent.setup();
    render(<PieChart donut label="Priority mix" data={mix} />);
    const figure = screen.getByRole('img', { name: 'Priority mix' });
    expect(figure.querySelector('.dk-chart__center-value')).toHaveTextContent('8');
    expect(figure.querySelector('.dk-chart__center-label')).toHaveTextContent('Tickets');
    await user.tab();
    await user.keyboard('{End}');
    expect(screen.getByText('P4: Tickets 4 (50%)')).toBeInTheDocument();
  });

  it('steps through the drawn slices only with the keyboard and opens one with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<PieChart label="Priority mix" data={mix} onSelect={onSelect} />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('img', { name: 'Priority mix' })).toHaveAttribute('data-active', '3');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(3);
  });

  it('shows the empty message when every value is zero', () => {
    render(
      <PieChart
        label="Empty"
        data={{ categories: ['a', 'b'], series: [{ name: 'x', values: [0, 0] }] }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No data for this chart.');
  });
});
