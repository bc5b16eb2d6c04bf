import { describe, expect } from 'vitest';
import { ConflictError, ValidationError } from '../errors/errors';
import type { FeedEvent, StorageAdapter } from '../storage/storage.types';
import { event, ticket, uid } from './fixtures';

type Test = (group: string, title: string, fn: (s: StorageAdapter) => Promise<void>) => void;

function feedOf(s: StorageAdapter): Required<Pick<StorageAdapter, 'readEvents' | 'eventsHead'>> {
  if (!s.readEvents || !s.eventsHead) {
    throw new Error('This adapter has no event feed (readEvents and eventsHead); skip "feed/".');
  }
  return { readEvents: s.readEvents.bind(s), eventsHead: s.eventsHead.bind(s) };
}

/** Reads the feed from `after` to its end, page by page. */
async function drain(
  s: StorageAdapter,
  after: string,
  limit = 100,
): Promise<{ events: FeedEvent[]; cursor: string }> {
  const events: FeedEvent[] = [];
  let cursor = after;
  for (;;) {
    const page = await feedOf(s).readEvents(cursor, limit);
    events.push(...page.events);
    if (!page.events.length) return { events, cursor };
    expect(page.cursor).toBe(page.events[page.events.length - 1]?.position);
    cursor = page.cursor;
  }
}

/** The global event feed (`readEvents` / `eventsHead`): what live events and SSE resume rely on. */
export function describeEventFeed(test: Test): void {
  describe('event feed', () => {
    test('feed', 'reads committed events after a cursor, in commit order, in pages', async (s) => {
      const { readEvents, eventsHead } = feedOf(s);
      const head = await eventsHead();
      const a = ticket();
      const b = ticket();
      const ea = [event(a.id, 1), event(a.id, 2)];
      const eb = [event(b.id, 1, { type: 'action', action: 'comment', comment: 'hi' })];
      await s.commit({ tickets: [{ ticket: a, expectedVersion: null }], events: ea });
      await s.commit({ tickets: [{ ticket: b, expectedVersion: null }], events: eb });

      const first = await readEvents(head, 2);
      expect(first.events.map((e) => e.id)).toEqual([ea[0]?.id, ea[1]?.id]);
      const { position, ...stored } = first.events[0] ?? { position: '' };
      expect(stored).toEqual(ea[0]);
      expect(typeof position).toBe('string');
      const rest = await readEvents(first.cursor, 2);
      expect(rest.events).toEqual([{ ...eb[0], position: rest.cursor }]);
      expect(new Set([...first.events, ...rest.events].map((e) => e.position)).size).toBe(3);
      expect(await readEvents(rest.cursor, 10)).toEqual({ events: [], cursor: rest.cursor });
      expect(await eventsHead()).toBe(rest.cursor);
      expect((await readEvents(null, 1)).events).toHaveLength(1);
    });

    test('feed', 'a refused or duplicate commit adds nothing to the feed', async (s) => {
      const head = await feedOf(s).eventsHead();
      const t = ticket();
      const requestId = uid('req');
      await s.commit({
        requestId,
        tickets: [{ ticket: t, expectedVersion: null }],
        events: [event(t.id, 1)],
      });
      await s.commit({
        requestId,
        tickets: [{ ticket: t, expectedVersion: null }],
        events: [event(t.id, 1)],
      });
      await expect(
        s.commit({
          tickets: [{ ticket: { ...t, version: 3 }, expectedVersion: 2 }],
          events: [event(t.id, 2)],
        }),
      ).rejects.toBeInstanceOf(ConflictError);
      expect((await drain(s, head)).events.map((e) => e.seq)).toEqual([1]);
    });

    test('feed', 'a malformed cursor is a ValidationError', async (s) => {
      await expect(feedOf(s).readEvents('not a cursor', 10)).rejects.toBeInstanceOf(
        ValidationError,
      );
    });

    test(
      'feed',
      'a reader following the feed during concurrent commits sees every event exactly once',
      async (s) => {
        const head = await feedOf(s).eventsHead();
        const written: string[] = [];
        let done = false;
        const seen: FeedEvent[] = [];
        const reader = (async () => {
          let cursor = head;
          for (;;) {
            const finished = done;
            const page = await drain(s, cursor, 7);
            seen.push(...page.events);
            cursor = page.cursor;
            if (finished) return;
          }
        })();
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            for (let i = 0; i < 10; i++) {
              const t = ticket();
              const events = [event(t.id, 1), event(t.id, 2)];
              written.push(...events.map((e) => e.id));
              await s.commit({ tickets: [{ ticket: t, expectedVersion: null }], events });
            }
          }),
        );
        done = true;
        await reader;
        const ids = seen.map((e) => e.id);
        expect(ids.length).toBe(new Set(ids).size);
        expect(new Set(ids)).toEqual(new Set(written));
        // Within a ticket the feed keeps history order.
        const t0 = seen[0]?.ticketId;
        expect(seen.filter((e) => e.ticketId === t0).map((e) => e.seq)).toEqual([1, 2]);
      },
    );
  });
}
