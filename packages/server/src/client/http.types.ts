import type { InboxPush } from './events';
import type { DeskkitError } from '@deskkit/runtime';

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Where the handler is mounted, e.g. `https://desk.example.com/api` or `/api` in a browser. */
  baseUrl: string;
  /** The fetch to use (default: the global `fetch`), e.g. one that adds tracing. */
  fetch?: typeof fetch;
  /**
   * Headers sent with every request, asked for before each one, so a token can be refreshed:
   * `() => ({ authorization: \`Bearer ${token()}\` })`. Same-origin desks on a session cookie need none.
   */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /**
   * The user the server authenticates these requests as, for `client.actor` (what the UI shows).
   * The server decides who acts from the credentials, never from this value. Default `''`.
   */
  actor?: string;
  /**
   * The locale the user reads in (e.g. the UI's language), sent as `Accept-Language`: texts a
   * workflow definition writes per locale come back in it. A function is asked before each
   * request, so a language menu takes effect at once. Default: the browser's own header.
   */
  locale?: string | (() => string | undefined);
  /**
   * `fetch` credentials mode (default `'same-origin'`); `'include'` sends the session cookie to a
   * desk API on another origin.
   */
  credentials?: RequestCredentials;
  /**
   * Told about every failed connection of `subscribe`'s event stream, as the runtime's error
   * classes (`AuthenticationError` on 401; a network failure is a `DeskkitError` with code
   * `INTERNAL`). The stream reconnects by itself, with the headers asked for again.
   */
  onEventsError?: (error: DeskkitError) => void;
  /**
   * Told the user's unread inbox count (and newest notification) whenever the server pushes it on
   * the event stream of `subscribe` (a bell listens here).
   */
  onNotifications?: (push: InboxPush) => void;
}
