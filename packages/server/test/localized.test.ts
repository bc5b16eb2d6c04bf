// Texts a definition writes per locale, over real HTTP: createHttpClient's `locale` (sent as
// Accept-Language) picks the language the catalog, definition, form and tasks come back in.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { ServerType } from '@hono/node-server';
import type { LocalizedDefinition } from '@deskkit/runtime';
import { createHttpClient } from '../src/client/http';
import { acceptedLocales } from '../src/request';
import { desk } from './fixtures';
import { assertFits } from './fitsSchema';

const laptop: LocalizedDefinition = {
  schemaVersion: 1,
  key: 'laptop',
  locales: ['en', 'zh-CN'],
  name: { en: 'Laptop request', 'zh-CN': '笔记本申请' },
  catalog: [{ en: 'Hardware', 'zh-CN': '硬件' }],
  permissions: { start: [{ role: 'employee' }] },
  form: {
    schema: {
      type: 'object',
      properties: { model: { type: 'string', title: { en: 'Model', 'zh-CN': '型号' } } },
    },
  },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'issue',
      type: 'task',
      name: { en: 'Issue the laptop', 'zh-CN': '发放笔记本' },
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'issue' },
    { id: 'e2', from: 'issue', to: 'end' },
  ],
};

let server: ServerType;
let baseUrl: string;

beforeAll(async () => {
  const made = await desk();
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

const remote = (actor: string, locale?: () => string) =>
  createHttpClient({ baseUrl, actor, headers: () => ({ 'x-user': actor }), locale });

describe('localized definition texts over HTTP', () => {
  it('answers in the locale the client sends, and keeps every variant for the studio', async () => {
    const admin = remote('admin');
    assertFits('WorkflowDefinition', laptop);
    await admin.publish(laptop);
    let language = 'zh-CN';
    const ann = remote('ann', () => language);

    expect((await ann.catalog()).find((e) => e.key === 'laptop')).toMatchObject({
      name: '笔记本申请',
      path: ['硬件'],
    });
    const def = await ann.getDefinition('laptop');
    expect(def.form.schema.properties?.model?.title).toBe('型号');
    const ticket = await ann.startTicket({ workflow: 'laptop', data: { model: 'air' } });
    expect((await ann.viewTicket(ticket.id)).form.schema.properties?.model?.title).toBe('型号');
    expect((await remote('eve', () => 'zh').tasks())[0]?.nodeName).toBe('发放笔记本');

    // The language menu changes: the next request reads the other language.
    language = 'en';
    expect((await ann.getDefinition('laptop')).name).toBe('Laptop request');

    const [record] = await admin.versions('laptop');
    expect(record?.definition.name).toEqual({ en: 'Laptop request', 'zh-CN': '笔记本申请' });
  });

  it('reads Accept-Language by q, leaving out wildcards and malformed tags', () => {
    expect(acceptedLocales('en;q=0.5, zh-CN, *;q=0.1, bad tag, fr;q=0')).toEqual(['zh-CN', 'en']);
    expect(acceptedLocales(undefined)).toEqual([]);
  });
});
