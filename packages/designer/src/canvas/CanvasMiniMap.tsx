import { type InternalNode, Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { memo, type PointerEvent, useEffect, useRef } from 'react';
import type { LinkEdge, StepNode } from './flow';

const WIDTH = 200;
const HEIGHT = 150;
const PAD = 8;

type InternalStep = InternalNode<StepNode>;

/** How the last drawing maps minimap pixels to flow coordinates. */
interface Mapping {
  x: number;
  y: number;
  scale: number;
}

/**
 * The minimap of a large graph, drawn on a `<canvas>`: one store subscription and a thousand
 * `fillRect`s per frame instead of a thousand SVG boxes, each subscribed to the store, that are laid
 * out and repainted whenever the view moves. Drag or click in it to move the view, wheel to zoom.
 * Colours are the `--dk-type-*` variables.
 */
export const CanvasMiniMap = memo(function CanvasMiniMap({ label }: { label: string }) {
  const store = useStoreApi<StepNode, LinkEdge>();
  const flow = useReactFlow<StepNode, LinkEdge>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const mapping = useRef<Mapping>({ x: 0, y: 0, scale: 1 });

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const style = getComputedStyle(el);
    // Colours are read once and kept: reading a computed style in a frame where a node moved forces
    // a style recalculation of the whole page (every frame of a node drag, and during the open).
    // A class or style change on an ancestor (a theme switch) forgets them and redraws.
    let palette = new Map<string, string>();
    const colour = (name: string, fallback: string) => {
      let value = palette.get(name);
      if (value === undefined) {
        value = style.getPropertyValue(name).trim() || fallback;
        palette.set(name, value);
      }
      return value;
    };
    let raf = 0;
    let cancelIdle = () => {};
    let seen: unknown[] = [];
    const draw = () => {
      raf = 0;
      const { nodeLookup, transform, width, height } = store.getState();
      const [tx, ty, zoom] = transform;
      const view = { x: -tx / zoom, y: -ty / zoom, w: width / zoom, h: height / zoom };
      let x0 = view.x;
      let y0 = view.y;
      let x1 = view.x + view.w;
      let y1 = view.y + view.h;
      // Steps grouped by type: one fill colour set per type, not one per step (each assignment of
      // a colour string is parsed again; a thousand of them were most of a drawing).
      const byType = new Map<string, InternalStep[]>();
      for (const n of nodeLookup.values()) {
        const p = n.internals.positionAbsolute;
        x0 = Math.min(x0, p.x);
        y0 = Math.min(y0, p.y);
        x1 = Math.max(x1, p.x + (n.measured.width ?? n.initialWidth ?? 0));
        y1 = Math.max(y1, p.y + (n.measured.height ?? n.initialHeight ?? 0));
        const type = n.data.def.type;
        const group = byType.get(type);
        if (group) group.push(n);
        else byType.set(type, [n]);
      }
      const scale = Math.max((x1 - x0) / (WIDTH - 2 * PAD), (y1 - y0) / (HEIGHT - 2 * PAD)) || 1;
      const ox = x0 - ((WIDTH - 2 * PAD) * scale - (x1 - x0)) / 2 - PAD * scale;
      const oy = y0 - ((HEIGHT - 2 * PAD) * scale - (y1 - y0)) / 2 - PAD * scale;
      mapping.current = { x: ox, y: oy, scale };
      const dpr = window.devicePixelRatio || 1;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      for (const [type, group] of byType) {
        ctx.fillStyle = colour(`--dk-type-${type}`, '#94a3b8');
        for (const n of group) {
          const p = n.internals.positionAbsolute;
          ctx.fillRect(
            (p.x - ox) / scale,
            (p.y - oy) / scale,
            Math.max(1.5, (n.measured.width ?? n.initialWidth ?? 0) / scale),
            Math.max(1.5, (n.measured.height ?? n.initialHeight ?? 0) / scale),
          );
        }
      }
      // Everything outside the view is veiled; the view has a frame.
      const vx = (view.x - ox) / scale;
      const vy = (view.y - oy) / scale;
      const vw = view.w / scale;
      const vh = view.h / scale;
      ctx.fillStyle = colour('--dk-c-minimap-mask', 'rgb(15 23 42 / 10%)');
      ctx.fillRect(0, 0, WIDTH, Math.max(0, vy));
      ctx.fillRect(0, vy + vh, WIDTH, HEIGHT);
      ctx.fillRect(0, vy, Math.max(0, vx), vh);
      ctx.fillRect(vx + vw, vy, WIDTH, vh);
      ctx.strokeStyle = colour('--dk-c-accent', '#2563eb');
      ctx.lineWidth = 1.5;
      ctx.strokeRect(vx, vy, vw, vh);
    };
    // The first drawing waits until the view is fitted and the browser is idle: before the fit the
    // view is unknown, and reading the colours while a thousand new nodes await their style would
    // force that style calculation inside the opening frames (~100 ms on 1,000 steps).
    let first = true;
    const schedule = () => {
      if (!first) raf ||= requestAnimationFrame(draw);
      else if (!store.getState().fitViewQueued) {
        first = false;
        if (typeof requestIdleCallback === 'function') {
          const idle = requestIdleCallback(draw, { timeout: 500 });
          cancelIdle = () => cancelIdleCallback(idle);
        } else {
          const timer = setTimeout(draw, 0);
          cancelIdle = () => clearTimeout(timer);
        }
      }
    };
    const unsubscribe = store.subscribe((s) => {
      const now = [s.nodes, s.transform, s.width, s.height, s.fitViewQueued];
      if (now.every((v, i) => v === seen[i])) return;
      seen = now;
      schedule();
    });
    schedule();
    // A class change above the minimap may be a theme switch, or a class the canvas toggles while
    // the user zooms or drags: the colours are read again when the browser is idle, not in the
    // next drawing frame (that read would force a style calculation in the middle of a drag).
    let cancelReread = () => {};
    const themed = new MutationObserver(() => {
      cancelReread();
      const reread = () => {
        cancelReread = () => {};
        palette = new Map();
        schedule();
      };
      if (typeof requestIdleCallback === 'function') {
        const idle = requestIdleCallback(reread, { timeout: 500 });
        cancelReread = () => cancelIdleCallback(idle);
      } else {
        const timer = setTimeout(reread, 0);
        cancelReread = () => clearTimeout(timer);
      }
    });
    for (let up = el.parentElement; up; up = up.parentElement) {
      themed.observe(up, { attributes: true, attributeFilter: ['class', 'style'] });
    }
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      void flow.zoomTo(flow.getZoom() * (e.deltaY < 0 ? 1.2 : 1 / 1.2));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      themed.disconnect();
      cancelReread();
      unsubscribe();
      cancelAnimationFrame(raf);
      cancelIdle();
      el.removeEventListener('wheel', onWheel);
    };
  }, [store, flow]);

  const centreOn = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const m = mapping.current;
    void flow.setCenter(m.x + (e.clientX - r.left) * m.scale, m.y + (e.clientY - r.top) * m.scale, {
      zoom: flow.getZoom(),
    });
  };
  return (
    <Panel position="bottom-right" className="react-flow__minimap dk-minimap dk-minimap--canvas">
      <canvas
        ref={canvas}
        width={WIDTH * (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1)}
        height={HEIGHT * (typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1)}
        style={{ width: WIDTH, height: HEIGHT, display: 'block' }}
        role="img"
        aria-label={label}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreOn(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) centreOn(e);
        }}
      />
    </Panel>
  );
});
