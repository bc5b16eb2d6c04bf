import type { ChangeCollisionQuery, ListViewInput, TicketExportInput } from '@deskkit/runtime';
import { CSV_MEDIA_TYPE, toCsv } from '@deskkit/runtime/export';
import type { Hono } from 'hono';
import { readJson } from '../request';
import type { ServerEnv } from './context';

/** Whether the request asks for CSV (`?format=csv` or an `Accept` that names text/csv first). */
function wantsCsv(accept: string | undefined, format: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  return /^\s*text\/csv\b/i.test(accept ?? '');
}

/** Lists: saved views per user, the export of a ticket list, and changes that collide. */
export function listRoutes(app: Hono<ServerEnv>, basePath: string): void {
  app.get('/views', async (c) => c.json(await c.var.client.listViews()));

  app.post('/views', async (c) => {
    const body = (await readJson(c, 'ViewBody')) as ListViewInput;
    const view = await c.var.client.saveView(body);
    c.header('location', `${basePath}/views/${encodeURIComponent(view.id)}`);
    return c.json(view);
  });

  app.delete('/views/:id', async (c) => {
    await c.var.client.deleteView(c.req.param('id'));
    return c.body(null, 204);
  });

  app.post('/tickets/export', async (c) => {
    const body = (await readJson(c, 'ExportBody')) as TicketExportInput;
    const table = await c.var.client.exportTickets(body);
    if (!wantsCsv(c.req.header('accept'), c.req.query('format'))) return c.json(table);
    return c.body(toCsv(table), 200, {
      'content-type': CSV_MEDIA_TYPE,
      'content-disposition': 'attachment; filename="tickets.csv"',
      ...(table.truncated ? { 'x-deskkit-truncated': 'true' } : {}),
    });
  });

  app.post('/changes/collisions', async (c) => {
    const body = (await readJson(c, 'CollisionBody')) as ChangeCollisionQuery;
    return c.json(await c.var.client.changeCollisions(body));
  });
}
