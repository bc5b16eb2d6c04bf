import {
  ActionNotAllowedError,
  AuthenticationError,
  ConflictError,
  DefinitionError,
  DeskkitError,
  ExpressionError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  RequestError,
  ValidationError,
} from '@deskkit/runtime/errors';
import type { DeskkitErrorCode, Issue } from '@deskkit/runtime/errors';

/** The members of a problem+json answer the client reads (see `Problem` in `@deskkit/server`). */
interface ProblemBody {
  code?: string;
  detail?: string;
  title?: string;
  issues?: Issue[];
  fields?: string[];
  expectedVersion?: number | null;
  actualVersion?: number | null;
  retryAfterMs?: number;
}

/**
 * Rebuilds the runtime's error class from an error answer, so `instanceof NotFoundError` holds
 * over HTTP as it does in process. An answer that is not a Deskkit problem (a proxy's 502 page)
 * becomes a `DeskkitError` with code `INTERNAL` naming the status.
 */
export function errorFromProblem(status: number, body: unknown): DeskkitError {
  const p: ProblemBody = typeof body === 'object' && body !== null ? (body as ProblemBody) : {};
  const message = p.detail ?? p.title ?? `The server answered HTTP ${status}.`;
  const issues = Array.isArray(p.issues) ? p.issues : [];
  switch (p.code) {
    case 'VALIDATION_FAILED':
      return new ValidationError(message, issues);
    case 'DEFINITION_INVALID':
      return new DefinitionError(message, issues);
    case 'PERMISSION_DENIED':
      return new PermissionError(message, Array.isArray(p.fields) ? p.fields : []);
    case 'ACTION_NOT_ALLOWED':
      return new ActionNotAllowedError(message);
    case 'CONFLICT':
      return new ConflictError(message, {
        expectedVersion: p.expectedVersion,
        actualVersion: p.actualVersion,
      });
    case 'NOT_FOUND':
      return new NotFoundError(message);
    case 'RATE_LIMITED':
      return new RateLimitedError(message, p.retryAfterMs ?? 1000);
    case 'UNAUTHENTICATED':
      return new AuthenticationError(message);
    case 'BAD_REQUEST':
    case 'PAYLOAD_TOO_LARGE':
    case 'UNSUPPORTED_MEDIA_TYPE':
      return new RequestError(p.code, message, issues);
    case 'EXPRESSION_FAILED':
      // The expression text stays on the server.
      return new ExpressionError(message, '');
    case 'STORAGE_FAILED':
      return new DeskkitError(p.code, message);
    default:
      return new DeskkitError('INTERNAL' satisfies DeskkitErrorCode, message);
  }
}
