import { RequestError } from '@deskkit/runtime';
import type { AggregateQuery, WorkItemQuery } from '@deskkit/runtime';
import type { Hono } from 'hono';
import { positiveInt, readJson } from '../request';
import type { ServerEnv } from './context';

const STATES = ['open', 'done', 'cancelled'] as const;
type State = (typeof STATES)[number];

/** The catalog, the user's to-do list and figures over their tickets. */
export function workRoutes(app: Hono<ServerEnv>): void {
  app.get('/catalog', async (c) => c.json(await c.var.client.catalog()));

  // GET /tasks?ticketId=…&state=open&state=done&limit=50
  app.get('/tasks', async (c) => {
    const filter: Omit<WorkItemQuery, 'user'> = {};
    const ticketId = c.req.query('ticketId');
    if (ticketId !== undefined) filter.ticketId = ticketId;
    const states = c.req.queries('state') ?? [];
    const wrong = states.filter((s) => !(STATES as readonly string[]).includes(s));
    if (wrong.length > 0) {
      throw new RequestError(
        'BAD_REQUEST',
        `The query parameter "state" must be one of ${STATES.join(', ')}.`,
        [
          {
            path: '/query/state',
            code: 'enum',
            severity: 'error',
            message: `Unknown state ${wrong.map((s) => `"${s}"`).join(', ')}.`,
          },
        ],
      );
    }
    if (states.length > 0) filter.state = states as State[];
    const limit = positiveInt(c, 'limit');
    if (limit !== undefined) filter.limit = limit;
    return c.json(await c.var.client.tasks(filter));
  });

  app.post('/aggregate', async (c) => {
    const query = (await readJson(c, 'AggregateBody')) as AggregateQuery;
    return c.json(await c.var.client.aggregate(query));
  });
}
