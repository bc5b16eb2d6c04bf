import { dispatchEditorKey } from '@deskkit/forms';
import type { KeyboardEvent } from 'react';
import type { DesignerTab } from './designer.types';
import type { CanvasCommands } from './useCanvasCommands';

/**
 * The designer's share of the editors' one keyboard map (`dispatchEditorKey` of @deskkit/forms):
 * Undo / Redo on every tab, and on the Process tab copy, paste, duplicate, select all, delete and
 * deselect. The Form tab's builder handles its keys first, and once; an open dialog has its own.
 */
export function onDesignerKey(
  e: KeyboardEvent<HTMLElement>,
  ctx: { dialogOpen: boolean; tab: DesignerTab; commands: CanvasCommands },
): void {
  const { dialogOpen, tab, commands: c } = ctx;
  if (dialogOpen) return;
  const onCanvas =
    tab === 'process'
      ? {
          copy: c.copy,
          paste: c.paste,
          duplicate: c.duplicate,
          selectAll: c.selectAll,
          delete: c.removeSelection,
          deselect: () => c.select([], []),
        }
      : {};
  dispatchEditorKey(e, { undo: c.undo, redo: c.redo, ...onCanvas });
}
