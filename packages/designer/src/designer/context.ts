import type { NodeType } from '@deskkit/runtime';
import { createContext, useContext } from 'react';
import { createTranslator, type Translator } from '../i18n/messages';
import { defaultNodeKinds, type NodeKind } from '../model/nodeKinds';

/**
 * What every canvas node and edge reads; changes only when the host changes `t` or `nodeKinds`, or
 * when a large graph crosses the low-detail zoom.
 */
export interface CanvasContextValue {
  t: Translator;
  kinds: Record<NodeType, NodeKind>;
  /** Viewer: handles are hidden, nothing is editable. */
  readOnly: boolean;
  /**
   * A large graph zoomed far out: nodes draw only their box and name, edges no label or arrow
   * (nothing there is readable; the canvas stays smooth).
   */
  lowDetail: boolean;
}

export const CanvasContext = createContext<CanvasContextValue>({
  t: createTranslator(),
  kinds: defaultNodeKinds,
  readOnly: false,
  lowDetail: false,
});

/** The canvas settings (translator, node kinds, read-only flag). */
export function useCanvas(): CanvasContextValue {
  return useContext(CanvasContext);
}
