import { fireEvent, render, screen } from '@testing-library/react';
import type { LayoutItem } from '../model/dashboard.types';
import { DashboardGrid, type DashboardGridProps } from './DashboardGrid';

// 12 columns of 88 px with 16 px gaps: one column step is 104 px, one row step 72 px.
const layout: LayoutItem[] = [
  { i: 'a', x: 0, y: 0, w: 6, h: 2 },
  { i: 'b', x: 6, y: 0, w: 6, h: 2 },
  { i: 'c', x: 0, y: 2, w: 12, h: 3 },
];

function setup(props: Partial<DashboardGridProps> = {}) {
  const onLayoutCommit = vi.fn<DashboardGridProps['onLayoutCommit']>();
  const utils = render(
    <DashboardGrid
      layout={layout}
      width={1232}
      cols={12}
      rowHeight={56}
      gap={16}
      editable
      onLayoutCommit={onLayoutCommit}
      renderItem={(id) => (
        <section aria-label={`Widget ${id}`}>
          <button type="button" className="dk-drag-handle" aria-label={`Move ${id}`} />
        </section>
      )}
      {...props}
    />,
  );
  return { ...utils, onLayoutCommit };
}

const cellOf = (id: string) => screen.getByRole('region', { name: `Widget ${id}` }).parentElement;

/** Presses at (x, y), moves through the points, and releases where the last one is. */
function gesture(target: Element, from: [number, number], ...path: Array<[number, number]>) {
  const at = ([clientX, clientY]: [number, number]) => ({ pointerId: 1, clientX, clientY });
  fireEvent.pointerDown(target, { ...at(from), button: 0, pointerType: 'mouse' });
  for (const p of path) fireEvent.pointerMove(window, at(p));
  return {
    release: () => fireEvent.pointerUp(window, at(path.at(-1) ?? from)),
  };
}

describe('DashboardGrid', () => {
  it('places each item on its cells and is as tall as its rows', () => {
    const { container } = setup();
    expect(cellOf('b')).toHaveStyle({ transform: 'translate(624px, 0px)', width: '608px' });
    expect(cellOf('c')).toHaveStyle({ transform: 'translate(0px, 144px)', height: '200px' });
    expect(container.querySelector('.dk-grid')).toHaveStyle({ height: '344px' });
  });

  it('moves an item dragged by its handle; the others make room; the layout is saved on release', () => {
    const { container, onLayoutCommit } = setup();
    const drag = gesture(
      screen.getByRole('button', { name: 'Move c' }),
      [10, 150],
      [10, 120],
      [10, 5],
    );
    // While dragging, the item follows the pointer and a placeholder shows where it lands.
    expect(cellOf('c')).toHaveStyle({ transform: 'translate(0px, -1px)' });
    expect(cellOf('c')).toHaveClass('dk-grid__item--active');
    expect(container.querySelector('.dk-grid__placeholder')).toHaveStyle({
      transform: 'translate(0px, 0px)',
    });
    expect(cellOf('a')).toHaveStyle({ transform: 'translate(0px, 216px)' });
    expect(onLayoutCommit).not.toHaveBeenCalled();
    drag.release();
    expect(onLayoutCommit).toHaveBeenCalledWith(
      [
        { i: 'a', x: 0, y: 3, w: 6, h: 2 },
        { i: 'b', x: 6, y: 3, w: 6, h: 2 },
        { i: 'c', x: 0, y: 0, w: 12, h: 3 },
      ],
      { id: 'c', kind: 'move' },
    );
    expect(container.querySelector('.dk-grid__placeholder')).toBeNull();
  });

  it('resizes an item by its corner within the columns', () => {
    const { container, onLayoutCommit } = setup();
    const corner = cellOf('a')?.querySelector('.dk-grid__resize');
    if (!corner) throw new Error('no resize corner');
    gesture(corner, [600, 120], [700, 200], [2000, 200]).release();
    expect(onLayoutCommit).toHaveBeenCalledWith(
      [
        { i: 'a', x: 0, y: 0, w: 12, h: 3 },
        { i: 'b', x: 6, y: 3, w: 6, h: 2 },
        { i: 'c', x: 0, y: 5, w: 12, h: 3 },
      ],
      { id: 'a', kind: 'resize' },
    );
    expect(container.querySelector('.dk-grid--active')).toBeNull();
  });

  it('keeps a click a click, and Escape cancels a drag', () => {
    const { onLayoutCommit } = setup();
    const handle = screen.getByRole('button', { name: 'Move a' });
    gesture(handle, [10, 10], [12, 11]).release();
    const drag = gesture(handle, [10, 10], [700, 300]);
    expect(cellOf('a')).toHaveClass('dk-grid__item--active');
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(cellOf('a')).toHaveStyle({ transform: 'translate(0px, 0px)' });
    drag.release();
    expect(onLayoutCommit).not.toHaveBeenCalled();
  });

  it('neither drags nor resizes when read-only, or a pinned item', () => {
    const view = setup({ editable: false });
    expect(view.container.querySelector('.dk-grid__resize')).toBeNull();
    gesture(screen.getByRole('button', { name: 'Move a' }), [10, 10], [700, 300]).release();
    expect(view.onLayoutCommit).not.toHaveBeenCalled();
    view.unmount();

    const pinned = setup({
      layout: [{ ...layout[0], static: true } as LayoutItem, ...layout.slice(1)],
    });
    expect(cellOf('a')?.querySelector('.dk-grid__resize')).toBeNull();
    gesture(screen.getByRole('button', { name: 'Move a' }), [10, 10], [700, 300]).release();
    expect(pinned.onLayoutCommit).not.toHaveBeenCalled();
  });
});
