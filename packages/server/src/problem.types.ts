import type { DeskkitErrorCode, Issue } from '@deskkit/runtime';

/**
 * An error answer of the Deskkit HTTP API: `application/problem+json` (RFC 9457). `code` is the
 * runtime's error code (`NOT_FOUND`, `CONFLICT`, ...); the other members carry what the matching
 * error class carries, so a client can rebuild it.
 */
export interface Problem {
  /** A URI naming the kind of problem: `urn:deskkit:problem:<code>`. */
  type: string;
  /** A short summary of the kind of problem (the HTTP reason). */
  title: string;
  status: number;
  code: DeskkitErrorCode;
  /** What went wrong with this request, in words a person can act on. */
  detail: string;
  /** `BAD_REQUEST`, `VALIDATION_FAILED`, `DEFINITION_INVALID`: every problem with its JSON path. */
  issues?: Issue[];
  /** `PERMISSION_DENIED`: the fields the actor may not write. */
  fields?: string[];
  /** `CONFLICT`: the version the command expected and the one stored. */
  expectedVersion?: number | null;
  actualVersion?: number | null;
  /** `RATE_LIMITED`: how long to wait before trying again (also in `Retry-After`, in seconds). */
  retryAfterMs?: number;
}
