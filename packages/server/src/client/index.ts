/**
 * `@deskkit/server/client` — the browser half of `@deskkit/server`: a `DeskClient` over HTTP. It
 * imports no server code, so a bundle pays only for the client.
 *
 * @packageDocumentation
 */
export { createHttpClient } from './http';
export type { HttpClientOptions } from './http.types';
export type { InboxPush } from './events';
export { errorFromProblem } from './errors';
