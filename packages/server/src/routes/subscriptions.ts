import type { ReportSubscriptionInput } from '@deskkit/runtime';
import type { Hono } from 'hono';
import { readJson } from '../request';
import type { ServerEnv } from './context';

/**
 * Report subscriptions: dashboard snapshots e-mailed on a schedule, each user's own (admins of
 * `reportSnapshots({ admins })` everyone's), served by the user's client.
 */
export function subscriptionRoutes(app: Hono<ServerEnv>, basePath: string): void {
  app.get('/report-subscriptions', async (c) => {
    const owner = c.req.query('owner');
    return c.json(await c.var.client.listReportSubscriptions(owner === undefined ? {} : { owner }));
  });

  app.post('/report-subscriptions', async (c) => {
    const body = (await readJson(c, 'ReportSubscriptionBody')) as ReportSubscriptionInput;
    const saved = await c.var.client.saveReportSubscription(body);
    c.header('location', `${basePath}/report-subscriptions/${encodeURIComponent(saved.id)}`);
    return c.json(saved);
  });

  app.delete('/report-subscriptions/:id', async (c) => {
    await c.var.client.deleteReportSubscription(c.req.param('id'));
    return c.body(null, 204);
  });
}
