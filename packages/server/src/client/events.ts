import { DeskkitError } from '@deskkit/runtime/errors';
import type { InboxNotification, RuntimeEvent } from '@deskkit/runtime';
import { createParser } from 'eventsource-parser';
import { errorFromProblem } from './errors';

/** What `createHttpClient` hands to the event stream. */
export interface EventStreamOptions {
  /** The absolute or same-origin URL of `GET /events`. */
  url: string;
  fetch: typeof fetch;
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  credentials: RequestCredentials;
  /** Wait before reconnecting after the stream ends or fails (ms); default 1000, or the server's `retry:`. */
  retryMs?: number;
  /** Longest wait between reconnection attempts after repeated failures (ms); default 30,000. */
  maxRetryMs?: number;
  /**
   * Told about every failed connection, as the runtime's error classes (`AuthenticationError` on
   * 401, ...; a network failure is a `DeskkitError` with code `INTERNAL`). The stream keeps
   * reconnecting until stopped: a refreshed token in `headers()` is used on the next attempt.
   */
  onError?: (error: DeskkitError) => void;
  /** Told the user's unread inbox count (and newest notification) whenever it changes. */
  onNotifications?: (push: InboxPush) => void;
}

/** The `notifications` event of `GET /events`: the unread count and the newest notification. */
export interface InboxPush {
  unread: number;
  latest?: InboxNotification;
}

async function failure(response: Response): Promise<DeskkitError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  return errorFromProblem(response.status, body);
}

/**
 * Reads the server's `text/event-stream` over `fetch`, with the client's auth headers (which
 * `EventSource` cannot send), parsed by `eventsource-parser`. Calls `listener` per event and
 * reconnects with `Last-Event-ID`, so the server resumes from its event feed and no event is
 * missed or repeated; failures back off exponentially. Returns the function that stops it.
 */
export function subscribeEvents(
  options: EventStreamOptions,
  listener: (event: RuntimeEvent) => void,
): () => void {
  const abort = new AbortController();
  let lastEventId: string | undefined;
  let retryMs = options.retryMs ?? 1000;
  let failures = 0;

  async function connect(): Promise<void> {
    const headers: Record<string, string> = {
      accept: 'text/event-stream',
      ...(options.headers ? await options.headers() : {}),
    };
    if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
    const response = await options.fetch(options.url, {
      headers,
      credentials: options.credentials,
      signal: abort.signal,
      cache: 'no-store',
    });
    if (!response.ok || response.body === null) throw await failure(response);
    failures = 0;
    const parser = createParser({
      onEvent(message) {
        if (message.id !== undefined) lastEventId = message.id;
        if (message.data === '') return;
        if (message.event === 'notifications') {
          options.onNotifications?.(JSON.parse(message.data) as InboxPush);
          return;
        }
        if (message.event !== undefined && message.event !== 'message') return;
        listener(JSON.parse(message.data) as RuntimeEvent);
      },
      onRetry(ms) {
        retryMs = ms;
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser.feed(value);
    }
  }

  void (async () => {
    while (!abort.signal.aborted) {
      try {
        await connect();
      } catch (error) {
        if (abort.signal.aborted) return;
        failures++;
        // A position the server does not know (its storage was replaced): start again from now
        // rather than asking for it forever; the error tells the host events may have been missed.
        if (error instanceof DeskkitError && error.code === 'BAD_REQUEST') lastEventId = undefined;
        options.onError?.(
          error instanceof DeskkitError
            ? error
            : new DeskkitError('INTERNAL', `The event stream failed: ${String(error)}`, {
                cause: error,
              }),
        );
      }
      if (abort.signal.aborted) return;
      const wait = Math.min(retryMs * 2 ** Math.max(0, failures - 1), options.maxRetryMs ?? 30_000);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();

  return () => abort.abort();
}
