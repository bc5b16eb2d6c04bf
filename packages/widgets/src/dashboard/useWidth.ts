import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, following resizes. A width of 0 (not laid out yet, hidden, or a
 * test DOM without layout) keeps the fallback, so the grid never collapses to its narrowest breakpoint.
 */
export function useWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const measured = Math.round(node.getBoundingClientRect().width);
    if (measured > 0) setWidth(measured);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth(w);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** Width and height of an element, following resizes; 0 keeps the fallback (see {@link useWidth}). */
export function useSize<E extends HTMLElement>(fallback: { width: number; height: number }) {
  const ref = useRef<E | null>(null);
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    const apply = (width: number, height: number) => {
      if (width > 0 && height > 0)
        setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    const rect = node.getBoundingClientRect();
    apply(Math.round(rect.width), Math.round(rect.height));
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) apply(Math.round(box.width), Math.round(box.height));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return { ref, ...size };
}
