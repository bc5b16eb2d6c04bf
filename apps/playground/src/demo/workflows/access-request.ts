import type { WorkflowDefinition } from '@deskkit/runtime';

/**
 * Access request: the beneficiary's line manager approves, then security assesses the risk while
 * the service desk prepares the account, in parallel. At that step the security assessment is
 * editable by the security officer and hidden from the agent preparing the account (permissions
 * are per node, and the two parallel nodes are active at the same time). Onboarding starts this
 * workflow as a subworkflow.
 */
export const accessRequest: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'access-request',
  name: 'Request access to a system',
  description: 'Ask for an account or more rights on an application.',
  catalog: ['Accounts & access', 'Access'],
  numberPrefix: 'ACC',
  title: "'Access to ' & system & ' for ' & beneficiary",
  permissions: {
    start: [{ role: 'employee' }],
    // The desk sees every ticket of it; others see their own and those they work on.
    view: [{ role: 'agent' }, { role: 'teamLead' }, { role: 'admin' }, { role: 'security' }],
  },
  form: {
    schema: {
      type: 'object',
      required: ['beneficiary', 'system', 'level', 'approver'],
      properties: {
        beneficiary: { type: 'string', title: 'Who needs access?' },
        system: { type: 'string', title: 'System' },
        level: {
          type: 'string',
          title: 'Access level',
          enum: ['read', 'write', 'admin'],
          default: 'read',
        },
        justification: { type: 'string', title: 'Business justification' },
        approver: { type: 'string', title: 'Approving manager' },
        neededBy: { type: 'string', format: 'date', title: 'Needed by' },
        securityAssessment: { type: 'string', title: 'Security assessment' },
        riskRating: { type: 'string', title: 'Risk rating', enum: ['low', 'medium', 'high'] },
        accountName: { type: 'string', title: 'Account name' },
        provisioningNotes: { type: 'string', title: 'Provisioning notes' },
      },
    },
    ui: {
      layout: [
        {
          type: 'group',
          id: 'request',
          title: 'Request',
          children: [
            {
              type: 'row',
              id: 'who',
              columns: 2,
              children: [
                { type: 'field', field: 'beneficiary' },
                { type: 'field', field: 'approver' },
              ],
            },
            {
              type: 'row',
              id: 'what',
              columns: 3,
              children: [
                { type: 'field', field: 'system' },
                { type: 'field', field: 'level' },
                { type: 'field', field: 'neededBy' },
              ],
            },
            { type: 'field', field: 'justification' },
          ],
        },
        {
          type: 'group',
          id: 'security',
          title: 'Security review',
          children: [
            { type: 'field', field: 'riskRating' },
            { type: 'field', field: 'securityAssessment' },
          ],
        },
        {
          type: 'group',
          id: 'provisioning',
          title: 'Provisioning',
          children: [
            { type: 'field', field: 'accountName' },
            { type: 'field', field: 'provisioningNotes' },
          ],
        },
      ],
      fields: {
        beneficiary: { widget: 'user' },
        approver: { widget: 'user', help: 'Your line manager approves the access.' },
        system: { widget: 'lookup', source: 'applications' },
        level: {
          widget: 'radio',
          options: [
            { value: 'read', label: 'Read only' },
            { value: 'write', label: 'Read & write' },
            { value: 'admin', label: 'Administrator' },
          ],
        },
        justification: { widget: 'textarea' },
        neededBy: { widget: 'date' },
        securityAssessment: { widget: 'textarea', help: 'Visible to the security team only.' },
        riskRating: {
          widget: 'select',
          options: [
            { value: 'low', label: 'Low' },
            { value: 'medium', label: 'Medium' },
            { value: 'high', label: 'High' },
          ],
        },
        accountName: { widget: 'text' },
        provisioningNotes: { widget: 'textarea' },
      },
    },
    rules: [{ id: 'justify-admin', field: 'justification', required: "level = 'admin'" }],
    templates: [
      {
        id: 'crm-read',
        name: 'CRM read access',
        values: { system: 'CI-1001', level: 'read', justification: 'Follow my accounts.' },
      },
      {
        id: 'erp-write',
        name: 'ERP finance write access',
        values: { system: 'CI-1002', level: 'write' },
      },
    ],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      name: 'Request',
      fields: {
        securityAssessment: 'hidden',
        riskRating: 'hidden',
        accountName: 'hidden',
        provisioningNotes: 'hidden',
      },
    },
    {
      id: 'manager',
      type: 'approval',
      name: 'Manager approval',
      assign: { strategy: 'field', field: 'approver' },
      // Nobody approves their own access: when the named approver is the requester, security does.
      approval: { mode: 'single', onReject: 'end', fallback: [{ group: 'security' }] },
      fields: { securityAssessment: 'hidden', riskRating: 'hidden', provisioningNotes: 'hidden' },
      actions: ['approve', 'reject', 'comment', 'delegate'],
    },
    { id: 'split', type: 'parallel', name: 'Review and prepare' },
    {
      id: 'security',
      type: 'task',
      name: 'Security review',
      assign: { strategy: 'claim', to: [{ group: 'security' }] },
      fields: { securityAssessment: 'edit', riskRating: 'required', provisioningNotes: 'hidden' },
      actions: ['claim', 'release', 'submit', 'update', 'comment'],
    },
    {
      id: 'prepare',
      type: 'task',
      name: 'Prepare the account',
      assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
      fields: {
        securityAssessment: 'hidden',
        riskRating: 'hidden',
        accountName: 'required',
        provisioningNotes: 'edit',
      },
      actions: ['claim', 'release', 'submit', 'update', 'comment'],
    },
    { id: 'join', type: 'parallel', name: 'Ready' },
    { id: 'granted', type: 'end', name: 'Access granted', status: 'resolved' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'manager' },
    { id: 'e2', from: 'manager', to: 'split', outcome: 'approved' },
    { id: 'e3', from: 'split', to: 'security' },
    { id: 'e4', from: 'split', to: 'prepare' },
    { id: 'e5', from: 'security', to: 'join' },
    { id: 'e6', from: 'prepare', to: 'join' },
    { id: 'e7', from: 'join', to: 'granted' },
  ],
  sla: [
    {
      id: 'access',
      name: 'Access within 2 days',
      targets: { resolution: 'PT18H' },
      calendar: 'business',
      warnAt: [50, 75],
    },
  ],
};
