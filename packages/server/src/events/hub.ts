import type { Runtime } from '@deskkit/runtime';
import type { EventNotifier } from './events.types';

/** How long local commits are gathered into one notification of the other processes (ms). */
const NOTIFY_DELAY_MS = 15;

/**
 * This process's wake-up line for its event streams: fires when a command commits here (through
 * `runtime.subscribe`) and when another process notifies. Local commits are passed on to the
 * notifier, gathered into at most one notification per {@link NOTIFY_DELAY_MS}.
 */
export function createEventHub(runtime: Runtime, notifier?: EventNotifier) {
  const wakers = new Set<() => void>();
  const wake = (): void => {
    for (const w of wakers) w();
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  const stopLocal = runtime.subscribe(() => {
    wake();
    if (notifier && pending === undefined) {
      pending = setTimeout(() => {
        pending = undefined;
        notifier.notify();
      }, NOTIFY_DELAY_MS);
    }
  });
  const stopRemote = notifier?.subscribe(wake);
  return {
    /** Calls `fn` on every wake until the returned function is called. */
    add(fn: () => void): () => void {
      wakers.add(fn);
      return () => wakers.delete(fn);
    },
    close(): void {
      stopLocal();
      stopRemote?.();
      if (pending !== undefined) {
        clearTimeout(pending);
        pending = undefined;
        notifier?.notify();
      }
    },
  };
}
