// A small desk shared by the server's tests: a two-step access request on memory adapters.
import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
import type { WorkflowDefinition } from '@deskkit/runtime';
import { createHandler } from '../src/handler';
import type { HandlerOptions } from '../src/handler.types';

export const accessRequest: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'access-request',
  name: 'Access request',
  catalog: ['Access'],
  permissions: { start: [{ role: 'employee' }] },
  form: {
    schema: {
      type: 'object',
      properties: {
        summary: { type: 'string', maxLength: 200 },
        amount: { type: 'number', minimum: 0 },
        notes: { type: 'string' },
      },
      required: ['summary'],
    },
  },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'triage',
      type: 'task',
      name: 'Triage',
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
      fields: { notes: 'edit', summary: 'read', amount: 'read' },
    },
    {
      id: 'review',
      type: 'approval',
      name: 'Review',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'max' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'triage' },
    { id: 'e2', from: 'triage', to: 'review' },
    { id: 'e3', from: 'review', to: 'end' },
  ],
};

/** A runtime with `accessRequest` published, and a handler whose `x-user` header names the actor. */
export async function desk(options: Partial<HandlerOptions> = {}) {
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({
      users: [
        { id: 'ann', name: 'Ann', roles: ['employee'] },
        { id: 'bob', name: 'Bob', roles: ['employee'] },
        { id: 'eve', name: 'Eve', roles: ['employee', 'agent'] },
        { id: 'max', name: 'Max', roles: ['employee', 'manager'] },
        { id: 'admin', name: 'Admin', roles: ['admin'] },
      ],
    }),
    publishers: [{ user: 'admin' }],
  });
  await runtime.publish(accessRequest, { actor: 'admin' });
  const handler = createHandler({
    runtime,
    // Tests name the user in a header; real hosts use bearerJwt or sessionCookie.
    authenticate: (request) => request.headers.get('x-user'),
    basePath: '/api',
    ...options,
  });
  return { runtime, handler };
}

/** A request to the handler as `user`, with a JSON body when given. */
export function call(
  method: string,
  path: string,
  init: { user?: string; body?: unknown; headers?: Record<string, string> } = {},
): Request {
  const headers: Record<string, string> = { ...init.headers };
  if (init.user !== undefined) headers['x-user'] = init.user;
  if (init.body !== undefined) headers['content-type'] ??= 'application/json';
  return new Request(`http://desk.test/api${path}`, {
    method,
    headers,
    ...(init.body !== undefined
      ? { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }
      : {}),
  });
}
