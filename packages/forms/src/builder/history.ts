import type { Patch } from 'immer';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import type { Draft } from 'immer';

enablePatches();

interface Entry {
  patches: Patch[];
  inverse: Patch[];
  key?: string;
  at: number;
}

/** How long consecutive edits with the same key (typing in one input) merge into one undo step. */
const COALESCE_MS = 1200;

/**
 * Undo/redo of every edit as immer patches. The document itself stays with the host (controlled):
 * `edit` and `undo` compute the next document from the current one and hand it to `commit`.
 */
export class EditHistory<T extends object> {
  private undoStack: Entry[] = [];
  private redoStack: Entry[] = [];
  private readonly listeners = new Set<() => void>();
  private version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): number => this.version;

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  private changed(): void {
    this.version++;
    this.listeners.forEach((l) => l());
  }

  /** Applies a recipe to `current`; returns the next document (or `current` when nothing changed). */
  edit(current: T, recipe: (draft: Draft<T>) => void, key?: string, now = Date.now()): T {
    const [next, patches, inverse] = produceWithPatches(current, recipe);
    if (patches.length === 0) return current;
    const last = this.undoStack[this.undoStack.length - 1];
    if (
      key &&
      last &&
      last.key === key &&
      now - last.at < COALESCE_MS &&
      this.redoStack.length === 0
    ) {
      last.patches = [...last.patches, ...patches];
      last.inverse = [...inverse, ...last.inverse];
      last.at = now;
    } else {
      this.undoStack.push({ patches, inverse, at: now, ...(key ? { key } : {}) });
      if (this.undoStack.length > 200) this.undoStack.shift();
    }
    this.redoStack = [];
    this.changed();
    return next as T;
  }

  undo(current: T): T {
    const entry = this.undoStack.pop();
    if (!entry) return current;
    this.redoStack.push(entry);
    this.changed();
    return applyPatches(current, entry.inverse);
  }

  redo(current: T): T {
    const entry = this.redoStack.pop();
    if (!entry) return current;
    entry.key = undefined;
    this.undoStack.push(entry);
    this.changed();
    return applyPatches(current, entry.patches);
  }
}
