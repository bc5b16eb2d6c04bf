import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LineChart } from './LineChart';
import type { ChartData } from './chart.types';

const perDay: ChartData = {
  categories: ['Nov 21', 'Nov 22', 'Nov 23'],
  series: [
    { name: 'P1', values: [0, 4, 2], color: '#ef4444' },
    { name: 'P2', values: [2, 4, 6] },
  ],
};

/** Height above the zero line of every dot of series k, in category order. */
function heights(figure: HTMLElement, k: number, zero: number) {
  return [...figure.querySelectorAll(`[data-series="${k}"] .dk-chart__dot`)].map(
    (dot) => zero - Number(dot.getAttribute('cy')),
  );
}

function zeroLine(figure: HTMLElement) {
  const base = figure.querySelector('.dk-chart__grid line[data-baseline]');
  return Number(base?.getAttribute('y1')) - 0.5;
}

describe('LineChart', () => {
  it('puts each point at a height proportional to its value, a line per series', () => {
    render(<LineChart label="New tickets per day" data={perDay} />);
    const figure = screen.getByRole('img', { name: 'New tickets per day' });
    expect(figure.querySelectorAll('.dk-chart__line')).toHaveLength(2);
    const zero = zeroLine(figure);
    const [a, b, c] = heights(figure, 1, zero);
    expect(b! / a!).toBeCloseTo(2, 1);
    expect(c! / a!).toBeCloseTo(3, 1);
    expect(heights(figure, 0, zero)[0]).toBeCloseTo(0, 0);
    expect((figure.querySelector('.dk-chart__line') as SVGElement).style.stroke).toBe('#ef4444');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['P1', 'P2']);
  });

  it('stacks areas: the upper series is drawn on top of the one below', () => {
    render(<LineChart area label="Stacked" data={perDay} />);
    const figure = screen.getByRole('img', { name: 'Stacked' });
    expect(figure.querySelectorAll('.dk-chart__area')).toHaveLength(2);
    const zero = zeroLine(figure);
    const lower = heights(figure, 0, zero);
    const upper = heights(figure, 1, zero);
    // Nov 22: P1 4, P2 4 stacked on it → twice as high.
    expect(upper[1]! / lower[1]!).toBeCloseTo(2, 1);
  });

  it('shows the values of the day under the pointer, with the total of a stack', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<LineChart area label="Stacked" data={perDay} onSelect={onSelect} />);
    const figure = screen.getByRole('img', { name: 'Stacked' });
    const day = figure.querySelector('.dk-chart__hit[data-category="2"]')!;
    await user.hover(day);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Nov 23');
    expect(tip).toHaveTextContent('P12');
    expect(tip).toHaveTextContent('P26');
    expect(tip).toHaveTextContent('Total8');
    expect(figure.querySelector('.dk-chart__crosshair')).not.toBeNull();
    await user.click(day);
    expect(onSelect).toHaveBeenCalledWith(2);
  });

  it('moves through the days with the keyboard, with the total of stacked areas', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<LineChart area label="Per day" data={perDay} onSelect={onSelect} />);
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('Nov 21');
    expect(screen.getByText('Nov 21: P1 0, P2 2, Total 2')).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Nov 23');
    expect(screen.getByText('Nov 23: P1 2, P2 6, Total 8')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(2);
    await user.keyboard('{Home}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Nov 21');
  });

  it('draws straight segments on request, and a table of the figures', () => {
    render(<LineChart curve="straight" label="Per day" data={perDay} />);
    const line = document.querySelector('.dk-chart__line')?.getAttribute('d') ?? '';
    expect(line).toMatch(/^M[^C]*$/);
    const table = screen.getByRole('table', { name: 'Per day' });
    expect(within(table).getByRole('row', { name: 'Nov 23 2 6' })).toBeInTheDocument();
  });

  it('shows the empty message when no series has a value', () => {
    render(
      <LineChart label="Per day" data={{ categories: [], series: [{ name: 'x', values: [] }] }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('No data for this chart.');
  });
});
