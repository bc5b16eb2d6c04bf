import { startTransition, useEffect, useState } from 'react';

/** Fields a form mounts in its first frame: more than a tall screen shows, even in 4 columns. */
export const FIRST_FIELDS = 48;
/** Fields mounted per step after the first frame (an interruptible transition each). */
export const STEP_FIELDS = 96;

type Listener = (urgent: boolean) => void;

/**
 * Lets a long form paint its first screen of fields at once and mount the rest right after, in
 * steps that are React transitions, so typing is never blocked behind fields off screen. Fields
 * are numbered in reading order (`FormModel.order`); a layout node mounts once the limit passes
 * the first field at or after it (`FormModel.starts`).
 */
export class MountGate {
  private current: number;
  private readonly total: number;
  private readonly listeners = new Set<Listener>();

  constructor(total: number, first = FIRST_FIELDS) {
    this.total = total;
    this.current = Math.min(total, first);
  }

  /** How many fields (in reading order) may mount now. */
  get limit(): number {
    return this.current;
  }

  /** Whether a node whose first field is numbered `start` may mount. */
  isOpen(start: number): boolean {
    return start < this.current || this.complete;
  }

  /** Whether every field may mount. */
  get complete(): boolean {
    return this.current >= this.total;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Raises the limit by `count` fields (every field when `count` is omitted). */
  advance(count = this.total, urgent = false): void {
    const next = Math.min(this.total, this.current + count);
    if (next === this.current) return;
    this.current = next;
    this.listeners.forEach((l) => l(urgent));
  }
}

/** Raises the gate's limit one step per commit, each step a transition, until every field mounted. */
export function useProgressiveMount(gate: MountGate): void {
  const [step, setStep] = useState(0);
  useEffect(() => {
    if (gate.complete) return;
    startTransition(() => {
      gate.advance(STEP_FIELDS);
      setStep((s) => s + 1);
    });
  }, [gate, step]);
}

/**
 * The gate's limit as far as a list of nodes starting at field `from` cares: it re-renders the
 * list (in a transition) only while the limit moves through it, and never once it is all open.
 */
export function useGateLimit(gate: MountGate, from: number, to: number): number {
  const clamp = (): number => Math.min(Math.max(gate.limit, from), to);
  const [limit, setLimit] = useState(() => (gate.complete ? to : clamp()));
  const open = limit >= to;
  useEffect(() => {
    if (open) return undefined;
    const update = (urgent: boolean): void => {
      const next = gate.complete ? to : clamp();
      if (urgent) setLimit(next);
      else startTransition(() => setLimit(next));
    };
    update(false);
    return gate.subscribe(update);
    // `clamp` reads only gate, from and to.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [gate, from, to, open]);
  return limit;
}
