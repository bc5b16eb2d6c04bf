import { browserHost } from './browserHost';
import { createDesk } from './desk';
import { DEMO_HISTORY } from './history';
import type { DeskHost } from './host';
import { indexedDbPersistence } from './persistence';

/** The in-browser mode: the desk's runtime in this tab, saved to IndexedDB, its timers running. */
export async function bootBrowserDesk(): Promise<DeskHost> {
  const desk = await createDesk({ persistence: indexedDbPersistence(), history: DEMO_HISTORY });
  // Catch up with whatever fell due while the page was closed.
  await desk.tick();
  window.addEventListener('pagehide', () => void desk.flush());
  desk.startTimers({
    intervalMs: 15_000,
    onError: (error) => console.warn('Deskkit playground: a timer tick failed', error),
  });
  return browserHost(desk);
}
