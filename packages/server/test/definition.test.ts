// GET /definitions/:key answers each user only what they may read of the workflow, over real HTTP:
// its publishers get the whole definition; a requester gets neither the fields hidden from them
// nor the internal configuration (conditions, assignment, rule actions).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { WorkflowDefinition } from '@deskkit/runtime';
import { createHttpClient } from '../src/client/http';
import { accessRequest, desk } from './fixtures';
import { assertFits } from './fitsSchema';

const purchase: WorkflowDefinition = {
  ...accessRequest,
  key: 'purchase',
  name: 'Purchase',
  form: {
    schema: {
      type: 'object',
      properties: {
        summary: { type: 'string', title: 'Summary' },
        // The buyers' own rating of the supplier: hidden at every step.
        supplierScore: { type: 'string', title: 'Supplier score', enum: ['ok', 'blacklisted'] },
      },
      required: ['summary'],
    },
    ui: {
      fields: {
        supplierScore: {
          widget: 'select',
          options: [
            { value: 'ok', label: 'Fine' },
            { value: 'blacklisted', label: 'Blacklisted supplier' },
          ],
        },
      },
    },
  },
  nodes: [
    { id: 'start', type: 'start', fields: { supplierScore: 'hidden' } },
    {
      id: 'buy',
      type: 'task',
      name: 'Buy',
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
      fields: { supplierScore: 'hidden' },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'buy' },
    { id: 'e2', from: 'buy', to: 'end', when: "supplierScore != 'blacklisted'" },
  ],
  triggers: [
    {
      id: 'flag',
      name: 'Flag the supplier',
      on: ['created'],
      actions: [{ type: 'call', handler: 'erp.flag' }],
    },
  ],
};

let server: ServerType;
let baseUrl: string;

beforeAll(async () => {
  const made = await desk();
  await made.runtime.publish(purchase, { actor: 'admin' });
  await new Promise<void>((resolve) => {
    server = serve({ fetch: made.handler, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      baseUrl = `http://127.0.0.1:${info.port}/api`;
      resolve();
    });
  });
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const get = async (user: string) => {
  const res = await fetch(`${baseUrl}/definitions/purchase`, { headers: { 'x-user': user } });
  expect(res.status).toBe(200);
  return (await res.json()) as WorkflowDefinition;
};

describe('GET /definitions/:key', () => {
  it("gives a requester the definition without the hidden field; an admin's has it", async () => {
    const ann = await get('ann');
    assertFits('WorkflowDefinition', ann);
    expect(Object.keys(ann.form.schema.properties ?? {})).toEqual(['summary']);
    const text = JSON.stringify(ann);
    for (const secret of ['supplierScore', 'Supplier score', 'Blacklisted', 'erp.flag'])
      expect(text).not.toContain(secret);
    expect(ann.edges.map((e) => e.when)).toEqual([undefined, undefined]);
    expect(ann.nodes[1]).not.toHaveProperty('assign');
    expect(ann.triggers).toEqual([
      { id: 'flag', name: 'Flag the supplier', on: ['created'], actions: [] },
    ]);

    const admin = await get('admin');
    assertFits('WorkflowDefinition', admin);
    expect(admin).toEqual(purchase);
  });

  it('answers createHttpClient the same as the local client', async () => {
    const remote = (actor: string) =>
      createHttpClient({ baseUrl, actor, headers: () => ({ 'x-user': actor }) });
    const def = await remote('ann').getDefinition('purchase', 1);
    expect(def).toEqual(await get('ann'));
    expect(def.form.schema.properties).not.toHaveProperty('supplierScore');
    expect((await remote('admin').getDefinition('purchase')).form.schema.properties).toHaveProperty(
      'supplierScore',
    );
  });
});
