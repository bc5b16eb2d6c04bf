import type { CalendarSpec, MemoryDirectorySeed, WorkflowDefinition } from '@deskkit/runtime';

/**
 * A small service request to simulate: the desk fixes it (4 working hours to resolve on the
 * business calendar, a warning at 50 %); a high-priority one then needs the manager's approval.
 */
export function simulatedRequest(): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key: 'sim-request',
    name: 'Service request',
    permissions: { start: [{ role: 'employee' }] },
    form: {
      schema: {
        type: 'object',
        required: ['summary'],
        properties: {
          summary: { type: 'string', title: 'Summary' },
          priority: { type: 'string', title: 'Priority', enum: ['low', 'high'] },
        },
      },
    },
    nodes: [
      { id: 'start', type: 'start', name: 'Request' },
      {
        id: 'fix',
        type: 'task',
        name: 'Fix',
        assign: { strategy: 'fixed', to: [{ group: 'desk' }] },
        actions: ['submit', 'comment'],
      },
      { id: 'urgent', type: 'exclusive', name: 'Urgent?' },
      {
        id: 'approve',
        type: 'approval',
        name: 'Manager approval',
        assign: { strategy: 'fixed', to: [{ role: 'manager' }] },
        approval: { mode: 'single' },
      },
      { id: 'end', type: 'end', name: 'Done' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'fix' },
      { id: 'e2', from: 'fix', to: 'urgent' },
      { id: 'high', from: 'urgent', to: 'approve', when: "priority = 'high'", label: 'High' },
      { id: 'normal', from: 'urgent', to: 'end', default: true, label: 'Otherwise' },
      { id: 'e3', from: 'approve', to: 'end' },
    ],
    sla: [
      {
        id: 'resolve',
        name: 'Resolve',
        targets: { resolution: 'PT4H' },
        calendar: 'business',
        warnAt: [50],
      },
    ],
  };
}

/** Monday to Friday, 09:00–17:00 UTC. */
export const businessCalendar: CalendarSpec = {
  timeZone: 'UTC',
  week: Object.fromEntries(
    (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((d) => [d, [['09:00', '17:00']]]),
  ),
};

export const simulatedPeople: MemoryDirectorySeed = {
  users: [
    { id: 'ann', name: 'Ann Requester', roles: ['employee'] },
    { id: 'kim', name: 'Kim Agent', roles: ['employee'], groups: ['desk'] },
    { id: 'max', name: 'Max Manager', roles: ['employee', 'manager'] },
  ],
};

/** Monday 23 November 2026, 09:00 UTC. */
export const SIMULATION_START = new Date('2026-11-23T09:00:00.000Z');

/**
 * A request that calls the host function `lookupAsset` (its answer lands in `asset`), then starts
 * the published workflow `sim-check` as a sub-workflow, whose one step the desk works.
 */
export function simulatedParent(): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key: 'sim-parent',
    name: 'Laptop swap',
    form: {
      schema: {
        type: 'object',
        required: ['summary'],
        properties: {
          summary: { type: 'string', title: 'Summary' },
          asset: { type: 'string', title: 'Asset' },
        },
      },
    },
    nodes: [
      { id: 'start', type: 'start', name: 'Request' },
      {
        id: 'lookup',
        type: 'automation',
        name: 'Look up the asset',
        automation: {
          actions: [{ type: 'call', handler: 'lookupAsset', input: { what: 'summary' } }],
        },
      },
      {
        id: 'check',
        type: 'subworkflow',
        name: 'Security check',
        subworkflow: { key: 'sim-check', version: 3, inputs: { summary: 'summary' } },
      },
      { id: 'end', type: 'end', name: 'Done' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'lookup' },
      { id: 'e2', from: 'lookup', to: 'check' },
      { id: 'e3', from: 'check', to: 'end' },
    ],
  };
}

/** The workflow `simulatedParent` starts: one step for the desk. */
export function simulatedCheck(): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key: 'sim-check',
    name: 'Security check',
    form: {
      schema: {
        type: 'object',
        properties: { summary: { type: 'string', title: 'Summary' } },
      },
    },
    nodes: [
      { id: 'start', type: 'start', name: 'Start' },
      {
        id: 'scan',
        type: 'task',
        name: 'Scan the laptop',
        assign: { strategy: 'fixed', to: [{ group: 'desk' }] },
        actions: ['submit'],
      },
      { id: 'end', type: 'end', name: 'Scanned' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'scan' },
      { id: 'e2', from: 'scan', to: 'end' },
    ],
  };
}
