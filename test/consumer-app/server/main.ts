// The portal's server side, following @deskkit/server's README: the runtime behind a same-origin
// session cookie, served on Node with `serve` (timers, graceful shutdown on SIGTERM). Built with
// tsc (NodeNext) and started by the consumer test, which makes real HTTP requests to it.
import { createRuntime, memoryDirectory, type WorkflowDefinition } from '@deskkit/runtime';
import { createHandler, sessionCookie, type DeskHandler } from '@deskkit/server';
import { serve } from '@deskkit/server/node';

const request: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'request',
  name: 'Request',
  catalog: ['IT'],
  permissions: { start: [{ role: 'employee' }] },
  form: {
    schema: {
      type: 'object',
      required: ['title'],
      properties: { title: { type: 'string', title: 'Title', minLength: 3 } },
    },
  },
  nodes: [
    { id: 'start', type: 'start', name: 'Raise' },
    { id: 'end', type: 'end', name: 'Done' },
  ],
  edges: [{ id: 'e1', from: 'start', to: 'end' }],
};

const runtime = createRuntime({
  directory: memoryDirectory({
    users: [
      { id: 'ann', name: 'Ann', roles: ['employee'] },
      { id: 'ada', name: 'Ada', roles: ['admin'] },
    ],
  }),
  publishers: [{ role: 'admin' }],
});
await runtime.publish(request, { actor: 'ada' });

const session = sessionCookie({
  secret: process.env.SESSION_SECRET ?? 'a development secret of at least 32 bytes',
  // Plain http on localhost; keep the default (Secure) behind https.
  secure: false,
});
const api = createHandler({ runtime, basePath: '/api', authenticate: session.authenticate });

// The app's own sign-in: a real one checks a password or an SSO answer before issuing the cookie.
const handler: DeskHandler = Object.assign(
  async (req: Request): Promise<Response> => {
    const url = new URL(req.url);
    if (req.method === 'POST' && url.pathname === '/signin') {
      const { user } = (await req.json()) as { user?: unknown };
      if (typeof user !== 'string') return new Response(null, { status: 400 });
      return new Response(null, {
        status: 204,
        headers: { 'set-cookie': await session.issue(user) },
      });
    }
    return api(req);
  },
  {
    close: async () => {
      await api.close?.();
    },
  },
);

const { url } = await serve({
  runtime,
  handler,
  port: Number(process.env.PORT ?? 8080),
  hostname: '127.0.0.1',
});
console.log(`listening on ${url}`);
