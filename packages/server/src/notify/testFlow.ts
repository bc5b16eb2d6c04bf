// The one-task incident workflow the notification route tests raise tickets on.
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
