import type { WorkflowDefinition } from '@deskkit/runtime';

/**
 * Normal change: the change owner plans it, every CAB member must approve (countersign, a single
 * rejection sends it back to planning), network and database implement in parallel, and a failed
 * verification routes through a rollback task back to planning.
 */
export const changeRequest: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'change-request',
  name: 'Normal change',
  description: 'Plan, approve in the CAB and implement an infrastructure change.',
  catalog: ['Infrastructure', 'Changes'],
  numberPrefix: 'CHG',
  title: 'summary',
  permissions: {
    start: [{ role: 'agent' }, { role: 'engineer' }, { role: 'teamLead' }, { role: 'admin' }],
    // Everyone on the desk, the engineers and the CAB follow every change.
    view: [
      { role: 'agent' },
      { role: 'teamLead' },
      { role: 'admin' },
      { role: 'engineer' },
      { role: 'cab' },
    ],
  },
  form: {
    schema: {
      type: 'object',
      required: ['summary', 'target', 'risk', 'plannedStart', 'plannedEnd'],
      properties: {
        summary: { type: 'string', title: 'Summary', minLength: 5 },
        target: { type: 'string', title: 'Configuration item' },
        reason: { type: 'string', title: 'Reason for the change' },
        risk: { type: 'string', title: 'Risk', enum: ['low', 'medium', 'high'], default: 'medium' },
        impact: { type: 'string', title: 'Impact', enum: ['none', 'degraded', 'outage'] },
        plannedStart: { type: 'string', format: 'date-time', title: 'Planned start' },
        plannedEnd: { type: 'string', format: 'date-time', title: 'Planned end' },
        implementationPlan: { type: 'string', title: 'Implementation plan' },
        rollbackPlan: { type: 'string', title: 'Rollback plan' },
        cabNotes: { type: 'string', title: 'CAB notes' },
        networkDone: { type: 'boolean', title: 'Network work done' },
        databaseDone: { type: 'boolean', title: 'Database work done' },
        result: {
          type: 'string',
          title: 'Verification result',
          enum: ['success', 'failed'],
        },
        rollbackNotes: { type: 'string', title: 'Rollback notes' },
      },
    },
    ui: {
      layout: [
        {
          type: 'tab',
          id: 'plan',
          title: 'Plan',
          children: [
            { type: 'field', field: 'summary' },
            {
              type: 'row',
              id: 'what',
              columns: 2,
              children: [
                { type: 'field', field: 'target' },
                { type: 'field', field: 'risk' },
              ],
            },
            {
              type: 'row',
              id: 'when',
              columns: 3,
              children: [
                { type: 'field', field: 'plannedStart' },
                { type: 'field', field: 'plannedEnd' },
                { type: 'field', field: 'impact' },
              ],
            },
            { type: 'field', field: 'reason' },
            {
              type: 'group',
              id: 'plans',
              title: 'Plans',
              collapsible: true,
              children: [
                { type: 'field', field: 'implementationPlan' },
                { type: 'field', field: 'rollbackPlan' },
              ],
            },
          ],
        },
        {
          type: 'tab',
          id: 'cab',
          title: 'CAB',
          children: [{ type: 'field', field: 'cabNotes' }],
        },
        {
          type: 'tab',
          id: 'implementation',
          title: 'Implementation',
          children: [
            {
              type: 'row',
              id: 'done',
              columns: 2,
              children: [
                { type: 'field', field: 'networkDone' },
                { type: 'field', field: 'databaseDone' },
              ],
            },
            { type: 'field', field: 'result' },
            { type: 'field', field: 'rollbackNotes' },
          ],
        },
      ],
      fields: {
        summary: { widget: 'text' },
        target: { widget: 'lookup', source: 'cmdb' },
        reason: { widget: 'textarea' },
        risk: {
          widget: 'select',
          options: [
            { value: 'low', label: 'Low' },
            { value: 'medium', label: 'Medium' },
            { value: 'high', label: 'High' },
          ],
        },
        impact: {
          widget: 'select',
          options: [
            { value: 'none', label: 'No user impact' },
            { value: 'degraded', label: 'Degraded service' },
            { value: 'outage', label: 'Outage' },
          ],
        },
        plannedStart: { widget: 'datetime' },
        plannedEnd: { widget: 'datetime' },
        implementationPlan: { widget: 'textarea' },
        rollbackPlan: { widget: 'textarea' },
        cabNotes: { widget: 'textarea' },
        networkDone: { widget: 'switch' },
        databaseDone: { widget: 'switch' },
        result: {
          widget: 'radio',
          options: [
            { value: 'success', label: 'Change works' },
            { value: 'failed', label: 'Failed – roll back' },
          ],
        },
        rollbackNotes: { widget: 'textarea' },
      },
    },
    rules: [
      { id: 'rollback-plan', field: 'rollbackPlan', required: "risk = 'high'" },
      { id: 'rollback-notes', field: 'rollbackNotes', visible: "result = 'failed'" },
    ],
    templates: [
      {
        id: 'firewall',
        name: 'Firewall rule change',
        values: {
          summary: 'Open port 443 to the new partner API',
          target: 'CI-4002',
          risk: 'medium',
          impact: 'none',
          implementationPlan: '1. Add rule on standby\n2. Fail over\n3. Add rule on primary',
          rollbackPlan: 'Remove the rule on both nodes.',
        },
      },
      {
        id: 'db-upgrade',
        name: 'Database minor upgrade',
        values: {
          summary: 'Upgrade pg-prod-01 to the latest minor release',
          target: 'CI-2001',
          risk: 'high',
          impact: 'degraded',
          rollbackPlan: 'Restore the pre-upgrade snapshot.',
        },
      },
    ],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      name: 'Draft',
      fields: {
        cabNotes: 'hidden',
        networkDone: 'hidden',
        databaseDone: 'hidden',
        result: 'hidden',
        rollbackNotes: 'hidden',
      },
    },
    {
      id: 'plan',
      type: 'task',
      name: 'Plan the change',
      assign: { strategy: 'claim', to: [{ group: 'service-desk' }, { role: 'engineer' }] },
      fields: {
        summary: 'edit',
        target: 'edit',
        reason: 'edit',
        risk: 'edit',
        impact: 'edit',
        plannedStart: 'required',
        plannedEnd: 'required',
        implementationPlan: 'required',
        rollbackPlan: 'edit',
        networkDone: 'hidden',
        databaseDone: 'hidden',
        result: 'hidden',
      },
      actions: ['claim', 'release', 'submit', 'update', 'comment', 'cancel'],
    },
    {
      id: 'cab',
      type: 'approval',
      name: 'CAB approval',
      assign: { strategy: 'fixed', to: [{ group: 'cab' }] },
      approval: { mode: 'all', onReject: 'node', rejectTo: 'plan' },
      fields: { cabNotes: 'edit', networkDone: 'hidden', databaseDone: 'hidden', result: 'hidden' },
      actions: ['approve', 'reject', 'comment', 'addApprover'],
    },
    { id: 'split', type: 'parallel', name: 'Implement' },
    {
      id: 'network',
      type: 'task',
      name: 'Network implementation',
      assign: { strategy: 'claim', to: [{ group: 'network' }] },
      fields: { networkDone: 'required', result: 'hidden' },
      actions: ['claim', 'release', 'submit', 'comment', 'update'],
    },
    {
      id: 'database',
      type: 'task',
      name: 'Database implementation',
      assign: { strategy: 'claim', to: [{ group: 'database' }] },
      fields: { databaseDone: 'required', result: 'hidden' },
      actions: ['claim', 'release', 'submit', 'comment', 'update'],
    },
    { id: 'join', type: 'parallel', name: 'Both done' },
    {
      id: 'verify',
      type: 'task',
      name: 'Verify',
      assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
      fields: { result: 'required', rollbackNotes: 'edit' },
      actions: ['claim', 'release', 'submit', 'comment'],
    },
    { id: 'outcome', type: 'exclusive', name: 'Worked?' },
    {
      id: 'rollback',
      type: 'task',
      name: 'Roll back',
      assign: { strategy: 'claim', to: [{ group: 'network' }, { group: 'database' }] },
      fields: { rollbackNotes: 'required' },
      actions: ['claim', 'release', 'submit', 'comment'],
    },
    { id: 'closed', type: 'end', name: 'Implemented', status: 'closed' },
  ],
  edges: [
    { id: 'e-start', from: 'start', to: 'plan' },
    { id: 'e-plan', from: 'plan', to: 'cab' },
    { id: 'e-approved', from: 'cab', to: 'split', outcome: 'approved', label: 'Approved' },
    { id: 'e-rejected', from: 'cab', to: 'plan', outcome: 'rejected', label: 'Rejected' },
    { id: 'e-net', from: 'split', to: 'network' },
    { id: 'e-db', from: 'split', to: 'database' },
    { id: 'e-net-join', from: 'network', to: 'join' },
    { id: 'e-db-join', from: 'database', to: 'join' },
    { id: 'e-verify', from: 'join', to: 'verify' },
    { id: 'e-outcome', from: 'verify', to: 'outcome' },
    { id: 'e-failed', from: 'outcome', to: 'rollback', when: "result = 'failed'", label: 'Failed' },
    { id: 'e-ok', from: 'outcome', to: 'closed', default: true, label: 'Success' },
    { id: 'e-replan', from: 'rollback', to: 'plan', label: 'Re-plan' },
  ],
  sla: [
    {
      id: 'change-lead-time',
      name: 'Change lead time',
      targets: { resolution: 'PT90H' },
      calendar: 'business',
      warnAt: [75],
    },
  ],
};
