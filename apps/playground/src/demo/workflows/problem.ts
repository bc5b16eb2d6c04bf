import type { WorkflowDefinition } from '@deskkit/runtime';

/**
 * Problem management: the cause behind one or more incidents. The linked incidents are stored by
 * number (a lookup into the incident tickets); investigation finds the root cause, the team lead
 * approves it, and a known error with a workaround is published before the fix.
 */
export const problem: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'problem',
  name: 'Problem',
  description: 'Find and remove the root cause of recurring incidents.',
  catalog: ['Infrastructure', 'Problems'],
  numberPrefix: 'PRB',
  title: 'summary',
  permissions: {
    start: [{ role: 'agent' }, { role: 'engineer' }, { role: 'teamLead' }],
    // The desk sees every ticket of it; others see their own and those they work on.
    view: [{ role: 'agent' }, { role: 'teamLead' }, { role: 'admin' }, { role: 'engineer' }],
  },
  form: {
    schema: {
      type: 'object',
      required: ['summary', 'incidents'],
      properties: {
        summary: { type: 'string', title: 'Summary', minLength: 5 },
        incidents: {
          type: 'array',
          title: 'Linked incidents',
          items: { type: 'string', pattern: '^INC-' },
          uniqueItems: true,
          minItems: 1,
        },
        affectedService: { type: 'string', title: 'Affected service' },
        description: { type: 'string', title: 'Symptoms' },
        rootCause: { type: 'string', title: 'Root cause' },
        knownError: { type: 'boolean', title: 'Known error', default: false },
        workaround: { type: 'string', title: 'Workaround' },
        fix: { type: 'string', title: 'Permanent fix' },
      },
    },
    ui: {
      layout: [
        { type: 'field', field: 'summary' },
        {
          type: 'row',
          id: 'links',
          columns: 2,
          children: [
            { type: 'field', field: 'incidents' },
            { type: 'field', field: 'affectedService' },
          ],
        },
        { type: 'field', field: 'description' },
        {
          type: 'group',
          id: 'analysis',
          title: 'Analysis',
          children: [
            { type: 'field', field: 'rootCause' },
            { type: 'field', field: 'knownError' },
            { type: 'field', field: 'workaround' },
            { type: 'field', field: 'fix' },
          ],
        },
      ],
      fields: {
        summary: { widget: 'text' },
        incidents: {
          widget: 'multiselect',
          source: 'incidents',
          help: 'The incidents this problem causes.',
        },
        affectedService: { widget: 'lookup', source: 'cmdb' },
        description: { widget: 'textarea' },
        rootCause: { widget: 'textarea' },
        knownError: { widget: 'switch' },
        workaround: { widget: 'textarea' },
        fix: { widget: 'textarea' },
      },
    },
    rules: [{ id: 'known-error-workaround', field: 'workaround', required: 'knownError = true' }],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      name: 'Log',
      fields: { rootCause: 'hidden', knownError: 'hidden', workaround: 'hidden', fix: 'hidden' },
    },
    {
      id: 'investigate',
      type: 'task',
      name: 'Investigate',
      assign: { strategy: 'leastLoaded', to: [{ group: 'network' }, { group: 'database' }] },
      fields: {
        incidents: 'edit',
        description: 'edit',
        rootCause: 'required',
        knownError: 'edit',
        workaround: 'edit',
      },
      actions: ['submit', 'update', 'comment', 'reassign', 'hold', 'resume'],
    },
    {
      id: 'review',
      type: 'approval',
      name: 'Root cause review',
      assign: { strategy: 'fixed', to: [{ role: 'teamLead' }] },
      approval: { mode: 'single', onReject: 'previous' },
      actions: ['approve', 'reject', 'comment'],
    },
    {
      id: 'fix',
      type: 'task',
      name: 'Fix',
      assign: { strategy: 'claim', to: [{ group: 'network' }, { group: 'database' }] },
      fields: { fix: 'required', workaround: 'edit' },
      actions: ['claim', 'release', 'submit', 'update', 'comment'],
    },
    { id: 'closed', type: 'end', name: 'Closed', status: 'closed' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'investigate' },
    { id: 'e2', from: 'investigate', to: 'review' },
    { id: 'e3', from: 'review', to: 'fix', outcome: 'approved' },
    { id: 'e4', from: 'fix', to: 'closed' },
  ],
};
