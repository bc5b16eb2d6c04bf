import type { ChartData, TooltipContent } from './chart.types';

export type { TooltipContent } from './chart.types';

/**
 * The tooltip of the highlighted category, placed above its anchor (below it near the top edge).
 */
export function ChartTooltip(props: {
  content: TooltipContent;
  format: (v: number) => string;
  at: { x: number; y: number };
  width: number;
}) {
  const { content, format, at } = props;
  const below = at.y < 72;
  const left = Math.max(70, Math.min(props.width - 70, at.x));
  return (
    <div
      role="tooltip"
      className={below ? 'dk-chart__tooltip dk-chart__tooltip--below' : 'dk-chart__tooltip'}
      style={{ left, top: at.y }}
    >
      <div className="dk-chart__tooltip-title">{content.title}</div>
      {content.rows.map((r) => (
        <div className="dk-chart__tooltip-row" key={r.name}>
          <span className="dk-chart__swatch" style={{ background: r.color }} />
          <span className="dk-chart__tooltip-name">{r.name}</span>
          <span className="dk-chart__tooltip-value">
            {format(r.value)}
            {r.note && <span className="dk-chart__tooltip-note"> {r.note}</span>}
          </span>
        </div>
      ))}
      {content.footer && (
        <div className="dk-chart__tooltip-row dk-chart__tooltip-total">
          <span className="dk-chart__tooltip-name">{content.footer.name}</span>
          <span className="dk-chart__tooltip-value">{format(content.footer.value)}</span>
        </div>
      )}
    </div>
  );
}

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
