import type { ChartConfiguration } from 'chart.js';
import type { ChartData } from './chart.types';
import { toChartConfig, type ChartConfigOptions } from './chartConfig';

const theme = { text: '#555555', grid: '#dddddd', surface: '#ffffff' };
/** Resolves `var(--x, fallback)` to its fallback, as when the variable is not set. */
const resolve = (css: string) => /^var\(--[\w-]+,\s*(.*)\)$/.exec(css)?.[1] ?? css;
const base = (o: Partial<ChartConfigOptions> & Pick<ChartConfigOptions, 'kind' | 'data'>) =>
  toChartConfig({
    format: (v) => `${v}`,
    resolve,
    theme,
    totalLabel: 'Total',
    share: (p) => `${p}%`,
    animate: true,
    ...o,
  }) as ChartConfiguration<'bar' | 'line' | 'doughnut', number[]>;

const twoSeries: ChartData = {
  categories: ['incident', 'change'],
  series: [
    { name: 'Open', values: [6, 2], color: 'var(--dk-status-open, #4f6bed)' },
    { name: 'Closed', values: [2, Number.NaN] },
  ],
};

describe('toChartConfig', () => {
  it('gives a single series of bars the category colours, resolved for the canvas', () => {
    const c = base({
      kind: 'bar',
      data: {
        categories: ['Open', 'On hold', 'Resolved'],
        series: [{ name: 'Tickets', values: [10, 20, 5] }],
        categoryColors: ['#111111', 'var(--dk-status-pending, #f59e0b)', undefined],
      },
    });
    expect(c.type).toBe('bar');
    expect(c.data.labels).toEqual(['Open', 'On hold', 'Resolved']);
    expect(c.data.datasets[0]?.data).toEqual([10, 20, 5]);
    expect(c.data.datasets[0]?.backgroundColor).toEqual(['#111111', '#f59e0b', '#f59e0b']);
    expect(c.options?.indexAxis).toBe('x');
  });

  it('stacks bar series only when asked, with a series colour each and missing values as 0', () => {
    const grouped = base({ kind: 'bar', data: twoSeries });
    const stacked = base({ kind: 'bar', data: twoSeries, stacked: true });
    const scales = (c: typeof grouped) =>
      c.options?.scales as Record<string, { stacked?: boolean }>;
    expect(scales(grouped).x?.stacked).toBe(false);
    expect(scales(stacked).x?.stacked).toBe(true);
    expect(scales(stacked).y?.stacked).toBe(true);
    expect(stacked.data.datasets.map((d) => d.data)).toEqual([
      [6, 2],
      [2, 0],
    ]);
    expect(stacked.data.datasets.map((d) => d.backgroundColor)).toEqual([
      ['#4f6bed', '#4f6bed'],
      ['#14b8a6', '#14b8a6'],
    ]);
    expect(stacked.data.datasets.map((d) => d.label)).toEqual(['Open', 'Closed']);
  });

  it('lays horizontal bars along the y axis', () => {
    const c = base({ kind: 'hbar', data: twoSeries });
    expect(c.options?.indexAxis).toBe('y');
  });

  it('draws lines unfilled and areas filled and stacked, smooth unless straight', () => {
    const line = base({ kind: 'line', data: twoSeries });
    const area = base({ kind: 'area', data: twoSeries, curve: 'straight' });
    expect(line.type).toBe('line');
    const ds = (c: typeof line) => c.data.datasets as unknown as Array<Record<string, unknown>>;
    expect(ds(line).map((d) => d.fill)).toEqual([false, false]);
    expect(ds(line)[0]?.cubicInterpolationMode).toBe('monotone');
    expect(ds(area).map((d) => d.fill)).toEqual(['origin', '-1']);
    expect(ds(area)[0]?.cubicInterpolationMode).toBe('default');
    expect(ds(area)[0]?.borderColor).toBe('#4f6bed');
    expect(ds(area)[0]?.backgroundColor).toBe('rgba(79, 107, 237, 0.22)');
    const scales = area.options?.scales as Record<string, { stacked?: boolean }>;
    expect(scales.y?.stacked).toBe(true);
  });

  it('makes a pie of the first series and a donut with a hole', () => {
    const data: ChartData = {
      categories: ['P1', 'P2'],
      series: [{ name: 'Tickets', values: [3, 9] }],
      categoryColors: ['#ff0000', undefined],
    };
    const pie = base({ kind: 'pie', data }) as ChartConfiguration<'doughnut', number[]>;
    const donut = base({ kind: 'donut', data }) as ChartConfiguration<'doughnut', number[]>;
    expect(pie.type).toBe('doughnut');
    expect(pie.options?.cutout).toBe(0);
    expect(donut.options?.cutout).toBe('62%');
    expect(pie.data.datasets[0]?.data).toEqual([3, 9]);
    expect(pie.data.datasets[0]?.backgroundColor).toEqual(['#ff0000', '#14b8a6']);
  });

  it('turns animation off for reduced motion and paints axes in the theme colours', () => {
    const c = base({ kind: 'line', data: twoSeries, animate: false });
    expect(c.options?.animation).toBe(false);
    const y = (c.options?.scales as Record<string, { ticks?: { color?: string } }>).y;
    expect(y?.ticks?.color).toBe('#555555');
    expect(base({ kind: 'line', data: twoSeries }).options?.animation).toEqual({ duration: 300 });
  });

  it('adds the total of a stack and the share of a slice to the tooltip', () => {
    const stacked = base({ kind: 'bar', data: twoSeries, stacked: true });
    const footer = stacked.options?.plugins?.tooltip?.callbacks?.footer as unknown as (
      items: Array<{ dataIndex: number }>,
    ) => string;
    expect(footer([{ dataIndex: 0 }])).toBe('Total: 8');
    const pie = base({
      kind: 'pie',
      data: { categories: ['a', 'b'], series: [{ name: 'Tickets', values: [1, 3] }] },
    });
    const label = pie.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
      dataIndex: number;
    }) => string;
    expect(label({ dataIndex: 1 })).toBe('Tickets: 3 (75%)');
    const swatch = stacked.options?.plugins?.tooltip?.callbacks?.labelColor as unknown as (item: {
      datasetIndex: number;
      dataIndex: number;
    }) => { backgroundColor: string };
    expect(swatch({ datasetIndex: 1, dataIndex: 0 }).backgroundColor).toBe('#14b8a6');
  });
});
