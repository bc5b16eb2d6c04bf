import { useI18n } from '@deskkit/forms';
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useSize } from '../dashboard/useWidth';
import type { T } from '../i18n/messages';
import { useWidgetsTranslator } from '../i18n/useTranslator';
import { isChartEmpty, type ChartBaseProps, type TooltipContent } from './chart.types';
import { ChartDataTable, ChartLegend, ChartTooltip } from './ChartParts';

/** What a chart's marks need from the frame: the plot size and the highlighted category. */
export interface ChartView {
  width: number;
  height: number;
  /** The category under the pointer or keyboard focus, if any. */
  active: number | null;
  /** Highlights a category from the pointer (`null` clears). */
  hover: (index: number | null) => void;
  /** Chooses a category (a click): calls `onSelect`. */
  select: (index: number) => void;
  /** Whether categories can be chosen (pointer cursor). */
  selectable: boolean;
  /** Formats values (ticks, labels): `formatValue`, else the locale's number format. */
  format: (v: number) => string;
}

interface ChartFrameProps extends ChartBaseProps {
  /** Modifier class, e.g. `bar` → `dk-chart--bar`. */
  kind: string;
  /** How many categories there are. */
  count: number;
  /** The categories the keyboard steps through, in order (default: all). */
  steps?: readonly number[];
  /** What the tooltip shows, and a screen reader hears, for a category. */
  describe: (index: number, t: T) => TooltipContent;
  /** Where the tooltip points at for a category, in plot coordinates. */
  anchor: (index: number, view: ChartView) => { x: number; y: number };
  legend: ReadonlyArray<{ name: string; color: string }>;
  children: (view: ChartView) => ReactNode;
}

/** The values' format of a chart: `formatValue`, else the locale's (the i18n provider's). */
export function useChartFormat(formatValue?: (v: number) => string): (v: number) => string {
  const i18n = useI18n();
  return useMemo(() => formatValue ?? ((v: number) => i18n.formatNumber(v)), [formatValue, i18n]);
}

/**
 * The frame every Deskkit chart draws in: an SVG that follows its container's size, `role="img"`
 * named by the label and reachable with Tab (arrow keys then go through the categories), a tooltip
 * for the pointer and the keyboard, a legend, and the figures as a table for screen readers.
 * Plain SVG and HTML: it renders on a server too.
 */
export function ChartFrame(props: ChartFrameProps) {
  const ownT = useWidgetsTranslator();
  const t = props.t ?? ownT;
  const className = ['dk-chart', `dk-chart--${props.kind}`, props.className ?? '']
    .filter(Boolean)
    .join(' ');
  if (isChartEmpty(props.data)) {
    return (
      <figure className={className}>
        <p className="dk-chart__empty" role="status">
          {props.emptyMessage ?? t('chart.empty')}
        </p>
      </figure>
    );
  }
  // A component of its own, so the plot is measured when it first appears (after an empty state).
  return <ChartBody {...props} t={t} className={className} />;
}

function ChartBody(props: ChartFrameProps & { t: T; className: string }) {
  const { t, className, onSelect, count } = props;
  const format = useChartFormat(props.formatValue);
  const { ref: plotRef, width, height } = useSize<HTMLDivElement>({ width: 480, height: 240 });
  const [active, setActive] = useState<number | null>(null);
  const [spoken, setSpoken] = useState('');
  const id = useId();
  const speak = (i: number) => {
    const c = props.describe(i, t);
    const rows = c.rows.map((r) => `${r.name} ${format(r.value)}${r.note ? ` (${r.note})` : ''}`);
    if (c.footer) rows.push(`${c.footer.name} ${format(c.footer.value)}`);
    setSpoken(`${c.title}: ${rows.join(', ')}`);
  };
  const order = props.steps ?? Array.from({ length: count }, (_, i) => i);
  const move = (position: number) => {
    const next = order[Math.max(0, Math.min(order.length - 1, position))];
    if (next === undefined) return;
    setActive(next);
    speak(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = active === null ? -1 : order.indexOf(active);
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(at + 1),
      ArrowDown: () => move(at + 1),
      ArrowLeft: () => move(at - 1),
      ArrowUp: () => move(at - 1),
      Home: () => move(0),
      End: () => move(order.length - 1),
      Escape: () => {
        setActive(null);
        setSpoken('');
      },
      Enter: () => active !== null && onSelect?.(active),
      ' ': () => active !== null && onSelect?.(active),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  const view: ChartView = {
    width,
    height,
    active,
    hover: setActive,
    select: (i) => onSelect?.(i),
    selectable: onSelect !== undefined,
    format,
  };
  const tip = active !== null && active < count ? props.describe(active, t) : null;
  const at = tip && active !== null ? props.anchor(active, view) : null;
  const showLegend = !props.hideLegend && props.legend.length > 0;
  return (
    <figure className={className}>
      <div className="dk-chart__plot" ref={plotRef}>
        {/* One tab stop for the whole chart (an image to assistive technology, its figures in the
            table below); arrow keys then go through the categories. */}
        <svg
          role="img"
          aria-label={props.label}
          aria-describedby={`${id}-keys ${id}-live`}
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          tabIndex={0}
          onKeyDown={onKeyDown}
          onFocus={() => active === null && move(0)}
          onBlur={() => setActive(null)}
          onPointerLeave={() => setActive(null)}
          data-selectable={view.selectable || undefined}
          data-active={active ?? undefined}
        >
          {props.children(view)}
        </svg>
        {tip && at && (
          <ChartTooltip content={tip} format={format} at={at} width={width} height={height} />
        )}
      </div>
      {showLegend && <ChartLegend items={props.legend} />}
      <span id={`${id}-keys`} className="dk-visually-hidden">
        {onSelect ? t('chart.keysSelect') : t('chart.keys')}
      </span>
      <div id={`${id}-live`} className="dk-visually-hidden" aria-live="polite">
        {spoken}
      </div>
      <ChartDataTable
        label={props.label}
        categoryLabel={props.categoryLabel}
        data={props.data}
        format={format}
      />
    </figure>
  );
}
