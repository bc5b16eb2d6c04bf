import type { ChartData } from './chart.types';

export type { TooltipContent } from './chart.types';

/** The legend under a chart: a swatch and a name per series (per slice for pies). */
export function ChartLegend(props: { items: ReadonlyArray<{ name: string; color: string }> }) {
  return (
    <ul className="dk-chart__legend">
      {props.items.map((item) => (
        <li key={item.name}>
          <span
            className="dk-chart__swatch"
            style={{ background: item.color }}
            aria-hidden="true"
          />
          {item.name}
        </li>
      ))}
    </ul>
  );
}

/** The chart's figures as a table, for screen readers (the SVG itself is one image). */
export function ChartDataTable(props: {
  label: string;
  categoryLabel?: string;
  data: ChartData;
  format: (v: number) => string;
}) {
  const { data, format } = props;
  return (
    <table className="dk-visually-hidden">
      <caption>{props.label}</caption>
      <thead>
        <tr>
          <th scope="col">{props.categoryLabel ?? ''}</th>
          {data.series.map((s) => (
            <th scope="col" key={s.name}>
              {s.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.categories.map((c, i) => (
          <tr key={`${c}-${i}`}>
            <th scope="row">{c}</th>
            {data.series.map((s) => (
              <td key={s.name}>{format(s.values[i] ?? 0)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
