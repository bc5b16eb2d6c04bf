/** Reads a `text/event-stream` response in tests: every message and comment, and waits on them. */
import { createParser, type EventSourceMessage } from 'eventsource-parser';

export interface SseReader {
  readonly messages: EventSourceMessage[];
  readonly comments: string[];
  /** Resolves with `check()`'s first defined answer, re-checked on every message or end. */
  until<T>(check: () => T | undefined): Promise<T>;
  /** Resolves when the server ends the stream. */
  readonly ended: Promise<void>;
  isEnded(): boolean;
  cancel(): Promise<void>;
}

export function readSse(response: Response): SseReader {
  if (!response.body) throw new Error(`no body (HTTP ${response.status})`);
  const messages: EventSourceMessage[] = [];
  const comments: string[] = [];
  let wake: () => void = () => undefined;
  let done = false;
  const parser = createParser({
    onEvent: (m) => {
      messages.push(m);
      wake();
    },
    onComment: (c) => {
      comments.push(c);
      wake();
    },
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const ended = (async () => {
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) return;
        parser.feed(value);
      }
    } catch {
      // Cancelled by the test.
    } finally {
      done = true;
      wake();
    }
  })();
  return {
    messages,
    comments,
    ended,
    isEnded: () => done,
    async until(check) {
      for (;;) {
        const v = check();
        if (v !== undefined) return v;
        if (done) throw new Error('the stream ended before the awaited message');
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    cancel: () => reader.cancel(),
  };
}

/** The runtime events (default-typed messages with data), parsed; not `cursor` or `notifications`. */
export function eventsOf<T = { id: string; type: string; position: string; ticketId: string }>(
  r: SseReader,
): T[] {
  return r.messages
    .filter((m) => m.data !== '' && (m.event === undefined || m.event === 'message'))
    .map((m) => JSON.parse(m.data) as T);
}
