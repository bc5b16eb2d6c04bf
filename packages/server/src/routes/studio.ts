import { RequestError } from '@deskkit/runtime';
import type { WorkflowDefinition } from '@deskkit/runtime';
import type { Context, Hono } from 'hono';
import type { DraftBody, MigrationBody, RollbackBody } from '../openapi/api.types';
import { positiveInt, readJson } from '../request';
import type { ServerEnv } from './context';

/** A required positive integer from the query string (400 naming it when absent or malformed). */
function requiredInt(c: Context<ServerEnv>, name: string): number {
  const value = positiveInt(c, name);
  if (value === undefined) {
    throw new RequestError('BAD_REQUEST', `Give the query parameter "${name}" (a version).`, [
      { path: `/query/${name}`, code: 'required', severity: 'error', message: 'Required.' },
    ]);
  }
  return value;
}

/**
 * The studio: published versions with who published them, the diff of two versions, the shared
 * draft of each workflow, rollback and the migration of running tickets. The runtime checks that
 * the user may publish the workflow (403 otherwise).
 */
export function studioRoutes(app: Hono<ServerEnv>, basePath: string): void {
  app.get('/definitions', async (c) => c.json(await c.var.client.studioWorkflows()));

  app.get('/drafts', async (c) => c.json(await c.var.client.listDrafts()));

  app.get('/definitions/:key/versions', async (c) =>
    c.json(await c.var.client.versions(c.req.param('key'))),
  );

  app.get('/definitions/:key/diff', async (c) =>
    c.json(
      await c.var.client.diffVersions(
        c.req.param('key'),
        requiredInt(c, 'from'),
        requiredInt(c, 'to'),
      ),
    ),
  );

  app.get('/definitions/:key/draft', async (c) => {
    const draft = await c.var.client.getDraft(c.req.param('key'));
    return draft ? c.json(draft) : c.body(null, 204);
  });

  app.post('/definitions/:key/draft', async (c) => {
    const key = c.req.param('key');
    const { definition, expectedRevision } = (await readJson(c, 'DraftBody')) as DraftBody;
    if (definition.key !== key) {
      throw new RequestError(
        'BAD_REQUEST',
        `The draft's key must be "${key}", the workflow of this route.`,
        [{ path: '/definition/key', code: 'const', severity: 'error', message: `Use "${key}".` }],
      );
    }
    const draft = await c.var.client.saveDraft(definition as unknown as WorkflowDefinition, {
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    c.header('location', `${basePath}/definitions/${encodeURIComponent(key)}/draft`);
    return c.json(draft);
  });

  app.delete('/definitions/:key/draft', async (c) => {
    const revision = positiveInt(c, 'revision');
    const removed = await c.var.client.discardDraft(c.req.param('key'), {
      ...(revision !== undefined ? { expectedRevision: revision } : {}),
    });
    return c.json({ removed });
  });

  app.post('/definitions/:key/rollback', async (c) => {
    const { version } = (await readJson(c, 'RollbackBody')) as RollbackBody;
    const published = await c.var.client.rollback(c.req.param('key'), version);
    c.header(
      'location',
      `${basePath}/definitions/${encodeURIComponent(published.key)}?version=${published.version}`,
    );
    return c.json(published, 201);
  });

  app.post('/definitions/:key/migrations', async (c) => {
    const body = (await readJson(c, 'MigrationBody')) as MigrationBody;
    return c.json(await c.var.client.migrateTickets({ ...body, workflow: c.req.param('key') }));
  });
}
