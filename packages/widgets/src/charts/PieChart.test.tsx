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
  it('gives each category a slice whose angle is its share, skipping zeros', () => {
    render(<PieChart label="Priority mix" data={mix} />);
    const figure = screen.getByRole('img', { name: 'Priority mix' });
    const slices = [...figure.querySelectorAll('.dk-chart__slice')];
    expect(slices.map((s) => s.getAttribute('data-category'))).toEqual(['0', '1', '3']);
    // 480 × 240 before layout: centre (240, 120), radius 112. P1 is 1/8: from 12 o'clock to
    // 45°; P1 + P2 is half the pie: P2 ends at 6 o'clock.
    const p2 = slices[1]?.getAttribute('d') ?? '';
    expect(p2).toMatch(/A112,112,0,0,1,240,232/);
    expect(pieSlices(mix).map((s) => (s.a1 - s.a0) / (2 * Math.PI))).toEqual([0.125, 0.375, 0.5]);
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(3);
  });

  it('draws a donut with the total in its middle, and the share in the tooltip', async () => {
    const user = userEvent.setup();
    render(<PieChart donut label="Priority mix" data={mix} />);
    const figure = screen.getByRole('img', { name: 'Priority mix' });
    expect(figure.querySelector('.dk-chart__center-value')).toHaveTextContent('8');
    await user.hover(figure.querySelector('.dk-chart__slice[data-category="3"]')!);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('P4');
    expect(tip).toHaveTextContent('Tickets4 50%');
  });

  it('steps through the drawn slices only with the keyboard and opens one with Enter', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<PieChart label="Priority mix" data={mix} onSelect={onSelect} />);
    await user.tab();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('P4');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(3);
  });

  it('shows the empty message when every value is zero', () => {
    render(
      <PieChart
        label="Priority mix"
        data={{ categories: ['P1'], series: [{ name: 'Tickets', values: [0] }] }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No data for this chart.');
  });
});
