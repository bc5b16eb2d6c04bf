/**
 * Carries "events were committed" between the server processes that share one storage, so that a
 * user connected to one process sees what happened through another at once. The event stream
 * itself always comes from the storage's event feed; a notifier only says when to read it.
 */
export interface EventNotifier {
  /** Tells the other processes that this one committed events. */
  notify(): void;
  /** Calls `listener` whenever another process (or this one) notified; returns unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Stops listening and releases its connection. */
  close(): Promise<void>;
}

/** Options of the live event stream, `GET /events` (`createHandler({ events })`). */
export interface EventsOptions {
  /**
   * How processes sharing the storage tell each other about new events, e.g.
   * `postgresNotifier({ pool, schema })`. Without one, each stream also reads the feed every
   * `pollMs`, which reaches other processes' events within that time.
   */
  notifier?: EventNotifier;
  /** A comment line is sent this often so proxies keep the connection open (ms); default 15,000. */
  heartbeatMs?: number;
  /**
   * Each stream reads the feed at least this often even without a notification (ms): default
   * 1,000 without a notifier, 30,000 with one (a safety net for a notification lost in a reconnect).
   */
  pollMs?: number;
  /** Events read from the feed at once per stream (default 100). */
  pageSize?: number;
  /** The `retry:` delay the server tells clients to wait before reconnecting (ms); default 1,000. */
  retryMs?: number;
}

/** What `eventRoutes` gives the handler: ending every open stream at shutdown. */
export interface EventStreams {
  /** Streams open now. */
  readonly open: number;
  /** Ends every open stream (clients reconnect elsewhere with `Last-Event-ID`) and stops listening. */
  close(): Promise<void>;
}
