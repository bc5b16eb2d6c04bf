import { DeskkitError, type DeskkitErrorCode, type Issue } from '@deskkit/runtime';

const statusOf: Record<DeskkitErrorCode, number> = {
  DEFINITION_INVALID: 422,
  VALIDATION_FAILED: 422,
  PERMISSION_DENIED: 403,
  ACTION_NOT_ALLOWED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  EXPRESSION_FAILED: 422,
  STORAGE_FAILED: 500,
};

/** An error the playground's own routes answer with a status of their choosing (400, 401, 413, 415). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** An `application/problem+json` answer (RFC 9457), in the shape `@deskkit/server` uses. */
export function problem(
  status: number,
  code: string,
  detail: string,
  issues?: Issue[],
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({
      type: `https://deskkit.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`,
      title: code,
      status,
      code,
      detail,
      ...(issues ? { issues } : {}),
    }),
    { status, headers: { 'content-type': 'application/problem+json', ...headers } },
  );
}

/** The problem answer of anything a route throws; unexpected errors are logged, not shown. */
export function problemOf(error: unknown): Response {
  if (error instanceof HttpError) return problem(error.status, error.code, error.message);
  if (error instanceof DeskkitError) {
    const issues = (error as { issues?: Issue[] }).issues;
    return problem(statusOf[error.code] ?? 500, error.code, error.message, issues);
  }
  console.error('Deskkit playground: a request failed', error);
  return problem(500, 'INTERNAL', 'The desk could not answer; see the server log.');
}
