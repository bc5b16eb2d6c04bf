import type { EdgeDefinition, NodeType, WorkflowDefinition } from '@deskkit/runtime';
import type { EditHistoryApi, ShowText } from '@deskkit/forms';
import { type RefObject, useCallback, useRef } from 'react';
import type { Translator } from '../i18n/messages';
import {
  allElementIds,
  copyFragment,
  type Fragment,
  PASTE_OFFSET,
  pasteFragment,
  shiftFragment,
} from '../model/clipboard';
import {
  addNode,
  applyLayout,
  connect,
  deleteElements,
  moveNodes,
  reconnect,
} from '../model/edits';
import { layoutDefinition } from '../model/layout';
import type { NodeKind } from '../model/nodeKinds';
import type { CanvasController } from './DesignerCanvas';

type Point = { x: number; y: number };
type Outcome = EdgeDefinition['outcome'];

/** What the canvas commands need: the history, the canvas, the node kinds, words and selection. */
export interface CanvasCommandDeps {
  history: EditHistoryApi<WorkflowDefinition>;
  controller: RefObject<CanvasController | null>;
  kinds: Record<NodeType, NodeKind>;
  t: Translator;
  text: ShowText;
  selection: { nodes: string[]; edges: string[] };
  announce(message: string): void;
}

/**
 * The designer's canvas commands (palette, toolbar, inspector, keyboard map): each runs one pure
 * edit of model/ as one undo step, selects what it added and says what it did in the live region.
 */
export function useCanvasCommands(deps: CanvasCommandDeps) {
  const { history, controller, kinds, t, text, selection, announce } = deps;
  const { edit, current } = history;
  const clipboard = useRef<Fragment | null>(null);

  const move = useCallback(
    (positions: Map<string, Point>) => edit((d) => moveNodes(d, positions)),
    [edit],
  );
  const connectNodes = useCallback(
    (from: string, to: string, outcome: Outcome) => {
      let id: string | null = null;
      edit((d) => void (id = connect(d, from, to, outcome)));
      if (id) {
        const name = (nid: string) => text(current().nodes.find((n) => n.id === nid)?.name) || nid;
        announce(t('announce.connected', { from: name(from), to: name(to) }));
      }
    },
    [edit, current, t, text, announce],
  );
  const reconnectEdge = useCallback(
    (edgeId: string, from: string, to: string, outcome: Outcome) =>
      edit((d) => reconnect(d, edgeId, from, to, outcome)),
    [edit],
  );
  const add = useCallback(
    (type: NodeType, position?: Point) => {
      const at = position ?? controller.current?.freeSpot(type) ?? { x: 80, y: 80 };
      let id = '';
      const name = t(`type.${type}`);
      edit((d) => void (id = addNode(d, kinds[type], name, at)));
      controller.current?.selectWhenAdded([id]);
      announce(t('announce.added', { type: name, name: id }));
    },
    [kinds, edit, t, controller, announce],
  );
  const remove = useCallback(
    (nodeIds: readonly string[], edgeIds: readonly string[]) => {
      if (nodeIds.length + edgeIds.length === 0) return;
      edit((d) => deleteElements(d, new Set(nodeIds), new Set(edgeIds)));
      announce(t('announce.deleted', { count: nodeIds.length + edgeIds.length }));
    },
    [edit, t, announce],
  );
  const select = useCallback(
    (nodes: string[], edges: string[]) => controller.current?.select(nodes, edges),
    [controller],
  );
  const autoLayout = useCallback(() => {
    const positions = layoutDefinition(current(), kinds);
    edit((d) => applyLayout(d, positions));
    announce(t('announce.layout'));
    requestAnimationFrame(() => controller.current?.fit());
  }, [current, kinds, edit, t, controller, announce]);
  const undo = useCallback(() => {
    history.undo();
    announce(t('announce.undo'));
  }, [history, t, announce]);
  const redo = useCallback(() => {
    history.redo();
    announce(t('announce.redo'));
  }, [history, t, announce]);

  // The keyboard map's own commands: it reads them afresh on every key press.
  const pasteOf = (fragment: Fragment) => {
    let added: string[] = [];
    edit((d) => void (added = pasteFragment(d, fragment, PASTE_OFFSET)));
    controller.current?.selectWhenAdded(added);
    announce(t('announce.pasted', { count: added.length }));
  };
  const copy = () => {
    if (selection.nodes.length === 0) return;
    clipboard.current = copyFragment(current(), new Set(selection.nodes));
    announce(t('announce.copied', { count: selection.nodes.length }));
  };
  const paste = () => {
    const fragment = clipboard.current;
    if (!fragment || fragment.nodes.length === 0) return;
    pasteOf(fragment);
    clipboard.current = shiftFragment(fragment, PASTE_OFFSET);
  };
  const duplicate = () => {
    if (selection.nodes.length === 0) return;
    pasteOf(copyFragment(current(), new Set(selection.nodes)));
  };
  const selectAll = () => {
    const all = allElementIds(current());
    select(all.nodes, all.edges);
  };
  const removeSelection = () => remove(selection.nodes, selection.edges);

  // The commands the canvas, palette, inspector and toolbar (memoised) receive keep their identity
  // while their inputs do; the object holding them is only read.
  return {
    move,
    connect: connectNodes,
    reconnect: reconnectEdge,
    add,
    remove,
    removeSelection,
    select,
    selectAll,
    autoLayout,
    undo,
    redo,
    copy,
    paste,
    duplicate,
  };
}

/** The designer's canvas commands (see {@link useCanvasCommands}). */
export type CanvasCommands = ReturnType<typeof useCanvasCommands>;
