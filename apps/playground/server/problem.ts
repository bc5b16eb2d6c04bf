import { DeskkitError } from '@deskkit/runtime';
import { problemResponse, toProblem } from '@deskkit/server';

/**
 * The problem+json answer (RFC 9457) of anything a playground route throws, with
 * `@deskkit/server`'s table of codes and statuses; unexpected errors are logged, not shown.
 */
export function problemOf(error: unknown): Response {
  if (!(error instanceof DeskkitError))
    console.error('Deskkit playground: a request failed', error);
  return problemResponse(toProblem(error));
}
