/** The desk the server's event, serve, scale-out tests and the HTTP bench run: people and workflows. */
import type { DirectoryUser, WorkflowDefinition } from '@deskkit/runtime';
import { WORKFLOW, USERS as BENCH_USERS } from '../../runtime/bench/postgres.workflow';

/** The runtime bench's 3-step approval (triage by eve, approval by max, fulfilment by kim). */
export const APPROVAL = WORKFLOW;

/** A short wait, then a task: timers firing once across processes. */
export const WAIT: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'short-wait',
  name: 'Short wait',
  permissions: { start: [{ role: 'employee' }] },
  form: { schema: { type: 'object', properties: { summary: { type: 'string' } } } },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'cool', type: 'timer', name: 'Cool-off', timer: { duration: 'PT1S' } },
    {
      id: 'check',
      type: 'task',
      name: 'Check',
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'cool' },
    { id: 'e2', from: 'cool', to: 'check' },
    { id: 'e3', from: 'check', to: 'end' },
  ],
};

export const USERS: DirectoryUser[] = [
  ...BENCH_USERS.map((u) => (u.id === 'ann' ? { ...u, roles: ['employee'] } : u)),
  { id: 'bob', name: 'Bob', roles: ['employee'] },
];

/** Test-only authentication: the user id in an `x-user` header. */
export const headerAuth = (request: Request): string | null => request.headers.get('x-user');
