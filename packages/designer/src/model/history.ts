import type { WorkflowDefinition } from '@deskkit/runtime';
import { applyPatches, enablePatches, type Patch, produceWithPatches } from 'immer';
import { useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';

enablePatches();

interface Entry {
  patches: Patch[];
  inverse: Patch[];
  /** Typing into one input merges into one entry while it continues. */
  coalesce?: string;
  at: number;
}

/** Edits with the same coalesce key closer together than this are one undo step. */
const COALESCE_MS = 1200;
const MAX_ENTRIES = 500;

/** A change to the definition, written as an immer recipe on a draft. */
export type Recipe = (draft: WorkflowDefinition) => void;

/** Undo/redo over a controlled definition, kept as immer patches (small, whatever the graph size). */
export interface DefinitionHistory {
  /**
   * Applies a change, records it for undo and hands the new definition to `onChange`. Edits with
   * the same `coalesce` key in quick succession (typing) undo as one step.
   */
  edit(recipe: Recipe, coalesce?: string): WorkflowDefinition;
  /** Replaces the whole definition (import) as one undoable step. */
  replace(next: WorkflowDefinition): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** The latest definition, including edits not yet rendered. */
  current(): WorkflowDefinition;
}

interface Snapshot {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The undo/redo store: plain functions over patches, with `subscribe`/`getSnapshot` for React.
 * A value that did not come from this store (the host replaced it) starts a fresh history,
 * because old patches may not apply to it.
 */
export function createHistoryStore(initial: WorkflowDefinition) {
  let latest = initial;
  let past: Entry[] = [];
  let future: Entry[] = [];
  let onChange: (next: WorkflowDefinition) => void = () => {};
  let snapshot: Snapshot = { canUndo: false, canRedo: false };
  const listeners = new Set<() => void>();

  const notify = () => {
    const next = { canUndo: past.length > 0, canRedo: future.length > 0 };
    if (next.canUndo !== snapshot.canUndo || next.canRedo !== snapshot.canRedo) {
      snapshot = next;
      for (const l of listeners) l();
    }
  };
  const emit = (next: WorkflowDefinition) => {
    latest = next;
    notify();
    onChange(next);
  };
  const edit = (recipe: Recipe, coalesce?: string) => {
    const [next, patches, inverse] = produceWithPatches(latest, recipe);
    if (patches.length === 0) return latest;
    const now = Date.now();
    const last = past[past.length - 1];
    if (coalesce && last && last.coalesce === coalesce && now - last.at < COALESCE_MS) {
      last.patches = [...last.patches, ...patches];
      last.inverse = [...inverse, ...last.inverse];
      last.at = now;
    } else {
      past.push({ patches, inverse, coalesce, at: now });
      if (past.length > MAX_ENTRIES) past.shift();
    }
    future = [];
    emit(next);
    return next;
  };
  return {
    edit,
    replace(next: WorkflowDefinition) {
      edit((draft) => {
        for (const key of Object.keys(draft) as Array<keyof WorkflowDefinition>) {
          if (!(key in next)) delete draft[key];
        }
        Object.assign(draft, next);
      });
    },
    undo() {
      const entry = past.pop();
      if (!entry) return;
      entry.coalesce = undefined;
      future.push(entry);
      emit(applyPatches(latest, entry.inverse));
    },
    redo() {
      const entry = future.pop();
      if (!entry) return;
      past.push(entry);
      emit(applyPatches(latest, entry.patches));
    },
    current: () => latest,
    /** Follows the controlled value: our own emissions keep the history, anything else resets it. */
    sync(value: WorkflowDefinition) {
      if (value === latest) return;
      latest = value;
      past = [];
      future = [];
      notify();
    },
    setOnChange(fn: (next: WorkflowDefinition) => void) {
      onChange = fn;
    },
    subscribe(l: () => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    getSnapshot: () => snapshot,
  };
}

/** Keeps undo/redo stacks of patches next to a controlled `value`. */
export function useDefinitionHistory(
  value: WorkflowDefinition,
  onChange: (next: WorkflowDefinition) => void,
): DefinitionHistory {
  const [store] = useState(() => createHistoryStore(value));
  useLayoutEffect(() => store.setOnChange(onChange), [store, onChange]);
  useLayoutEffect(() => store.sync(value), [store, value]);
  const snap = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const { canUndo, canRedo } = snap;
  return useMemo(() => ({ ...api(store), canUndo, canRedo }), [store, canUndo, canRedo]);
}

function api(store: ReturnType<typeof createHistoryStore>) {
  const { edit, replace, undo, redo, current } = store;
  return { edit, replace, undo, redo, current };
}
