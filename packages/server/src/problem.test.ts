import {
  ConflictError,
  DeskkitError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  ValidationError,
} from '@deskkit/runtime';
import { errorFromProblem } from './client/errors';
import { problemResponse, toProblem } from './problem';

describe('problem+json', () => {
  it('carries the runtime code and details, and the client rebuilds the same class', async () => {
    const cases = [
      new NotFoundError('Ticket t1 does not exist.'),
      new ValidationError('Fix the form.', [
        { path: '/data/title', code: 'required', severity: 'error', message: 'Title is required' },
      ]),
      new PermissionError('You may not edit these fields.', ['risk']),
      new ConflictError('Reload the ticket.', { expectedVersion: 2, actualVersion: 3 }),
      new RateLimitedError('Slow down.', 2500),
    ];
    for (const error of cases) {
      const response = problemResponse(toProblem(error));
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      const rebuilt = errorFromProblem(response.status, await response.json());
      expect(rebuilt).toBeInstanceOf(error.constructor);
      expect(rebuilt.message).toBe(error.message);
      expect({ ...rebuilt }).toEqual({ ...error });
    }
  });

  it('answers 429 with Retry-After in whole seconds', () => {
    const response = problemResponse(toProblem(new RateLimitedError('Slow down.', 2500)));
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3');
  });

  it('reveals nothing of an unexpected error', async () => {
    const response = problemResponse(toProblem(new Error('password=hunter2 at db:5432')));
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(JSON.stringify(body)).not.toContain('hunter2');
    expect(errorFromProblem(500, body)).toBeInstanceOf(DeskkitError);
    expect(errorFromProblem(502, '<html>Bad gateway</html>').code).toBe('INTERNAL');
  });
});
