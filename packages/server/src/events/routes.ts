import { RequestError, ValidationError } from '@deskkit/runtime';
import type { DeskClient, EventsPage, Runtime } from '@deskkit/runtime';
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ServerEnv } from '../routes/context';
import type { EventStreams, EventsOptions } from './events.types';
import { createEventHub } from './hub';

/** Reads a page for the user; a malformed cursor is the request's fault (400), not the data's. */
async function readPage(
  client: DeskClient,
  cursor: string | null,
  limit: number,
  where: string,
): Promise<EventsPage> {
  try {
    return await client.eventsSince(cursor, limit);
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new RequestError('BAD_REQUEST', `${where}: ${error.message}`, [
        { path: `/${where}`, code: 'cursor', severity: 'error', message: error.message },
      ]);
    }
    throw error;
  }
}

/**
 * Mounts the live event routes on the handler's app:
 * - `GET /events`: `text/event-stream` of the user's events, redacted for them, each with
 *   `id: <feed position>`; `Last-Event-ID` (or `?after=`) resumes from the storage's event feed,
 *   so nothing is lost across a reconnect; without either the stream starts at the feed's end;
 *   and a `notifications` event (`{ unread, latest? }`) at the start and whenever the user's
 *   unread inbox count changes;
 * - `GET /events/feed?after=&limit=`: one page of the same events as JSON (`EventsPage`).
 */
export function eventRoutes(
  app: Hono<ServerEnv>,
  runtime: Runtime,
  options: EventsOptions = {},
): EventStreams {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const pollMs = options.pollMs ?? (options.notifier ? 30_000 : 1_000);
  const pageSize = options.pageSize ?? 100;
  const retryMs = options.retryMs ?? 1_000;
  const hub = createEventHub(runtime, options.notifier);
  const enders = new Set<() => void>();
  let closed = false;

  app.get('/events/feed', async (c) => {
    const limit = Number(c.req.query('limit') ?? pageSize);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new RequestError('BAD_REQUEST', '`limit` must be an integer from 1 to 1000.', [
        { path: '/limit', code: 'range', severity: 'error', message: 'from 1 to 1000' },
      ]);
    }
    return c.json(await readPage(c.var.client, c.req.query('after') ?? null, limit, 'after'));
  });

  app.get('/events', async (c) => {
    const client = c.var.client;
    const header = c.req.header('last-event-id');
    const resume = header ?? c.req.query('after');
    let cursor = resume ?? (await runtime.eventsHead());
    // The first page is read before the stream opens, so a bad cursor answers problem+json.
    const where = header === undefined ? 'after' : 'Last-Event-ID';
    let first: EventsPage | undefined = await readPage(client, cursor, pageSize, where);
    return streamSSE(c, async (stream) => {
      let ended = closed;
      let dirty = false;
      let kick: (() => void) | undefined;
      const end = (): void => {
        ended = true;
        kick?.();
      };
      enders.add(end);
      stream.onAbort(end);
      const stopWake = hub.add(() => {
        dirty = true;
        kick?.();
      });
      let lastWrite = Date.now();
      // The inbox's unread count, pushed as a `notifications` event whenever it changes: the
      // entries commit with the events that caused them, so it is read when the feed moves.
      let unread: number | undefined;
      const pushUnread = async (): Promise<void> => {
        const page = await client.notifications({ limit: 1 });
        if (page.unread === unread) return;
        unread = page.unread;
        const latest = page.notifications[0];
        await stream.writeSSE({
          event: 'notifications',
          data: JSON.stringify({ unread, ...(latest ? { latest } : {}) }),
        });
      };
      try {
        await stream.write(`retry: ${retryMs}\n\n`);
        await pushUnread();
        while (!ended && !stream.aborted) {
          dirty = false;
          let movedAny = false;
          // Read until the feed has nothing more. Events the user may not see move the cursor
          // without a message: an empty `cursor` event tells the client where it stands (browsers'
          // EventSource keep its id and dispatch nothing).
          for (;;) {
            const page = first ?? (await client.eventsSince(cursor, pageSize));
            first = undefined;
            for (const e of page.events) {
              await stream.writeSSE({ id: e.position, data: JSON.stringify(e) });
            }
            const moved = page.cursor !== cursor;
            if (moved && !page.events.length) {
              await stream.writeSSE({ event: 'cursor', id: page.cursor, data: '' });
            }
            if (moved) {
              lastWrite = Date.now();
              movedAny = true;
            }
            cursor = page.cursor;
            if (!moved || ended || stream.aborted) break;
          }
          if (movedAny && !ended && !stream.aborted) await pushUnread();
          if (dirty || ended) continue;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, Math.min(pollMs, heartbeatMs));
            kick = () => {
              clearTimeout(timer);
              resolve();
            };
          });
          kick = undefined;
          if (!dirty && !ended && Date.now() - lastWrite >= heartbeatMs) {
            await stream.write(': heartbeat\n\n');
            lastWrite = Date.now();
          }
        }
      } finally {
        stopWake();
        enders.delete(end);
      }
    });
  });

  return {
    get open() {
      return enders.size;
    },
    async close() {
      closed = true;
      for (const end of [...enders]) end();
      hub.close();
      await options.notifier?.close();
    },
  };
}
