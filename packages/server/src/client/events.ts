// First simple version by helper "server-http"; helper "server-events" owns this file and the
// `GET /events` route it reads. Keep the `subscribeEvents(options, listener)` signature.
import type { RuntimeEvent } from '@deskkit/runtime';

/** What `createHttpClient` hands to the event stream. */
export interface EventStreamOptions {
  /** The absolute or same-origin URL of `GET /events`. */
  url: string;
  fetch: typeof fetch;
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  credentials: RequestCredentials;
  /** Wait before reconnecting after the stream ends or fails (ms); default 1000. */
  retryMs?: number;
}

/**
 * Reads the server's `text/event-stream` with the client's auth headers (which `EventSource`
 * cannot send), calls `listener` per event and reconnects with `Last-Event-ID` so no event is
 * missed. Returns the function that stops it.
 */
export function subscribeEvents(
  options: EventStreamOptions,
  listener: (event: RuntimeEvent) => void,
): () => void {
  const abort = new AbortController();
  let lastEventId: string | undefined;
  let retryMs = options.retryMs ?? 1000;

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
    });
    if (!response.ok || response.body === null) {
      await response.body?.cancel();
      return;
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let end: number;
      while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
        dispatch(block);
      }
    }
  }

  function dispatch(block: string): void {
    let data = '';
    let id: string | undefined;
    for (const line of block.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data += (data === '' ? '' : '\n') + value;
      else if (field === 'id') id = value;
      else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
    }
    if (id !== undefined) lastEventId = id;
    if (data !== '') listener(JSON.parse(data) as RuntimeEvent);
  }

  void (async () => {
    while (!abort.signal.aborted) {
      try {
        await connect();
      } catch {
        // A dropped connection or a network error: reconnect below, unless stopped.
      }
      if (abort.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  })();

  return () => abort.abort();
}
