/**
 * The same three-step approval workflow on bpmn-engine (the peer PERFORMANCE.md compares with),
 * measured in the same run so the ratio is what counts on a noisy machine. The BPMN source is
 * parsed once and every instance recovers from that state, so parsing is not what is timed.
 */
import { Engine } from 'bpmn-engine';

const source = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <process id="purchase" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="f1" sourceRef="start" targetRef="manager" />
    <userTask id="manager" />
    <sequenceFlow id="f2" sourceRef="manager" targetRef="finance" />
    <userTask id="finance" />
    <sequenceFlow id="f3" sourceRef="finance" targetRef="it" />
    <userTask id="it" />
    <sequenceFlow id="f4" sourceRef="it" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`;

type Execution = Awaited<ReturnType<Engine['execute']>>;
let parsed: Awaited<ReturnType<Engine['getState']>> | undefined;
let n = 0;

async function instance(): Promise<Execution> {
  if (!parsed) {
    const seed = new Engine({ name: 'seed', source });
    await seed.getDefinitions();
    parsed = await seed.getState();
  }
  n += 1;
  return new Engine({ name: `purchase-${n}` }).recover(parsed).execute();
}

/** Completes the user task the instance waits at; returns false when nothing waits. */
function completeOne(execution: Execution): boolean {
  const [task] = execution.getPostponed();
  if (!task) return false;
  task.signal();
  return true;
}

export interface PeerRate {
  completions: number;
}

/** Drives instances one at a time through their three user tasks. */
export async function bpmnOneAtATime(instances: number): Promise<number> {
  let completions = 0;
  for (let i = 0; i < instances; i++) {
    const execution = await instance();
    while (completeOne(execution)) completions++;
  }
  return completions;
}

/** Keeps `live` instances waiting and completes one user task of each in turn, `rounds` times. */
export async function bpmnWithLive(
  live: number,
  rounds: number,
): Promise<{ prepare: () => Promise<void>; run: () => Promise<number> }> {
  const executions: Execution[] = [];
  return {
    async prepare() {
      for (let i = 0; i < live; i++) executions.push(await instance());
    },
    async run() {
      let completions = 0;
      for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < executions.length; i++) {
          const e = executions[i] as Execution;
          if (completeOne(e)) completions++;
          if (!e.getPostponed().length) executions[i] = await instance();
        }
      }
      return completions;
    },
  };
}

/** Heap bytes held per instance waiting at its first user task. */
export async function bpmnHeapPerInstance(count: number, gc: () => void): Promise<number> {
  const keep: Execution[] = [];
  await instance();
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < count; i++) keep.push(await instance());
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (keep.some((e) => e.getPostponed().length !== 1))
    throw new Error('bpmn-engine instances are not waiting');
  return (after - before) / count;
}
