/**
 * The playground's simulated clock: real time shifted by an offset the user moves forward (+1 hour,
 * +1 day) so SLA warnings, breaches and timers can be seen without waiting. The runtime receives
 * `now` as its injectable clock.
 */
export interface SimulatedClock {
  now(): Date;
  readonly offsetMs: number;
  /** Moves the clock forward and notifies subscribers. */
  advance(ms: number): void;
  reset(): void;
  subscribe(listener: () => void): () => void;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export function createSimulatedClock(
  initialOffsetMs = 0,
  realNow: () => number = Date.now,
): SimulatedClock {
  let offset = initialOffsetMs;
  const listeners = new Set<() => void>();
  const emit = () => listeners.forEach((l) => l());
  return {
    now: () => new Date(realNow() + offset),
    get offsetMs() {
      return offset;
    },
    advance(ms) {
      offset += ms;
      emit();
    },
    reset() {
      offset = 0;
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
