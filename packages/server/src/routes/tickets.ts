import type { ActInput, BulkActInput, RelateInput, StartTicketInput } from '@deskkit/runtime';
import type { Hono } from 'hono';
import { readJson, requestIdOf } from '../request';
import type { ServerEnv } from './context';

type StartBody = Omit<StartTicketInput, 'actor' | 'parent' | 'requestId'>;
type ActBody = Omit<ActInput, 'actor' | 'ticket' | 'requestId'>;

/** Tickets: raise, search, view, act, history. */
export function ticketRoutes(app: Hono<ServerEnv>, basePath: string): void {
  app.post('/tickets', async (c) => {
    const body = (await readJson(c, 'StartTicketBody')) as StartBody;
    const requestId = requestIdOf(c);
    const ticket = await c.var.client.startTicket({
      ...body,
      ...(requestId !== undefined ? { requestId } : {}),
    });
    c.header('location', `${basePath}/tickets/${encodeURIComponent(ticket.id)}`);
    return c.json(ticket, 201);
  });

  app.post('/tickets/search', async (c) => {
    const query = (await readJson(c, 'TicketSearch')) as Parameters<
      ServerEnv['Variables']['client']['listTickets']
    >[0];
    return c.json(await c.var.client.listTickets(query));
  });

  app.post('/tickets/bulk', async (c) =>
    c.json(await c.var.client.bulkAct((await readJson(c, 'BulkBody')) as BulkActInput)),
  );

  app.get('/tickets/:id', async (c) => c.json(await c.var.client.viewTicket(c.req.param('id'))));

  app.post('/tickets/:id/actions', async (c) => {
    const body = (await readJson(c, 'ActBody')) as ActBody;
    const requestId = requestIdOf(c);
    return c.json(
      await c.var.client.act({
        ...body,
        ticket: c.req.param('id'),
        ...(requestId !== undefined ? { requestId } : {}),
      }),
    );
  });

  app.post('/tickets/:id/relations', async (c) => {
    const body = (await readJson(c, 'RelateBody')) as Omit<RelateInput, 'actor' | 'ticket'>;
    const requestId = requestIdOf(c);
    return c.json(
      await c.var.client.relate({
        ...body,
        ticket: c.req.param('id'),
        ...(requestId !== undefined ? { requestId } : {}),
      }),
    );
  });

  app.get('/tickets/:id/history', async (c) =>
    c.json(await c.var.client.history(c.req.param('id'))),
  );
}
