/**
 * A runtime process for the crash test: `tsx runtimeWorker.ts <url> <schema> <handlerMs> <aheadMs> [leaseMs]`. It builds a runtime
 * on the shared schema and ticks; every fired timer runs a slow host handler, and every committed
 * `timerFired` event is printed, so the test can SIGKILL the process while it is firing timers.
 */
import { fileURLToPath } from 'node:url';
import type { WorkflowDefinition } from '../definition/definition.types';
import type { DirectoryUser } from '../directory/directory.types';

export const USERS: DirectoryUser[] = [
  { id: 'ann', roles: ['employee'] },
  { id: 'max', roles: ['manager'] },
  { id: 'eve', roles: ['agent'] },
];

/** Approval, then a one-hour wait, then a host call, then the end. */
export const WAIT_WORKFLOW: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'pg-wait',
  name: 'Approve, wait, notify',
  form: { schema: { type: 'object', properties: { summary: { type: 'string' } } } },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'review',
      type: 'approval',
      name: 'Review',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'max' }] },
      actions: ['approve', 'reject', 'comment'],
    },
    { id: 'cool', type: 'timer', name: 'Cool-off', timer: { duration: 'PT1H' } },
    {
      id: 'notify',
      type: 'automation',
      name: 'Notify',
      automation: { actions: [{ type: 'call', handler: 'notify' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'review' },
    { id: 'e2', from: 'review', to: 'cool' },
    { id: 'e3', from: 'cool', to: 'notify' },
    { id: 'e4', from: 'notify', to: 'end' },
  ],
};

async function main(): Promise<void> {
  const [url, schema, delayMs, aheadMs, leaseMs] = process.argv.slice(2);
  const { default: pg } = await import('pg');
  const { postgresStorage } = await import('./postgres');
  const { createRuntime, memoryDirectory } = await import('../index');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const runtime = createRuntime({
    storage: postgresStorage({ client: pool, schema: schema!, migrate: false }),
    directory: memoryDirectory({ users: USERS }),
    instanceId: 'doomed',
    publishers: 'anyone',
    ...(leaseMs ? { timerLeaseMs: Number(leaseMs) } : {}),
    handlers: {
      // A slow notification: the process is killed while one of these is in flight.
      notify: () => new Promise<void>((r) => setTimeout(r, Number(delayMs))),
    },
  });
  runtime.subscribe((e) => {
    if (e.type === 'timerFired') process.stdout.write(`fired ${e.ticketId}\n`);
  });
  process.stdout.write('ticking\n');
  // `aheadMs` moves this process's clock forward so the timers are due (its leases run on the
  // database's clock, `leaseMs` long).
  await runtime.tick(new Date(Date.now() + Number(aheadMs)));
  process.stdout.write('done\n');
  await pool.end();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exit(1);
  });
}
