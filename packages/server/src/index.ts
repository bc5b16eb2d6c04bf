/**
 * `@deskkit/server` — the Deskkit runtime behind authentication, as one Fetch-API handler, and
 * the `DeskClient` over HTTP that talks to it.
 *
 * @packageDocumentation
 */
export { PROBLEM_MEDIA_TYPE, STATUS_BY_CODE, toProblem, problemResponse } from './problem';
export type { Problem } from './problem.types';

// The client (also on `@deskkit/server/client`, without any server code).
export { createHttpClient, errorFromProblem } from './client/index';
export type { HttpClientOptions } from './client/index';
