import { RequestError } from '@deskkit/runtime';
import type { WorkflowDefinition } from '@deskkit/runtime';
import type { Hono } from 'hono';
import { positiveInt, readJson } from '../request';
import type { ServerEnv } from './context';

/** Published workflow versions: read one, publish a new one. */
export function definitionRoutes(app: Hono<ServerEnv>, basePath: string): void {
  app.get('/definitions/:key', async (c) => {
    const version = positiveInt(c, 'version');
    return c.json(await c.var.client.getDefinition(c.req.param('key'), version));
  });

  app.post('/definitions', async (c) => {
    const def = await readJson(c);
    // The definition's own shape is the runtime's to judge (422 DefinitionError with every issue).
    if (typeof def !== 'object' || def === null || Array.isArray(def)) {
      throw new RequestError('BAD_REQUEST', 'Send the workflow definition as a JSON object.', [
        { path: '/', code: 'type', severity: 'error', message: 'Expected an object.' },
      ]);
    }
    const published = await c.var.client.publish(def as WorkflowDefinition);
    c.header(
      'location',
      `${basePath}/definitions/${encodeURIComponent(published.key)}?version=${published.version}`,
    );
    return c.json(published, 201);
  });
}
