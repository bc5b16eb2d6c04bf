/** Shared fixtures of the engine's scenario tests (not exported from the package). */
import type {
  ApprovalConfig,
  Assignment,
  EdgeDefinition,
  NodeDefinition,
  WorkflowDefinition,
} from '../definition/definition.types';
import { memoryDirectory } from '../directory/memory';
import type { MemoryDirectorySeed } from '../directory/memory';
import { memoryStorage } from '../storage/memory/memory';
import { createRuntime } from './runtime';
import type { EngineOptions } from './runtime';

export const USERS: MemoryDirectorySeed['users'] = [
  { id: 'ann', name: 'Ann', roles: ['employee'], department: 'sales', manager: 'max' },
  { id: 'bob', name: 'Bob', roles: ['employee'], department: 'sales' },
  { id: 'max', name: 'Max', roles: ['employee', 'manager'], groups: ['cab'] },
  { id: 'eve', name: 'Eve', roles: ['employee', 'agent'], groups: ['cab', 'desk'] },
  { id: 'sam', name: 'Sam', roles: ['employee', 'agent'], groups: ['cab', 'desk'] },
  { id: 'kim', name: 'Kim', roles: ['employee', 'agent'], groups: ['desk'] },
  { id: 'admin', name: 'Admin', roles: ['admin'] },
];

let clockMs = Date.parse('2026-11-23T09:00:00.000Z');

/** The test clock `setup` drives, for a storage made outside it (leases run on the store's clock). */
export const testClock = (): number => clockMs;

/** A runtime on fresh memory adapters with a controllable clock. */
export function setup(options: EngineOptions & { seed?: Partial<MemoryDirectorySeed> } = {}) {
  clockMs = Date.parse('2026-11-23T09:00:00.000Z');
  const storage = memoryStorage({ clock: () => clockMs });
  const { seed, ...rest } = options;
  const directory = memoryDirectory({ users: USERS, ...seed });
  const runtime = createRuntime({
    storage,
    directory,
    clock: () => new Date(clockMs),
    publishers: 'anyone',
    ...rest,
  });
  return {
    runtime,
    storage,
    advance(ms: number) {
      clockMs += ms;
    },
    at: () => new Date(clockMs),
  };
}

export const FORM: WorkflowDefinition['form'] = {
  schema: {
    type: 'object',
    properties: {
      summary: { type: 'string', title: 'Summary', maxLength: 200 },
      amount: { type: 'number', title: 'Amount', minimum: 0 },
      category: { type: 'string', enum: ['hardware', 'software', 'access'] },
      owner: { type: 'string' },
      notes: { type: 'string', title: 'Reviewer notes' },
      internal: { type: 'string' },
      due: { type: 'string' },
    },
    required: ['summary'],
  },
};

export function edges(...pairs: Array<[string, string] | EdgeDefinition>): EdgeDefinition[] {
  return pairs.map((p, i) => (Array.isArray(p) ? { id: `e${i + 1}`, from: p[0], to: p[1] } : p));
}

/** A workflow with the given steps between start and end, chained in order. */
export function chain(
  key: string,
  steps: NodeDefinition[],
  extra: Partial<WorkflowDefinition> = {},
): WorkflowDefinition {
  const ids = ['start', ...steps.map((s) => s.id), 'end'];
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < ids.length - 1; i++) pairs.push([ids[i] as string, ids[i + 1] as string]);
  return {
    schemaVersion: 1,
    key,
    name: `Workflow ${key}`,
    form: FORM,
    nodes: [{ id: 'start', type: 'start' }, ...steps, { id: 'end', type: 'end' }],
    edges: edges(...pairs),
    ...extra,
  };
}

export function task(
  id: string,
  assign?: Assignment,
  extra: Partial<NodeDefinition> = {},
): NodeDefinition {
  return {
    id,
    type: 'task',
    name: `Task ${id}`,
    ...(assign ? { assign } : {}),
    ...extra,
  } as NodeDefinition;
}

export function approval(
  id: string,
  approvalConfig: ApprovalConfig,
  assign: Assignment,
  extra: Partial<NodeDefinition> = {},
): NodeDefinition {
  return {
    id,
    type: 'approval',
    name: `Approval ${id}`,
    approval: approvalConfig,
    assign,
    ...extra,
  } as NodeDefinition;
}
