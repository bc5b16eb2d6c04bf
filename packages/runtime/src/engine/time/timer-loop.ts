/** Options of `runtime.startTimers`. */
export interface TimerLoopOptions {
  /** Pause between the end of one tick and the start of the next (ms); default 1000. */
  intervalMs?: number;
  /** Called when a tick throws (the loop goes on). */
  onError?: (error: unknown) => void;
  /** Node: let the process exit while the loop waits (default false: the loop keeps it alive). */
  unref?: boolean;
}

/**
 * Runs `tick` in a loop, one at a time, `intervalMs` apart. The returned function stops the loop and
 * resolves once a tick in progress has finished, so a process can shut down cleanly.
 *
 * @example
 * ```ts
 * const stop = runtime.startTimers({ intervalMs: 5_000 });
 * process.on('SIGTERM', async () => { await stop(); process.exit(0); });
 * ```
 */
export function startTimerLoop(
  tick: () => Promise<unknown>,
  options: TimerLoopOptions = {},
): () => Promise<void> {
  const intervalMs = options.intervalMs ?? 1000;
  if (!(intervalMs >= 0) || !Number.isFinite(intervalMs)) {
    throw new RangeError(`startTimers: intervalMs must be a finite number ≥ 0, got ${intervalMs}`);
  }
  let stopped = false;
  let handle: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | undefined;
  const schedule = (delay: number) => {
    handle = setTimeout(run, delay);
    if (options.unref) (handle as { unref?: () => void }).unref?.();
  };
  function run(): void {
    if (stopped) return;
    inFlight = tick().then(
      () => undefined,
      (error: unknown) => options.onError?.(error),
    );
    void inFlight.then(() => {
      inFlight = undefined;
      if (!stopped) schedule(intervalMs);
    });
  }
  schedule(0);
  return async () => {
    stopped = true;
    if (handle !== undefined) clearTimeout(handle);
    await inFlight;
  };
}
