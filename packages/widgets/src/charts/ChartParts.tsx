import type { ChartData, TooltipContent } from './chart.types';

export type { TooltipContent } from './chart.types';

/**
 * The tooltip of the highlighted category, placed above its anchor; below it when there is no room
 * above (a tall bar), else kept inside the plot, so a widget's scroll box never cuts it.
 */
export function ChartTooltip(props: {
  content: TooltipContent;
  format: (v: number) => string;
  at: { x: number; y: number };
  width: number;
  height: number;
}) {
  const { content, format, at } = props;
  // About how tall the tooltip is: title and rows of 18 px, the total's row and rule.
  const tall = 30 + content.rows.length * 18 + (content.footer ? 26 : 0);
  const below = at.y < tall + 10 && at.y + tall + 14 <= props.height;
  const top = below ? at.y : Math.max(at.y, Math.min(tall + 10, props.height));
  const left = Math.max(70, Math.min(props.width - 70, at.x));
  return (
    <div
      role="tooltip"
      className={below ? 'dk-chart__tooltip dk-chart__tooltip--below' : 'dk-chart__tooltip'}
      style={{ left, top }}
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
