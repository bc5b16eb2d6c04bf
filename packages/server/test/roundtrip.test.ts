// createHttpClient against the handler over real HTTP (@hono/node-server on port 0): the same
// answers and the same error classes as runtime.client(actor) in process, and every answer fits
// the OpenAPI document's schema of its route.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import {
  ConflictError,
  NotFoundError,
  PermissionError,
  RequestError,
  ValidationError,
} from '@deskkit/runtime';
import type { DeskClient } from '@deskkit/runtime';
import { createHttpClient } from '../src/client/http';
import { accessRequest, desk } from './fixtures';
import { assertFits } from './fitsSchema';

let server: ServerType;
let baseUrl: string;
let local: (actor: string) => DeskClient;

beforeAll(async () => {
  const { runtime, handler } = await desk();
  local = (actor) => runtime.client(actor);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: handler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      baseUrl = `http://127.0.0.1:${info.port}/api`;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const remote = (actor: string) =>
  createHttpClient({ baseUrl, actor, headers: () => ({ 'x-user': actor }) });

/**
 * Runs a read over HTTP and in process: both answer the same value, or both fail with the same
 * error class and message. The HTTP answer must fit the OpenAPI schema `schema`.
 */
async function same<T>(actor: string, schema: string, read: (client: DeskClient) => Promise<T>) {
  const [over, here] = await Promise.allSettled([read(remote(actor)), read(local(actor))]);
  if (here.status === 'fulfilled') {
    expect(over).toEqual(here);
    assertFits(schema, (over as PromiseFulfilledResult<T>).value);
  } else {
    expect(over.status).toBe('rejected');
    const error = (over as PromiseRejectedResult).reason as Error;
    expect(error.constructor).toBe((here.reason as Error).constructor);
    expect(error.message).toBe((here.reason as Error).message);
  }
  return over;
}

describe('createHttpClient over HTTP answers as runtime.client(actor) does', () => {
  it('through a ticket from start to end', async () => {
    const ann = remote('ann');
    const eve = remote('eve');
    const max = remote('max');
    expect(ann.actor).toBe('ann');

    await same('ann', 'CatalogList', (c) => c.catalog());

    const ticket = await ann.startTicket({
      workflow: 'access-request',
      data: { summary: 'VPN', amount: 3 },
      requestId: 'rt-1',
    });
    assertFits('Ticket', ticket);
    expect(
      (
        await ann.startTicket({
          workflow: 'access-request',
          data: { summary: 'VPN' },
          requestId: 'rt-1',
        })
      ).id,
    ).toBe(ticket.id);

    for (const actor of ['ann', 'eve', 'max', 'bob']) {
      await same(actor, 'TicketView', (c) => c.viewTicket(ticket.id));
      await same(actor, 'HistoryList', (c) => c.history(ticket.id));
    }
    await same('eve', 'WorkItemList', (c) => c.tasks({ state: ['open'] }));
    const tasks = await eve.tasks({ state: ['open'] });
    expect(tasks).toHaveLength(1);

    const submitted = await eve.act({
      ticket: ticket.id,
      action: 'submit',
      workItem: tasks[0]?.id,
      data: { notes: 'checked' },
      expectedVersion: ticket.version,
    });
    assertFits('Ticket', submitted);
    expect(submitted).toEqual((await local('eve').viewTicket(ticket.id)).ticket);
    const approved = await max.act({ ticket: ticket.id, action: 'approve', comment: 'ok' });
    expect(approved.status).toBe('resolved');

    for (const actor of ['ann', 'eve', 'max', 'bob']) {
      await same(actor, 'TicketView', (c) => c.viewTicket(ticket.id));
      await same(actor, 'HistoryList', (c) => c.history(ticket.id));
      await same(actor, 'TicketPage', (c) => c.listTickets({ status: ['resolved'] }));
      await same(actor, 'AggregateResult', (c) => c.aggregate({ groupBy: ['status'] }));
      await same(actor, 'WorkItemList', (c) => c.tasks());
    }

    await same('ann', 'WorkflowDefinition', (c) => c.getDefinition('access-request'));
    await same('ann', 'WorkflowDefinition', (c) => c.getDefinition('access-request', 1));
    const published = await remote('admin').publish({ ...accessRequest, name: 'Access v2' });
    expect(published).toEqual({ key: 'access-request', version: 2 });
    assertFits('PublishResult', published);
  });

  it('with the same error classes and details', async () => {
    const ann = remote('ann');
    const t = await ann.startTicket({ workflow: 'access-request', data: { summary: 'x' } });

    async function both<T>(run: (client: DeskClient) => Promise<T>) {
      const [over, here] = await Promise.allSettled([run(remote('eve')), run(local('eve'))]);
      expect(over.status).toBe('rejected');
      expect(here.status).toBe('rejected');
      return [
        (over as PromiseRejectedResult).reason as Error,
        (here as PromiseRejectedResult).reason as Error,
      ] as const;
    }

    const [notFound, notFoundHere] = await both((c) => c.viewTicket('no-such-ticket'));
    expect(notFound).toBeInstanceOf(NotFoundError);
    expect(notFound.message).toBe(notFoundHere.message);

    const [conflict, conflictHere] = await both((c) =>
      c.act({ ticket: t.id, action: 'submit', expectedVersion: t.version + 9 }),
    );
    expect(conflict).toBeInstanceOf(ConflictError);
    expect({ ...conflict }).toEqual({ ...conflictHere });

    const [denied, deniedHere] = await both((c) =>
      c.act({ ticket: t.id, action: 'submit', data: { summary: 'changed' } }),
    );
    expect(denied).toBeInstanceOf(PermissionError);
    expect({ ...denied }).toEqual({ ...deniedHere });

    const [invalid, invalidHere] = await both((c) =>
      c.startTicket({ workflow: 'access-request', data: { summary: 'x', amount: -5 } }),
    );
    expect(invalid).toBeInstanceOf(ValidationError);
    expect({ ...invalid }).toEqual({ ...invalidHere });

    // Only HTTP can send a body of the wrong shape: a RequestError naming the path.
    const wrong = await remote('eve')
      .act({ ticket: t.id, action: 'teleport' as 'submit' })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(RequestError);
    expect((wrong as RequestError).issues[0]?.path).toBe('/action');
  });
});
