/**
 * `@deskkit/server` — the Deskkit runtime behind authentication, as one Fetch-API handler, and
 * the `DeskClient` over HTTP that talks to it.
 *
 * @packageDocumentation
 */
export { createHandler } from './handler';
export type { Authenticate, DeskHandler, FetchHandler, HandlerOptions } from './handler.types';

// Live events: GET /events (SSE) and how server processes tell each other about new events.
export { postgresNotifier } from './events/postgres';
export type { PgNotifyPool, PgListenClient, PostgresNotifierOptions } from './events/postgres';
export type { EventNotifier, EventsOptions } from './events/events.types';

// Authentication: bearer JWTs, same-origin session cookies; per-user write limits.
export { bearerJwt } from './auth/jwt';
export type { BearerJwtOptions } from './auth/jwt';
export { sessionCookie } from './auth/session';
export type { SessionCookie, SessionCookieOptions } from './auth/session';
export type { RateLimitOptions } from './auth/rateLimit';

// Errors as application/problem+json, and the OpenAPI 3.1 document of the routes.
export { PROBLEM_MEDIA_TYPE, STATUS_BY_CODE, problemResponse, toProblem } from './problem';
export type { Problem } from './problem.types';
export { openApiDocument } from './openapi/document';
export type { OpenApiDocument } from './openapi/document';

// The client (also on `@deskkit/server/client`, without any server code).
export { createHttpClient, errorFromProblem } from './client/index';
export type { HttpClientOptions } from './client/index';
