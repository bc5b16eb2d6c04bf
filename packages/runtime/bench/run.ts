/**
 * Engine benchmarks of @deskkit/runtime on the memory adapter (`pnpm --filter @deskkit/runtime bench`):
 *
 * - a three-step approval workflow: user-task completions per second driving one ticket at a time,
 *   and with 2,000 live tickets;
 * - per-action latency (p50 / p99) of `startTicket` and `act(approve)`;
 * - memory per open ticket waiting at a user task, with 10,000 open tickets.
 *
 * Targets from /work/shared/PERFORMANCE.md: ≥ 3,780 completions/s (10× bpmn-engine's 378/s) and
 * ≤ 7 KiB per open ticket. Run with `--expose-gc` for the memory figure (the script re-executes
 * itself with it when needed).
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ajvFormValidator } from '../src/ajv';
import type { WorkflowDefinition } from '../src/definition/definition.types';
import type { FormValidator } from '../src/form/form.types';
import { memoryDirectory } from '../src/directory/memory';
import { createRuntime } from '../src/engine/runtime';
import type { Runtime } from '../src/engine/runtime.types';
import { memoryStorage } from '../src/storage/memory/memory';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc && !process.env.DESKKIT_BENCH_CHILD) {
  // Re-run under --expose-gc so the memory figure is measured after full collections.
  execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
    {
      stdio: 'inherit',
      env: { ...process.env, DESKKIT_BENCH_CHILD: '1' },
    },
  );
  process.exit(0);
}

const threeStep: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'purchase',
  name: 'Purchase request',
  numberPrefix: 'PUR',
  form: {
    schema: {
      type: 'object',
      properties: {
        item: { type: 'string' },
        amount: { type: 'number', minimum: 0 },
        notes: { type: 'string' },
      },
      required: ['item'],
    },
  },
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'manager',
      type: 'approval',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'max' }] },
    },
    {
      id: 'finance',
      type: 'approval',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'fin' }] },
    },
    {
      id: 'it',
      type: 'approval',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
      fields: { notes: 'edit' },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'manager' },
    { id: 'e2', from: 'manager', to: 'finance' },
    { id: 'e3', from: 'finance', to: 'it' },
    { id: 'e4', from: 'it', to: 'end' },
  ],
};
const approvers = ['max', 'fin', 'eve'];

async function fresh(validator?: FormValidator): Promise<Runtime> {
  const runtime = createRuntime({
    storage: memoryStorage(),
    directory: memoryDirectory({ users: [{ id: 'ann' }, ...approvers.map((id) => ({ id }))] }),
    publishers: 'anyone',
    ...(validator ? { validator } : {}),
  });
  await runtime.publish(threeStep, { actor: 'ann' });
  return runtime;
}

const latencies: Record<string, number[]> = { startTicket: [], approve: [] };
async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const r = await fn();
  latencies[name]?.push(performance.now() - t0);
  return r;
}

const start = (runtime: Runtime, i: number) =>
  timed('startTicket', () =>
    runtime.startTicket({
      workflow: 'purchase',
      actor: 'ann',
      data: { item: `laptop ${i}`, amount: i },
    }),
  );
const approve = (runtime: Runtime, ticket: string, actor: string) =>
  timed('approve', () => runtime.act({ ticket, action: 'approve', actor }));

interface Rate {
  wall: number;
  cpu: number;
}

/** Completions per second of wall time and per second of this process's CPU time. */
function meter(): (completions: number) => Rate {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return (completions) => {
    const c = process.cpuUsage(c0);
    return {
      wall: completions / ((performance.now() - t0) / 1000),
      cpu: completions / ((c.user + c.system) / 1e6),
    };
  };
}

async function oneAtATime(tickets: number, validator?: FormValidator): Promise<Rate> {
  const runtime = await fresh(validator);
  let completions = 0;
  const done = meter();
  for (let i = 0; i < tickets; i++) {
    const t = await start(runtime, i);
    for (const a of approvers) {
      await approve(runtime, t.id, a);
      completions++;
    }
  }
  return done(completions);
}

async function withLive(live: number, rounds: number): Promise<Rate> {
  const runtime = await fresh();
  const ids: string[] = [];
  for (let i = 0; i < live; i++) ids.push((await start(runtime, i)).id);
  const step = new Map(ids.map((id) => [id, 0]));
  let completions = 0;
  const done = meter();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as string;
      const s = step.get(id) ?? 0;
      await approve(runtime, id, approvers[s] as string);
      completions++;
      if (s === 2) {
        // Finished: replace it with a new live ticket so the population stays constant.
        const t = await start(runtime, i);
        ids[i] = t.id;
        step.set(t.id, 0);
      } else step.set(id, s + 1);
    }
  }
  return done(completions);
}

async function memoryPerTicket(n: number): Promise<number> {
  const runtime = await fresh();
  // Warm up code paths and caches before the baseline.
  for (let i = 0; i < 50; i++)
    await runtime.startTicket({ workflow: 'purchase', actor: 'ann', data: { item: 'w' } });
  gc?.();
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i++)
    await runtime.startTicket({
      workflow: 'purchase',
      actor: 'ann',
      data: { item: `laptop ${i}`, amount: i },
    });
  gc?.();
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if ((await runtime.listTickets({ status: ['open'], limit: 1 })).total !== n + 50)
    throw new Error('tickets missing');
  return (after - before) / n / 1024;
}

function pct(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const fmt = (n: number, d = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

async function peer(): Promise<{ single: Rate; live: Rate; kib: number } | null> {
  if (process.env.DESKKIT_BENCH_PEER === '0') return null;
  const { bpmnHeapPerInstance, bpmnOneAtATime, bpmnWithLive } = await import('./peer-bpmn');
  await bpmnOneAtATime(30); // warm-up
  let done = meter();
  const single = done(await bpmnOneAtATime(300));
  const live = await bpmnWithLive(2000, 1);
  await live.prepare();
  done = meter();
  const liveRate = done(await live.run());
  const kib = gc ? (await bpmnHeapPerInstance(1000, gc)) / 1024 : NaN;
  return { single, live: liveRate, kib };
}

async function main(): Promise<void> {
  await oneAtATime(300); // warm-up
  await oneAtATime(300, ajvFormValidator);
  await oneAtATime(1000);
  latencies.startTicket = [];
  latencies.approve = [];
  const single = await oneAtATime(3000);
  const live = await withLive(2000, 3);
  // The same with ajv (@deskkit/runtime/ajv) instead of the default eval-free validator.
  // (its latencies are left out of the per-action table, which is the default's).
  const kept = Object.entries(latencies).map(([k, v]) => [k, v.length] as const);
  const withAjv = await oneAtATime(3000, ajvFormValidator);
  for (const [k, n] of kept) latencies[k]?.splice(n);
  const kib = gc ? await memoryPerTicket(10_000) : NaN;
  const bpmn = await peer();
  const ratio = (a: number, b: number | undefined) => (b ? `${fmt(a / b, 1)}×` : '');
  console.log('\n@deskkit/runtime engine bench (memory adapter, three-step approval workflow)');
  console.log(
    "Rates per second of wall time and per second of this process's CPU time (steadier on a shared machine);",
  );
  console.log(
    'bpmn-engine runs the same workflow in the same process (DESKKIT_BENCH_PEER=0 skips it).\n',
  );
  console.table([
    {
      measure: 'completions/s, one ticket at a time',
      'deskkit wall': fmt(single.wall),
      'deskkit cpu': fmt(single.cpu),
      'bpmn-engine wall': bpmn ? fmt(bpmn.single.wall) : '',
      'bpmn-engine cpu': bpmn ? fmt(bpmn.single.cpu) : '',
      'ratio (cpu)': ratio(single.cpu, bpmn?.single.cpu),
      target: '≥ 10× bpmn-engine (≥ 3,780)',
    },
    {
      measure: 'same, createRuntime({ validator: ajvFormValidator })',
      'deskkit wall': fmt(withAjv.wall),
      'deskkit cpu': fmt(withAjv.cpu),
      'bpmn-engine wall': '',
      'bpmn-engine cpu': '',
      'ratio (cpu)': ratio(withAjv.cpu, bpmn?.single.cpu),
      target: '',
    },
    {
      measure: 'completions/s, 2,000 live tickets',
      'deskkit wall': fmt(live.wall),
      'deskkit cpu': fmt(live.cpu),
      'bpmn-engine wall': bpmn ? fmt(bpmn.live.wall) : '',
      'bpmn-engine cpu': bpmn ? fmt(bpmn.live.cpu) : '',
      'ratio (cpu)': ratio(live.cpu, bpmn?.live.cpu),
      target: '≥ 10× bpmn-engine (≥ 1,820)',
    },
    {
      measure: 'KiB per open ticket waiting at a user task',
      'deskkit wall': fmt(kib, 2),
      'deskkit cpu': '',
      'bpmn-engine wall': bpmn ? fmt(bpmn.kib, 1) : '',
      'bpmn-engine cpu': '',
      'ratio (cpu)': bpmn ? `${fmt(bpmn.kib / kib, 0)}× less` : '',
      target: '≤ 7 KiB (bpmn-engine 738)',
    },
  ]);
  console.log(
    `load average while running: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${cpus().length} cores`,
  );
  console.table(
    Object.entries(latencies).map(([action, v]) => ({
      action,
      samples: v.length,
      'p50 ms': fmt(pct(v, 50), 3),
      'p99 ms': fmt(pct(v, 99), 3),
    })),
  );
}

await main();
