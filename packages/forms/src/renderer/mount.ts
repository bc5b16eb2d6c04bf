import type { FormLayoutNode } from '@deskkit/runtime';
import { startTransition, useEffect, useState } from 'react';

/** Fields shown in a form's first frame at most (a tall screen of 4-column rows). */
export const FIRST_FIELDS = 48;
/** Fields a form mounts in its first frame at least. */
const MIN_FIRST_FIELDS = 12;
/** Estimated heights (px) of a field or row, and of a group/tab header or text, for the first screen. */
const LINE = 64;
const HEADER = 48;

/**
 * How many fields, in reading order, fill the first screen of `height` pixels (with a fifth
 * more for safety, at most {@link FIRST_FIELDS} on screen): fields in a row share a line; an
 * inactive tab's or a collapsed group's fields take no room (they do not mount yet) but keep
 * their place in the count.
 *
 * @example
 * ```ts
 * firstScreenFields(model.layout, window.innerHeight); // 17 for 1-column fields on 900 px
 * ```
 */
export function firstScreenFields(layout: FormLayoutNode[], height: number): number {
  const limit = height * 1.2;
  let y = 0;
  let count = 0;
  let shown = 0;
  const skip = (nodes: FormLayoutNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'field') count++;
      else if ('children' in node) skip(node.children);
    }
  };
  const walk = (nodes: FormLayoutNode[], inRow: boolean): void => {
    let firstTab = true;
    for (const node of nodes) {
      if (y > limit || shown >= FIRST_FIELDS) return;
      if (node.type !== 'tab') firstTab = true;
      if (node.type === 'field') {
        count++;
        shown++;
        if (!inRow) y += LINE;
      } else if (node.type === 'text') {
        if (!inRow) y += HEADER;
      } else if (node.type === 'row') {
        walk(node.children, true);
        y += LINE;
      } else if (node.type === 'group') {
        y += HEADER;
        if (node.collapsible && node.collapsed) skip(node.children);
        else walk(node.children, false);
      } else {
        // Consecutive tabs: the first one shows, the others only keep their fields' places.
        if (firstTab) {
          y += HEADER;
          walk(node.children, false);
        } else skip(node.children);
        firstTab = false;
      }
    }
  };
  walk(layout, false);
  return Math.max(MIN_FIRST_FIELDS, count);
}
type Listener = (urgent: boolean) => void;

/**
 * Lets a long form paint its first screen of fields at once and mount the rest right after, in
 * a React transition, so typing is never blocked behind fields off screen. Fields
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

/**
 * Opens the gate to every field after the first screen is painted, in one transition: React renders
 * the rest in slices of a few milliseconds (a keystroke meanwhile is handled between two slices)
 * and commits it once. Steps of a fixed size each cost a commit, a layout and a frame of their own,
 * which made the whole form later than plain rjsf's single render (issue 19).
 */
export function useProgressiveMount(gate: MountGate): void {
  useEffect(() => {
    if (gate.complete) return;
    startTransition(() => gate.advance());
  }, [gate]);
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
    // Never lower: a new gate (the form changed, e.g. in the builder's preview) must not unmount
    // fields already on the page.
    const update = (urgent: boolean): void => {
      const next = (prev: number): number => Math.max(prev, gate.complete ? to : clamp());
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
