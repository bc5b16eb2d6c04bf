import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, within } from 'storybook/test';
import type { LayoutItem } from '../model/dashboard.types';
import { onPage } from '../testing/storyDecorator';
import { DashboardGrid } from './DashboardGrid';

const start: LayoutItem[] = [
  { i: 'Queue', x: 0, y: 0, w: 4, h: 2 },
  { i: 'Backlog', x: 4, y: 0, w: 4, h: 3 },
  { i: 'Pinned notice', x: 8, y: 0, w: 4, h: 2, static: true },
  { i: 'Trend', x: 0, y: 2, w: 4, h: 2 },
  { i: 'Agents', x: 8, y: 2, w: 4, h: 3 },
];

/**
 * The dashboard's own grid on its own: drag a tile by its handle, resize it by its bottom-right
 * corner (mouse, pen or finger); the others make room. The pinned tile stays put.
 */
function Playground({ editable }: { editable: boolean }) {
  const [layout, setLayout] = useState(start);
  return (
    <div className={editable ? 'dk-dashboard dk-dashboard--editing' : 'dk-dashboard'}>
      <div className="dk-dashboard__grid">
        <DashboardGrid
          layout={layout}
          width={720}
          cols={12}
          rowHeight={56}
          editable={editable}
          onLayoutCommit={setLayout}
          renderItem={(id) => {
            const item = layout.find((l) => l.i === id);
            return (
              <section className="dk-widget" aria-label={id}>
                <header className="dk-widget__header">
                  {editable && !item?.static && (
                    <button
                      type="button"
                      className="dk-widget__handle dk-drag-handle"
                      aria-label={`Move ${id}`}
                    >
                      <span aria-hidden="true">⠿</span>
                    </button>
                  )}
                  <h3 className="dk-widget__title">{id}</h3>
                </header>
                <p className="dk-widget__body">
                  {item ? `${item.w} × ${item.h} at column ${item.x + 1}, row ${item.y + 1}` : ''}
                </p>
              </section>
            );
          }}
        />
      </div>
    </div>
  );
}

const meta: Meta<typeof Playground> = {
  title: 'Widgets/DashboardGrid',
  component: Playground,
  decorators: [onPage],
};
export default meta;
type Story = StoryObj<typeof Playground>;

export const Editable: Story = {
  args: { editable: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Move Queue' })).toBeInTheDocument();
    await expect(canvas.queryByRole('button', { name: 'Move Pinned notice' })).toBeNull();
    await expect(canvasElement.querySelectorAll('.dk-grid__resize')).toHaveLength(4);
  },
};

export const ReadOnly: Story = {
  args: { editable: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('.dk-grid__resize')).toHaveLength(0);
  },
};
