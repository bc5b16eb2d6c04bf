import type { KeyboardEvent } from 'react';
import { focusAfterRemoving } from './Canvas';
import type { BuilderApi } from './context';
import { dispatchEditorKey } from './keymap';
import type { BuilderView } from './BuilderToolbar';

/** What the builder's keys act on: the view, the selected item, its commands and the history. */
export interface BuilderKeyContext {
  view: BuilderView;
  api: BuilderApi;
  undo(): void;
  redo(): void;
}

/**
 * The builder's share of the editors' one keyboard map (keymap.ts): Undo / Redo everywhere but the
 * JSON text (it keeps its own text undo), and — from the design canvas, where the selected item is
 * shown — delete, duplicate and move it.
 */
export function onBuilderKey(e: KeyboardEvent<HTMLElement>, ctx: BuilderKeyContext): void {
  const { view, api, undo, redo } = ctx;
  const target = e.target as HTMLElement;
  if (target.closest('.dk-builder__json')) return;
  const item =
    view === 'design' && api.selected !== undefined && target.closest('.dk-canvas') !== null
      ? api.selected
      : undefined;
  dispatchEditorKey(
    e,
    {
      undo,
      redo,
      ...(item
        ? {
            delete: () => {
              focusAfterRemoving(api.layout, item);
              api.remove(item);
            },
            duplicate: () => api.duplicate(item),
            moveUp: () => api.moveBy(item, -1),
            moveDown: () => api.moveBy(item, 1),
          }
        : {}),
    },
    // Undo / Redo work from the inspector's inputs too: the builder's history, not the input's.
    { whileTyping: ['undo', 'redo'] },
  );
}
