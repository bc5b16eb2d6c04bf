import { DeskkitError } from '../errors/errors';
import type { StorageAdapter } from '../storage/storage.types';
import type { EventsPage } from './runtime.types';

function feedOf(s: StorageAdapter): Required<Pick<StorageAdapter, 'readEvents' | 'eventsHead'>> {
  if (!s.readEvents || !s.eventsHead) {
    throw new DeskkitError(
      'STORAGE_FAILED',
      'This storage adapter has no event feed: add readEvents and eventsHead (conformance "feed/").',
    );
  }
  return s as Required<StorageAdapter>;
}

/**
 * A page of the global event feed as runtime events: each with its `position` and its ticket as
 * it is now (one read per ticket). Events of a ticket deleted since are skipped, not the cursor.
 */
export async function eventsSince(
  storage: StorageAdapter,
  cursor: string | null,
  limit = 100,
): Promise<EventsPage> {
  const page = await feedOf(storage).readEvents(cursor, Math.max(1, Math.min(limit, 1000)));
  const ids = [...new Set(page.events.map((e) => e.ticketId))];
  const tickets = new Map(
    await Promise.all(ids.map(async (id) => [id, await storage.getTicket(id)] as const)),
  );
  const events: EventsPage['events'] = [];
  for (const e of page.events) {
    const ticket = tickets.get(e.ticketId);
    if (ticket) events.push({ ...e, ticket });
  }
  return { events, cursor: page.cursor };
}

export const eventsHead = (storage: StorageAdapter): Promise<string> =>
  feedOf(storage).eventsHead();
