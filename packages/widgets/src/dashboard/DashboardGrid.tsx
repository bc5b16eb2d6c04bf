import {
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react';
import type { LayoutItem } from '../model/dashboard.types';
import {
  cellAt,
  cellRect,
  cellsFor,
  clamp,
  gridHeight,
  moveItem,
  resizeItem,
  type GridMetrics,
  type PixelRect,
} from '../model/grid';

/** What a pointer gesture changed: which item, moved or resized. */
export interface GridChange {
  id: string;
  kind: 'move' | 'resize';
}

/** Props of {@link DashboardGrid}. */
export interface DashboardGridProps {
  /** The rectangles shown, in the order the items render (and are tabbed through). */
  layout: readonly LayoutItem[];
  /** Width of the grid in px. */
  width: number;
  cols: number;
  /** Height of one row in px. */
  rowHeight: number;
  /** Space between cells in px (default 16). */
  gap?: number;
  /** Items can be dragged by their handle and resized by their corner. */
  editable: boolean;
  /** Selector of the element inside an item that starts a drag (default `.dk-drag-handle`). */
  handle?: string;
  /** Called once a drag or resize ends with a changed layout. */
  onLayoutCommit(layout: LayoutItem[], change: GridChange): void;
  /** The content of one item. */
  renderItem(id: string): ReactNode;
}

interface Live {
  id: string;
  kind: GridChange['kind'];
  layout: LayoutItem[];
  /** The dragged or resized item, in px, following the pointer. */
  rect: PixelRect;
}

/** Pixels the pointer travels before a press becomes a drag (a click stays a click). */
const THRESHOLD = 3;
const EDGE = 48;
const SCROLL_STEP = 14;

function scrollParent(node: HTMLElement): HTMLElement {
  for (let el = node.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight)
      return el;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

/**
 * The dashboard's grid: absolutely placed items on a `cols`-column grid that are moved by
 * dragging their handle and resized by dragging their bottom-right corner, with a mouse, pen or
 * finger. While a gesture runs, the others make room (vertical compaction) and a placeholder shows
 * where the item will land; Escape cancels it. The maths are the pure functions of `model/grid`;
 * keyboard moves are the caller's (see `Dashboard`).
 *
 * @example
 * ```tsx
 * <DashboardGrid layout={layout} width={1200} cols={12} rowHeight={56} editable
 *   onLayoutCommit={(next) => save(next)} renderItem={(id) => <Widget id={id} />} />
 * ```
 */
export function DashboardGrid(props: DashboardGridProps) {
  const { layout, editable, handle = '.dk-drag-handle' } = props;
  const metrics: GridMetrics = {
    width: props.width,
    cols: props.cols,
    rowHeight: props.rowHeight,
    gap: props.gap ?? 16,
  };
  const gridRef = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<Live | null>(null);
  const stop = useRef<(() => void) | null>(null);
  // The latest props, for the window listeners of a running gesture.
  const latest = useRef({ metrics, props });
  useEffect(() => {
    latest.current = { metrics, props };
  });
  useEffect(() => () => stop.current?.(), []);

  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    const grid = gridRef.current;
    if (!editable || !grid || stop.current || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const target = e.target as Element;
    const itemNode = target.closest<HTMLElement>('[data-grid-item]');
    if (!itemNode || itemNode.parentElement !== grid) return;
    const kind = target.closest('[data-grid-resize]')
      ? 'resize'
      : target.closest(handle)
        ? 'move'
        : null;
    const id = itemNode.dataset.gridItem ?? '';
    const item = layout.find((l) => l.i === id);
    if (!kind || !item || item.static) return;
    if (kind === 'resize') e.preventDefault();
    const base = layout;
    const origin = cellRect(metrics, item);
    const pointerId = e.pointerId;
    const box = grid.getBoundingClientRect();
    const start = { x: e.clientX - box.left, y: e.clientY - box.top };
    let client = { x: e.clientX, y: e.clientY };
    let current: Live | null = null;
    const scroller = scrollParent(grid);
    let frame = 0;

    const follow = () => {
      const m = latest.current.metrics;
      const at = grid.getBoundingClientRect();
      const dx = client.x - at.left - start.x;
      const dy = client.y - at.top - start.y;
      const from = current?.layout ?? [...base];
      const now = from.find((l) => l.i === id);
      if (!now) return;
      let next = from;
      let rect: PixelRect;
      if (kind === 'move') {
        rect = { ...origin, left: origin.left + dx, top: origin.top + dy };
        const cell = cellAt(m, now, rect.left, rect.top);
        if (cell.x !== now.x || cell.y !== now.y) next = moveItem(from, id, cell.x, cell.y, m.cols);
      } else {
        const min = cellRect(m, { x: 0, y: 0, w: now.minW ?? 1, h: now.minH ?? 1 });
        const maxH = now.maxH ? cellRect(m, { x: 0, y: 0, w: 1, h: now.maxH }).height : Infinity;
        rect = {
          ...origin,
          width: clamp(origin.width + dx, min.width, m.width - origin.left),
          height: clamp(origin.height + dy, min.height, maxH),
        };
        const size = cellsFor(m, now, rect.width, rect.height);
        if (size.w !== now.w || size.h !== now.h)
          next = resizeItem(from, id, size.w, size.h, m.cols);
      }
      current = { id, kind, layout: next, rect };
      setLive(current);
    };

    // Scrolls the page (or the scrolling box the grid is in) while the pointer is near its edge.
    const edgeScroll = () => {
      const page = scroller === document.scrollingElement;
      const edges = page
        ? { top: 0, bottom: window.innerHeight }
        : scroller.getBoundingClientRect();
      const step =
        client.y < edges.top + EDGE
          ? -SCROLL_STEP
          : client.y > edges.bottom - EDGE
            ? SCROLL_STEP
            : 0;
      const before = scroller.scrollTop;
      if (step) scroller.scrollTop += step;
      if (scroller.scrollTop !== before) follow();
      frame = requestAnimationFrame(edgeScroll);
    };

    const end = (commit: boolean) => {
      stop.current?.();
      const done = current;
      setLive(null);
      if (!commit || !done) return;
      const changed = done.layout.some((l) => {
        const was = base.find((b) => b.i === l.i);
        return !was || was.x !== l.x || was.y !== l.y || was.w !== l.w || was.h !== l.h;
      });
      if (changed) latest.current.props.onLayoutCommit(done.layout, { id, kind });
    };
    const onMove = (ev: PointerEvent) => {
      if (ev.pointerId !== pointerId) return;
      client = { x: ev.clientX, y: ev.clientY };
      if (!current) {
        const at = grid.getBoundingClientRect();
        if (Math.hypot(client.x - at.left - start.x, client.y - at.top - start.y) < THRESHOLD)
          return;
        frame = requestAnimationFrame(edgeScroll);
      }
      ev.preventDefault();
      follow();
    };
    const onUp = (ev: PointerEvent) => {
      if (ev.pointerId === pointerId) end(ev.type === 'pointerup');
    };
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key !== 'Escape' || !current) return;
      ev.preventDefault();
      ev.stopPropagation();
      end(false);
    };
    window.addEventListener('pointermove', onMove, { passive: false });
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onUp);
    window.addEventListener('keydown', onKey, true);
    stop.current = () => {
      stop.current = null;
      cancelAnimationFrame(frame);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onUp);
      window.removeEventListener('keydown', onKey, true);
    };
  };

  const shown = live?.layout ?? layout;
  const activeItem = live ? shown.find((l) => l.i === live.id) : undefined;

  return (
    <div
      ref={gridRef}
      className={live ? 'dk-grid dk-grid--active' : 'dk-grid'}
      style={{ height: gridHeight(metrics, shown) }}
      onPointerDown={onPointerDown}
    >
      {shown.map((item) => {
        const cell = cellRect(metrics, item);
        const dragged = live?.id === item.i;
        const r = dragged
          ? live.kind === 'move'
            ? { ...live.rect, width: cell.width, height: cell.height }
            : { ...cell, width: live.rect.width, height: live.rect.height }
          : cell;
        return (
          <div
            key={item.i}
            data-grid-item={item.i}
            className={dragged ? 'dk-grid__item dk-grid__item--active' : 'dk-grid__item'}
            style={{
              transform: `translate(${Math.round(r.left)}px, ${Math.round(r.top)}px)`,
              width: Math.round(r.width),
              height: Math.round(r.height),
            }}
          >
            {props.renderItem(item.i)}
            {editable && !item.static && (
              <span className="dk-grid__resize" data-grid-resize="" aria-hidden="true" />
            )}
          </div>
        );
      })}
      {activeItem && (
        <div
          className="dk-grid__placeholder"
          aria-hidden="true"
          style={(() => {
            const r = cellRect(metrics, activeItem);
            return {
              transform: `translate(${r.left}px, ${r.top}px)`,
              width: r.width,
              height: r.height,
            };
          })()}
        />
      )}
    </div>
  );
}
