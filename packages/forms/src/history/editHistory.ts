import { applyPatches, enablePatches, type Draft, type Patch, produceWithPatches } from 'immer';
import { useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';

enablePatches();

/**
 * A change to the document, written as an immer recipe on a draft. It may also return a whole new
 * document (the form builder's rename does).
 */
export type EditRecipe<T> = (draft: Draft<T>) => Draft<T> | void | undefined;

/** Limits of an {@link EditHistory}. */
export interface EditHistoryOptions {
  /** Undo steps kept; the oldest go first. */
  limit?: number;
  /** Edits with the same coalesce key closer together than this (ms) are one undo step. */
  coalesceMs?: number;
  /** The clock coalescing reads (tests pass their own). */
  now?: () => number;
}

/** Whether there is something to undo or redo: what a toolbar shows. */
export interface EditHistorySnapshot {
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo/redo over a controlled document, kept as immer patches (small, whatever the document's size).
 * Framework-free, with `subscribe`/`getSnapshot` for React; {@link useEditHistory} wires it to a
 * controlled `value` / `onChange`. The one history of Deskkit's editors: the form builder and the
 * workflow designer both keep their undo steps here.
 */
export interface EditHistory<T extends object> {
  /**
   * Applies a change, records it for undo and hands the new document to `onChange`. Edits with the
   * same `coalesce` key in quick succession (typing in one input) undo as one step. Returns the new
   * document, or the current one when the recipe changed nothing (then nothing is recorded).
   */
  edit(recipe: EditRecipe<T>, coalesce?: string): T;
  /** Replaces the whole document (import) as one undoable step. */
  replace(next: T): void;
  undo(): void;
  redo(): void;
  /** The latest document, including edits not yet rendered. */
  current(): T;
  /**
   * Follows the controlled value: the history's own documents keep it; any other value (the host
   * replaced the document) starts a fresh history, because old patches may not apply to it.
   */
  sync(value: T): void;
  /** Where edits, undo and redo send the next document. */
  setOnChange(fn: (next: T) => void): void;
  subscribe(listener: () => void): () => void;
  getSnapshot(): EditHistorySnapshot;
}

interface Entry {
  patches: Patch[];
  inverse: Patch[];
  /** Typing into one input merges into one entry while it continues. */
  coalesce?: string;
  at: number;
}

/**
 * Creates the undo/redo store of one document.
 *
 * @example
 * ```ts
 * const history = createEditHistory(form, { limit: 200 });
 * history.setOnChange(setForm);
 * history.edit((draft) => void (draft.title = 'Laptop'), 'title');
 * history.undo();
 * ```
 */
export function createEditHistory<T extends object>(
  initial: T,
  options: EditHistoryOptions = {},
): EditHistory<T> {
  const { limit = 500, coalesceMs = 1200, now = Date.now } = options;
  let latest = initial;
  let past: Entry[] = [];
  let future: Entry[] = [];
  let onChange: (next: T) => void = () => {};
  let snapshot: EditHistorySnapshot = { canUndo: false, canRedo: false };
  const listeners = new Set<() => void>();

  const notify = (): void => {
    const next = { canUndo: past.length > 0, canRedo: future.length > 0 };
    if (next.canUndo !== snapshot.canUndo || next.canRedo !== snapshot.canRedo) {
      snapshot = next;
      for (const l of listeners) l();
    }
  };
  const emit = (next: T): void => {
    latest = next;
    notify();
    onChange(next);
  };
  const edit = (recipe: EditRecipe<T>, coalesce?: string): T => {
    const [next, patches, inverse] = produceWithPatches(latest, recipe as (d: Draft<T>) => void);
    if (patches.length === 0) return latest;
    const at = now();
    const last = past[past.length - 1];
    // After an undo, a new edit starts a new step: it never merges into what came before.
    if (
      coalesce &&
      last?.coalesce === coalesce &&
      at - last.at < coalesceMs &&
      future.length === 0
    ) {
      last.patches = [...last.patches, ...patches];
      last.inverse = [...inverse, ...last.inverse];
      last.at = at;
    } else {
      past.push({ patches, inverse, at, ...(coalesce ? { coalesce } : {}) });
      if (past.length > limit) past.shift();
    }
    future = [];
    emit(next as T);
    return next as T;
  };

  return {
    edit,
    replace(next) {
      edit((draft) => {
        const d = draft as Record<string, unknown>;
        for (const key of Object.keys(d)) if (!(key in next)) delete d[key];
        Object.assign(d, next);
      });
    },
    undo() {
      const entry = past.pop();
      if (!entry) return;
      // An undone step typed into again is a new step, not more of the old one.
      delete entry.coalesce;
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
    sync(value) {
      if (value === latest) return;
      latest = value;
      past = [];
      future = [];
      notify();
    },
    setOnChange(fn) {
      onChange = fn;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
  };
}

/** What {@link useEditHistory} gives a component: the store's commands and its snapshot. */
export type EditHistoryApi<T extends object> = Pick<
  EditHistory<T>,
  'edit' | 'replace' | 'undo' | 'redo' | 'current'
> &
  EditHistorySnapshot;

/**
 * Keeps an {@link EditHistory} next to a controlled `value`: edits, undo and redo go to
 * `onChange`; a `value` the history did not produce starts a fresh history.
 *
 * @example
 * ```tsx
 * const history = useEditHistory(definition, setDefinition);
 * <button disabled={!history.canUndo} onClick={history.undo}>Undo</button>
 * ```
 */
export function useEditHistory<T extends object>(
  value: T,
  onChange: (next: T) => void,
  options?: EditHistoryOptions,
): EditHistoryApi<T> {
  const [store] = useState(() => createEditHistory(value, options));
  useLayoutEffect(() => store.setOnChange(onChange), [store, onChange]);
  useLayoutEffect(() => store.sync(value), [store, value]);
  const { canUndo, canRedo } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
    store.getSnapshot,
  );
  return useMemo(() => {
    const { edit, replace, undo, redo, current } = store;
    return { edit, replace, undo, redo, current, canUndo, canRedo };
  }, [store, canUndo, canRedo]);
}
