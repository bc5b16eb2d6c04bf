/**
 * Extra jsdom setup for @xyflow/react (on top of scripts/vitest.setup-dom.ts): DOMMatrixReadOnly
 * with the fields xyflow reads, element sizes for the canvas, and pointer capture methods.
 */
class DOMMatrixReadOnlyStub {
  m22: number;
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}
const g = globalThis as unknown as Record<string, unknown>;
g.DOMMatrixReadOnly = DOMMatrixReadOnlyStub;

if (typeof HTMLElement !== 'undefined') {
  // The canvas measures its container and nodes; give them a size so fitView and visibility work.
  Object.defineProperties(HTMLElement.prototype, {
    offsetHeight: { configurable: true, get: () => 600 },
    offsetWidth: { configurable: true, get: () => 800 },
  });
  const proto = Element.prototype as unknown as Record<string, unknown>;
  proto.setPointerCapture ??= () => {};
  proto.releasePointerCapture ??= () => {};
  proto.hasPointerCapture ??= () => false;
  (SVGElement.prototype as unknown as Record<string, unknown>).getBBox ??= () => ({
    x: 0,
    y: 0,
    width: 0,
    height: 0,
  });
}
