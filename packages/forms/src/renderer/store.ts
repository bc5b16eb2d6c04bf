import type { FieldState } from '@deskkit/runtime';
import { jsonEqual } from '@deskkit/runtime';

type Listener = () => void;

/** One field's value, state and errors; a new object only when one of them changed. */
export interface FieldSnapshot {
  readonly value: unknown;
  readonly state: FieldState;
  readonly errors: readonly string[];
}

const HIDDEN: FieldState = Object.freeze({
  visible: true,
  required: false,
  readonly: false,
  permission: 'edit',
});
const NO_ERRORS: readonly string[] = Object.freeze([]);

/**
 * The form's data, field states and errors, with one subscription list per field so a keystroke
 * notifies only the field it changed (and fields whose rule state changed), never the whole form.
 * React reads it with `useSyncExternalStore` selectors.
 */
export class FormStore {
  private values: Record<string, unknown>;
  private states: Record<string, FieldState> = {};
  private statesIn: Record<string, FieldState> | undefined;
  private revealing: string | undefined;
  private errors: Record<string, readonly string[]> = {};
  private readonly snapshots = new Map<string, FieldSnapshot>();
  private readonly keyListeners = new Map<string, Set<Listener>>();
  private readonly listeners = new Set<Listener>();
  private readonly stateListeners = new Set<Listener>();
  private readonly errorListeners = new Set<Listener>();
  private readonly revealListeners = new Set<(field: string) => void>();

  constructor(values: Record<string, unknown> = {}) {
    this.values = values;
  }

  /** The whole data object (a new object after every change). */
  getValues(): Record<string, unknown> {
    return this.values;
  }

  getValue(key: string): unknown {
    return this.values[key];
  }

  getState(key: string): FieldState {
    return this.states[key] ?? HIDDEN;
  }

  getStates(): Record<string, FieldState> {
    return this.states;
  }

  getErrors(key: string): readonly string[] {
    return this.errors[key] ?? NO_ERRORS;
  }

  /** One field's value, state and errors in one object, for a single `useSyncExternalStore`. */
  getSnapshot(key: string): FieldSnapshot {
    let snapshot = this.snapshots.get(key);
    if (!snapshot) {
      snapshot = {
        value: this.values[key],
        state: this.getState(key),
        errors: this.getErrors(key),
      };
      this.snapshots.set(key, snapshot);
    }
    return snapshot;
  }

  /** Subscribe to one field's value, state and errors. */
  subscribeKey(key: string, listener: Listener): () => void {
    let set = this.keyListeners.get(key);
    if (!set) {
      set = new Set();
      this.keyListeners.set(key, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /** Subscribe to every change (values, states, errors). */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Subscribe to changes of field states only (what layout containers need: not keystrokes). */
  subscribeStates(listener: Listener): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Subscribe to changes of error messages only. */
  subscribeErrors(listener: Listener): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  private emit(keys: Iterable<string>, channel?: Set<Listener>): void {
    let any = false;
    for (const key of keys) {
      any = true;
      this.snapshots.delete(key);
      this.keyListeners.get(key)?.forEach((l) => l());
    }
    if (!any) return;
    channel?.forEach((l) => l());
    this.listeners.forEach((l) => l());
  }

  /** Sets one field; returns whether anything changed. */
  setValue(key: string, value: unknown): boolean {
    if (Object.is(this.values[key], value)) return false;
    const next = { ...this.values };
    if (value === undefined) delete next[key];
    else next[key] = value;
    this.values = next;
    this.emit([key]);
    return true;
  }

  /** Replaces the data, notifying only the fields whose value differs. */
  setValues(values: Record<string, unknown>): string[] {
    const changed: string[] = [];
    for (const key of new Set([...Object.keys(this.values), ...Object.keys(values)])) {
      if (!jsonEqual(this.values[key], values[key])) changed.push(key);
    }
    if (changed.length === 0) return changed;
    this.values = values;
    this.emit(changed);
    return changed;
  }

  /** Applies evaluated field states; the evaluator returns the same object for unchanged fields. */
  setStates(states: Record<string, FieldState>): void {
    // The evaluator returns the same record while no rule result changed (every keystroke).
    if (states === this.statesIn) return;
    this.statesIn = states;
    const changed: string[] = [];
    const next = { ...states };
    for (const key of Object.keys(states)) {
      const a = this.states[key];
      const b = states[key] as FieldState;
      if (a === b) continue;
      if (
        a &&
        a.visible === b.visible &&
        a.required === b.required &&
        a.readonly === b.readonly &&
        a.permission === b.permission
      ) {
        // Same state in a new object (a new evaluator): keep the old one so nothing re-renders.
        next[key] = a;
        continue;
      }
      changed.push(key);
    }
    for (const key of Object.keys(this.states)) if (!(key in states)) changed.push(key);
    this.states = next;
    this.emit(changed, this.stateListeners);
  }

  /** Replaces the error messages of every field. */
  setErrors(errors: Record<string, readonly string[]>): void {
    const changed: string[] = [];
    for (const key of new Set([...Object.keys(this.errors), ...Object.keys(errors)])) {
      const a = this.errors[key] ?? NO_ERRORS;
      const b = errors[key] ?? NO_ERRORS;
      if (a.length !== b.length || a.some((m, i) => m !== b[i])) changed.push(key);
    }
    this.errors = errors;
    this.emit(changed, this.errorListeners);
  }

  /**
   * Asks tabs and collapsed groups holding `field` to show it (before it gets focus). Until
   * {@link FormStore.endReveal}, containers mounting meanwhile (inside a tab just opened) open too.
   */
  reveal(field: string): void {
    this.revealing = field;
    this.revealListeners.forEach((l) => l(field));
  }

  /** The field being revealed, if a reveal is under way. */
  getRevealing(): string | undefined {
    return this.revealing;
  }

  endReveal(): void {
    this.revealing = undefined;
  }

  onReveal(listener: (field: string) => void): () => void {
    this.revealListeners.add(listener);
    return () => this.revealListeners.delete(listener);
  }
}
