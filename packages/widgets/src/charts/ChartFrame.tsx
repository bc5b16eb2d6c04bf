import type { Chart as ChartJs, ChartConfiguration } from 'chart.js';
import { useI18n } from '@deskkit/forms';
import { loadChartJs } from './chartjs';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { T } from '../i18n/messages';
import { useWidgetsTranslator } from '../i18n/useTranslator';
import { isChartEmpty, type ChartBaseProps } from './chart.types';
import type { ChartConfigOptions, ChartKind } from './chartConfig';
import { toChartConfig } from './chartConfig';
import { ChartDataTable, ChartLegend, type TooltipContent } from './ChartParts';

type Config = ChartConfiguration;

interface ChartFrameProps extends ChartBaseProps {
  kind: ChartKind;
  /** Bars stacked. */
  stacked?: boolean;
  curve?: 'smooth' | 'straight';
  /** How many categories there are. */
  count: number;
  /** The categories the keyboard steps through, in order (default: all). */
  steps?: readonly number[];
  /** What a screen reader hears for a category the keyboard reaches. */
  describe: (index: number, t: T) => TooltipContent;
  legend: ReadonlyArray<{ name: string; color: string }>;
  /** Drawn over the middle of the plot (the donut's total). */
  center?: ReactNode;
}

/** Reads `var(--token, fallback)` (nested fallbacks too) from the element's computed style. */
export function resolveCssColor(el: Element, css: string): string {
  const m = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.*))?\)$/.exec(css.trim());
  if (!m || !m[1]) return css;
  const value = getComputedStyle(el).getPropertyValue(m[1]).trim();
  if (value) return value;
  return m[2] ? resolveCssColor(el, m[2]) : css;
}

function themeOf(el: Element): ChartConfigOptions['theme'] {
  return {
    text: resolveCssColor(el, 'var(--dk-dash-muted, #64748b)'),
    grid: resolveCssColor(el, 'var(--dk-dash-border, #e2e8f0)'),
    surface: resolveCssColor(el, 'var(--dk-dash-surface, #ffffff)'),
    strong: resolveCssColor(el, 'var(--dk-dash-text, #0f172a)'),
    font: getComputedStyle(el).fontFamily || undefined,
  };
}

const reducedMotion = () =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The frame every Deskkit chart draws in: a Chart.js canvas filling its container inside one
 * `role="img"` named by the label and reachable with Tab, a legend, and the figures as a table for
 * screen readers.
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
  return <ChartBody {...props} t={t} className={className} />;
}

function ChartBody(props: ChartFrameProps & { t: T; className: string }) {
  const { t, className, onSelect, count, kind } = props;
  const i18n = useI18n();
  const { formatValue } = props;
  const format = useMemo(
    () => formatValue ?? ((v: number) => i18n.formatNumber(v)),
    [formatValue, i18n],
  );
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const chartRef = useRef<ChartJs | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const [spoken, setSpoken] = useState('');
  const [themeTick, setThemeTick] = useState(0);
  const id = useId();

  // The configuration, rebuilt from the props; colours are read from the CSS variables.
  const build = (): Config | null => {
    const canvas = canvasRef.current;
    if (!canvas) return null;
    // Both kinds of configuration are ones Chart.js takes; its default type is their union.
    return toChartConfig({
      kind,
      data: props.data,
      stacked: props.stacked,
      curve: props.curve,
      format,
      resolve: (css) => resolveCssColor(canvas, css),
      theme: themeOf(canvas),
      totalLabel: t('chart.total'),
      share: (percent) => t('chart.share', { percent }),
      animate: !reducedMotion(),
    }) as unknown as Config;
  };
  const buildRef = useRef(build);
  useEffect(() => {
    buildRef.current = build;
  });

  // Create the chart once (Chart.js is loaded on demand), destroy it on unmount.
  useEffect(() => {
    let cancelled = false;
    const canvas = canvasRef.current;
    // jsdom and some headless environments have no 2D canvas: the table and keys still work.
    if (!canvas || !canvas.getContext('2d')) return;
    void loadChartJs().then(({ Chart }) => {
      const config = buildRef.current();
      if (cancelled || !config) return;
      chartRef.current = new Chart(canvas, config);
    });
    return () => {
      cancelled = true;
      chartRef.current?.destroy();
      chartRef.current = null;
    };
  }, []);

  // Same chart kind, new data, theme or formatting: update in place.
  const { data, stacked, curve } = props;
  useEffect(() => {
    const chart = chartRef.current;
    const config = buildRef.current();
    if (!chart || !config) return;
    chart.data = config.data;
    chart.options = config.options ?? {};
    chart.update();
  }, [data, stacked, curve, kind, format, t, themeTick]);

  // Theme changes (a class on the dashboard or the document, the OS scheme): repaint colours.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || typeof MutationObserver === 'undefined') return;
    const bump = () => setThemeTick((n) => n + 1);
    const observer = new MutationObserver(bump);
    const targets = [document.documentElement, canvas.closest('.dk-dashboard')];
    for (const el of targets) {
      if (el)
        observer.observe(el, {
          attributes: true,
          attributeFilter: ['class', 'style', 'data-theme'],
        });
    }
    const scheme =
      typeof window.matchMedia === 'function'
        ? window.matchMedia('(prefers-color-scheme: dark)')
        : null;
    scheme?.addEventListener?.('change', bump);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener?.('change', bump);
    };
  }, []);

  // The keyboard's category, shown by Chart.js as hovered elements and its tooltip.
  useEffect(() => {
    const chart = chartRef.current;
    if (!chart) return;
    const elements =
      active === null
        ? []
        : kind === 'pie' || kind === 'donut'
          ? [{ datasetIndex: 0, index: active }]
          : props.data.series.map((_, datasetIndex) => ({ datasetIndex, index: active }));
    chart.setActiveElements(elements);
    const tooltip = chart.tooltip;
    if (tooltip) {
      const area = chart.chartArea;
      tooltip.setActiveElements(elements, {
        x: (area.left + area.right) / 2,
        y: (area.top + area.bottom) / 2,
      });
    }
    chart.update();
  }, [active, kind, props.data]);

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
  const onClick = (e: MouseEvent<HTMLCanvasElement>) => {
    const chart = chartRef.current;
    if (!chart || !onSelect) return;
    const pie = kind === 'pie' || kind === 'donut';
    const hit = chart.getElementsAtEventForMode(
      e.nativeEvent,
      pie ? 'nearest' : 'index',
      { intersect: pie || kind === 'bar' || kind === 'hbar' },
      false,
    )[0];
    if (hit) onSelect(hit.index);
  };
  const showLegend = !props.hideLegend && props.legend.length > 0;
  return (
    <figure className={className}>
      {/* One tab stop for the whole chart (an image to assistive technology, its figures in the
          table below); arrow keys then go through the categories. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="dk-chart__plot"
        role="img"
        aria-label={props.label}
        aria-describedby={`${id}-keys ${id}-live`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        onKeyDown={onKeyDown}
        onFocus={() => active === null && move(0)}
        onBlur={() => setActive(null)}
        data-selectable={onSelect !== undefined || undefined}
        data-active={active ?? undefined}
      >
        <canvas ref={canvasRef} onClick={onClick} />
        {props.center && (
          <div className="dk-chart__center" aria-hidden="true">
            {props.center}
          </div>
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
