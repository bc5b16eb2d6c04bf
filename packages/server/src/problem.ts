import {
  ConflictError,
  DefinitionError,
  DeskkitError,
  PermissionError,
  RateLimitedError,
  RequestError,
  ValidationError,
} from '@deskkit/runtime';
import type { DeskkitErrorCode } from '@deskkit/runtime';
import type { Problem } from './problem.types';

/** The HTTP status of every runtime error code: the table of DESIGN.md, "Trust boundary and HTTP". */
export const STATUS_BY_CODE: Record<DeskkitErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  ACTION_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  VALIDATION_FAILED: 422,
  DEFINITION_INVALID: 422,
  // A condition or computed value that fails on the data of this request.
  EXPRESSION_FAILED: 422,
  RATE_LIMITED: 429,
  STORAGE_FAILED: 503,
  INTERNAL: 500,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The media type of every error answer. */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/**
 * The problem document of an error. Runtime errors keep their code, message and details; anything
 * else is an `INTERNAL` problem whose detail reveals nothing of the server.
 */
export function toProblem(error: unknown): Problem {
  if (!(error instanceof DeskkitError)) {
    return problem('INTERNAL', 'The server failed to answer this request; it has been logged.');
  }
  // Storage failures carry driver messages (SQL, hosts): the client learns only that it failed.
  if (error.code === 'STORAGE_FAILED') {
    return problem('STORAGE_FAILED', 'The ticket store is unavailable; try again shortly.');
  }
  const body = problem(error.code, error.message);
  if (
    error instanceof ValidationError ||
    error instanceof DefinitionError ||
    error instanceof RequestError
  ) {
    if (error.issues.length > 0) body.issues = error.issues;
  }
  if (error instanceof PermissionError && error.fields.length > 0) body.fields = error.fields;
  if (error instanceof ConflictError) {
    if (error.expectedVersion !== undefined) body.expectedVersion = error.expectedVersion;
    if (error.actualVersion !== undefined) body.actualVersion = error.actualVersion;
  }
  if (error instanceof RateLimitedError) body.retryAfterMs = error.retryAfterMs;
  return body;
}

function problem(code: DeskkitErrorCode, detail: string): Problem {
  const status = STATUS_BY_CODE[code];
  return {
    type: `urn:deskkit:problem:${code.toLowerCase().replace(/_/g, '-')}`,
    title: TITLES[status] ?? 'Error',
    status,
    code,
    detail,
  };
}

/** The `Response` of a problem, with `Retry-After` (seconds) on 429. */
export function problemResponse(body: Problem, headers: Record<string, string> = {}): Response {
  const all: Record<string, string> = { 'content-type': PROBLEM_MEDIA_TYPE, ...headers };
  if (body.retryAfterMs !== undefined) {
    all['retry-after'] = String(Math.max(1, Math.ceil(body.retryAfterMs / 1000)));
  }
  return new Response(JSON.stringify(body), { status: body.status, headers: all });
}
