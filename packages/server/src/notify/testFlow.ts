// The workflows the notification tests raise tickets on: a one-task incident, and a purchase
// approved by max.
import type { WorkflowDefinition } from '@deskkit/runtime';

export const incidentFlow: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'incident',
  name: 'Incident',
  form: { schema: { type: 'object', properties: { summary: { type: 'string' } } } },
  title: 'summary',
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'fix', type: 'task', name: 'Fix', assign: { strategy: 'fixed', to: [{ user: 'eve' }] } },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'fix' },
    { id: 'e2', from: 'fix', to: 'end' },
  ],
};

/** A purchase the manager `max` approves: its approval request is e-mailed to him. */
export const approvalFlow: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'purchase',
  name: 'Purchase',
  numberPrefix: 'PUR',
  form: { schema: { type: 'object', properties: { summary: { type: 'string' } } } },
  title: 'summary',
  nodes: [
    { id: 'start', type: 'start' },
    {
      id: 'ok',
      type: 'approval',
      name: 'Manager approval',
      approval: { mode: 'single' },
      assign: { strategy: 'fixed', to: [{ user: 'max' }] },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'ok' },
    { id: 'e2', from: 'ok', to: 'end' },
  ],
};
