import type { Runtime } from '@deskkit/runtime';
import type { cors } from 'hono/cors';
import type { secureHeaders } from 'hono/secure-headers';
import type { RateLimitOptions } from './auth/rateLimit';
import type { EventsOptions } from './events/events.types';

/**
 * Who is making a request: the actor id (a user id of the runtime's directory), or `null` when the
 * request carries no credentials the host accepts (the handler answers 401). A hook may also throw
 * `AuthenticationError` with a message for the user.
 */
export type Authenticate = (request: Request) => string | null | Promise<string | null>;

/** A fetch handler: a standard `Request` in, a `Response` out (Node, Next.js, Bun, Deno, workers). */
export type FetchHandler = (request: Request) => Promise<Response>;

/** What `createHandler` returns: a fetch handler that can also end its live event streams. */
export type DeskHandler = FetchHandler & {
  /**
   * Ends every open `GET /events` stream (clients reconnect with `Last-Event-ID`) and closes the
   * events notifier: call it at shutdown (`serve` from `@deskkit/server/node` does).
   */
  close?(): Promise<void>;
};

/** Options of {@link createHandler}. */
export interface HandlerOptions {
  /** The runtime every request is served by, through `runtime.client(actor)`. */
  runtime: Runtime;
  /** Who is making the request: see `bearerJwt`, `sessionCookie` or write your own. */
  authenticate: Authenticate;
  /** The path the routes live under, e.g. `/api` (default: none). */
  basePath?: string;
  limits?: {
    /** Largest request body accepted, in bytes (413 beyond); default 1 MiB. */
    bodyBytes?: number;
  };
  /** Per-user limit on writes (429 with `Retry-After`); default 60 at once, 10 per second; `false`: none. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Cross-origin access for desks served from another origin: Hono's `cors` options
   * (`{ origin: 'https://desk.example.com', credentials: true }`). Default: no CORS headers, so
   * browsers allow only same-origin calls.
   */
  cors?: Parameters<typeof cors>[0];
  /** Overrides of the security headers (Hono's `secureHeaders` options), merged over the defaults. */
  secureHeaders?: Parameters<typeof secureHeaders>[0];
  /**
   * Called with every error that is not the client's (500 and 503 answers), e.g. to log it.
   * Default: `console.error`.
   */
  onError?: (error: unknown, request: Request) => void;
  /** The live event stream `GET /events`: how processes notify each other, heartbeats, polling. */
  events?: EventsOptions;
}
