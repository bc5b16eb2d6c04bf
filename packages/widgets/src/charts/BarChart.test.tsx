import { DeskkitI18nProvider } from '@deskkit/forms';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BarChart } from './BarChart';
import type { ChartData } from './chart.types';

/** The bounding box of a bar's path (absolute M/L/H/V/Q commands and relative h/v). */
function box(el: Element) {
  const d = el.getAttribute('d') ?? '';
  const xs: number[] = [];
  const ys: number[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVQhvZ])([^MLHVQhvZ]*)/g)) {
    const n = (args ?? '').split(/[ ,]+/).filter(Boolean).map(Number);
    if (cmd === 'H') x = n[0] ?? x;
    else if (cmd === 'V') y = n[0] ?? y;
    else if (cmd === 'h') x += n[0] ?? 0;
    else if (cmd === 'v') y += n[0] ?? 0;
    else if (cmd !== 'Z') [x, y] = [n[n.length - 2] ?? x, n[n.length - 1] ?? y];
    xs.push(x);
    ys.push(y);
  }
  return { width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

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

const bars = (figure: HTMLElement) => [...figure.querySelectorAll('.dk-chart__bar')];

describe('BarChart', () => {
  it('draws a bar per category with a length proportional to its value, in its colour', () => {
    render(<BarChart label="Tickets by status" data={byStatus} />);
    const figure = screen.getByRole('img', { name: 'Tickets by status' });
    const [open, hold, resolved] = bars(figure).map((b) => box(b).height);
    expect(hold! / open!).toBeCloseTo(2, 1);
    expect(resolved! / open!).toBeCloseTo(0.5, 1);
    expect(bars(figure).map((b) => (b as SVGElement).style.fill)).toEqual([
      '#111111',
      '#222222',
      'var(--dk-chart-3, #f59e0b)',
    ]);
    // The same figures as a table for screen readers.
    const table = screen.getByRole('table', { name: 'Tickets by status' });
    expect(within(table).getByRole('row', { name: 'On hold 20' })).toBeInTheDocument();
    // A single series has no legend.
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('stacks series on one bar per category and names them in a legend', () => {
    render(
      <BarChart
        stacked
        label="Workflows by status"
        data={{
          categories: ['incident', 'change'],
          series: [
            { name: 'Open', values: [6, 2] },
            { name: 'Closed', values: [2, 2] },
          ],
        }}
      />,
    );
    const figure = screen.getByRole('img', { name: 'Workflows by status' });
    const segments = bars(figure).map((b) => ({
      category: b.getAttribute('data-category'),
      ...box(b),
    }));
    expect(segments).toHaveLength(4);
    const stack = (c: string) =>
      segments.filter((s) => s.category === c).reduce((sum, s) => sum + s.height, 0);
    expect(stack('0') / stack('1')).toBeCloseTo(2, 1);
    // Segments of one stack share the bar's width (they are not side by side).
    expect(new Set(segments.map((s) => Math.round(s.width))).size).toBe(1);
    const legend = screen.getByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Open', 'Closed']);
  });

  it('draws horizontal bars with widths proportional to the values', () => {
    render(<BarChart horizontal label="Per group" data={byStatus} />);
    const [open, hold] = bars(screen.getByRole('img', { name: 'Per group' })).map(
      (b) => box(b).width,
    );
    expect(hold! / open!).toBeCloseTo(2, 1);
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

  it('shows a tooltip for the bar under the pointer, with the stack total', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(
      <BarChart
        stacked
        label="Workflows by status"
        onSelect={onSelect}
        data={{
          categories: ['incident', 'change'],
          series: [
            { name: 'Open', values: [6, 2] },
            { name: 'Closed', values: [2, 3] },
          ],
        }}
      />,
    );
    const figure = screen.getByRole('img', { name: 'Workflows by status' });
    const change = figure.querySelector('.dk-chart__hit[data-category="1"]')!;
    await user.hover(change);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('change');
    expect(tip).toHaveTextContent('Open2');
    expect(tip).toHaveTextContent('Closed3');
    expect(tip).toHaveTextContent('Total5');
    await user.click(change);
    expect(onSelect).toHaveBeenCalledWith(1);
    await user.unhover(figure);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('is one tab stop: focus shows the first bar, arrows move, Enter chooses', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<BarChart label="Tickets by status" data={byStatus} onSelect={onSelect} />);
    await user.tab();
    const figure = screen.getByRole('img', { name: 'Tickets by status' });
    expect(figure).toHaveFocus();
    expect(figure).toHaveAccessibleDescription(/Enter opens the selected one.*Open: Tickets 10/);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Open');
    await user.keyboard('{ArrowRight}');
    expect(figure).toHaveAttribute('data-active', '1');
    expect(screen.getByRole('tooltip')).toHaveTextContent('On hold');
    // The tallest bar reaches the top of the plot: its tooltip goes below its end, not off the top.
    expect(screen.getByRole('tooltip')).toHaveClass('dk-chart__tooltip--below');
    expect(figure.querySelector('.dk-chart__cursor')).not.toBeNull();
    expect(screen.getByText('On hold: Tickets 20')).toBeInTheDocument();
    await user.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith(2);
    await user.keyboard('{Home} ');
    expect(onSelect).toHaveBeenLastCalledWith(0);
    await user.keyboard('{Escape}');
    expect(figure).not.toHaveAttribute('data-active');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(screen.queryByText(/Open: Tickets 10/)).not.toBeInTheDocument();
  });

  it('reads the total of a stack', async () => {
    const user = userEvent.setup();
    render(<BarChart stacked label="Workflows" data={stackedData} />);
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByText('change: Open 2, Closed 3, Total 5')).toBeInTheDocument();
  });

  it('labels the value axis with nice ticks in the locale, and hides the legend on request', () => {
    const { rerender } = render(
      <BarChart stacked label="Workflows" data={stackedData} formatValue={(v) => `${v} t`} />,
    );
    const figure = screen.getByRole('img', { name: 'Workflows' });
    const ticks = [...figure.querySelectorAll('.dk-chart__grid text')].map((t) => t.textContent);
    expect(ticks[0]).toBe('0 t');
    expect(ticks.at(-1)).toBe('8 t');
    expect(figure.querySelectorAll('.dk-chart__grid line')).toHaveLength(ticks.length);
    rerender(<BarChart stacked hideLegend label="Workflows" data={stackedData} />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('speaks Chinese: the zh-CN strings, numbers and labels that fit their band', async () => {
    const user = userEvent.setup();
    render(
      <DeskkitI18nProvider locale="zh-CN">
        <BarChart
          label="按状态统计"
          data={{
            categories: ['访问申请', '基础设施与网络问题与变更请求', '事件', '问题'],
            series: [{ name: '工单', values: [1200, 3400, 200, 100] }],
          }}
        />
      </DeskkitI18nProvider>,
    );
    const figure = screen.getByRole('img', { name: '按状态统计' });
    const labels = [...figure.querySelectorAll('.dk-chart__axis text')].map((t) => t.textContent);
    expect(labels[0]).toBe('访问申请');
    expect(labels[1]).toMatch(/^基础设施.*…$/);
    const ticks = [...figure.querySelectorAll('.dk-chart__grid text')].map((t) => t.textContent);
    expect(ticks.at(-1)).toMatch(/^\d,\d{3}$/);
    await user.tab();
    expect(screen.getByText('访问申请: 工单 1,200')).toBeInTheDocument();
    expect(figure).toHaveAccessibleDescription(/访问申请: 工单 1,200/);
  });
});
