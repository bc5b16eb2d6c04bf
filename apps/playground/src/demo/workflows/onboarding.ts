import type { WorkflowDefinition } from '@deskkit/runtime';

/**
 * Onboarding a new hire: HR describes the person, an access request starts as a subworkflow
 * (inputs copied into it, the created account copied back), then the service desk prepares the
 * laptop. When the access request is refused (or cancelled), the service desk agrees the next
 * steps with the manager and notes them before preparing the laptop: the person joins anyway.
 */
export const onboarding: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'onboarding',
  name: 'Onboard a new hire',
  description: 'Accounts and equipment for someone joining.',
  catalog: ['People', 'Joiners & leavers'],
  numberPrefix: 'ONB',
  title: "'Onboarding ' & newHire",
  permissions: {
    start: [{ role: 'manager' }, { department: 'hr' }, { role: 'admin' }],
    // The desk sees every ticket of it; others see their own and those they work on.
    view: [{ role: 'agent' }, { role: 'teamLead' }, { role: 'admin' }, { department: 'hr' }],
  },
  form: {
    schema: {
      type: 'object',
      required: ['newHire', 'startDate', 'manager', 'primarySystem', 'accessLevel'],
      properties: {
        newHire: { type: 'string', title: 'New hire (user id)' },
        startDate: { type: 'string', format: 'date', title: 'First day' },
        manager: { type: 'string', title: 'Manager' },
        primarySystem: { type: 'string', title: 'Main application' },
        accessLevel: {
          type: 'string',
          title: 'Access to the main application',
          enum: ['read', 'write'],
          default: 'read',
        },
        laptop: {
          type: 'string',
          title: 'Laptop',
          enum: ['standard', 'developer'],
          default: 'standard',
        },
        account: { type: 'string', title: 'Account created' },
        accessFollowUp: { type: 'string', title: 'Follow-up on the refused access' },
        assetTag: { type: 'string', title: 'Laptop asset tag' },
      },
    },
    ui: {
      layout: [
        {
          type: 'row',
          id: 'who',
          columns: 2,
          children: [
            { type: 'field', field: 'newHire' },
            { type: 'field', field: 'manager' },
          ],
        },
        {
          type: 'row',
          id: 'what',
          columns: 3,
          children: [
            { type: 'field', field: 'startDate' },
            { type: 'field', field: 'primarySystem' },
            { type: 'field', field: 'laptop' },
          ],
        },
        { type: 'field', field: 'accessLevel' },
        {
          type: 'group',
          id: 'result',
          title: 'Result',
          children: [
            { type: 'field', field: 'account' },
            { type: 'field', field: 'accessFollowUp' },
            { type: 'field', field: 'assetTag' },
          ],
        },
      ],
      fields: {
        newHire: { widget: 'user' },
        manager: { widget: 'user' },
        startDate: { widget: 'date' },
        primarySystem: { widget: 'lookup', source: 'applications' },
        accessLevel: {
          widget: 'radio',
          options: [
            { value: 'read', label: 'Read only' },
            { value: 'write', label: 'Read & write' },
          ],
        },
        laptop: {
          widget: 'select',
          options: [
            { value: 'standard', label: 'Standard laptop' },
            { value: 'developer', label: 'Developer workstation' },
          ],
        },
        account: { widget: 'text' },
        accessFollowUp: {
          widget: 'textarea',
          help: 'What was agreed with the manager: other access, a new request, nothing.',
        },
        assetTag: { widget: 'text' },
      },
    },
    templates: [
      {
        id: 'sales',
        name: 'Sales joiner',
        values: { primarySystem: 'CI-1001', laptop: 'standard' },
      },
    ],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      name: 'New hire',
      fields: { account: 'hidden', accessFollowUp: 'hidden', assetTag: 'hidden' },
    },
    {
      id: 'access',
      type: 'subworkflow',
      name: 'Access request',
      subworkflow: {
        key: 'access-request',
        inputs: {
          beneficiary: 'newHire',
          system: 'primarySystem',
          level: 'accessLevel',
          approver: 'manager',
        },
        outputs: { account: 'accountName' },
      },
    },
    {
      id: 'access-refused',
      type: 'task',
      name: 'Follow up the refused access',
      assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
      fields: { accessFollowUp: 'required' },
      actions: ['claim', 'release', 'submit', 'comment', 'reassign', 'update'],
    },
    {
      id: 'laptop',
      type: 'task',
      name: 'Prepare the laptop',
      assign: { strategy: 'roundRobin', to: [{ group: 'service-desk' }] },
      fields: { assetTag: 'required' },
      actions: ['submit', 'comment', 'reassign', 'update'],
    },
    { id: 'end', type: 'end', name: 'Ready for day one', status: 'resolved' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'access' },
    { id: 'e2', from: 'access', to: 'laptop' },
    // A refused or cancelled access request: the desk notes what happens instead.
    {
      id: 'e-refused',
      from: 'access',
      to: 'access-refused',
      outcome: 'rejected',
      label: 'Access refused',
    },
    { id: 'e-followed-up', from: 'access-refused', to: 'laptop' },
    { id: 'e3', from: 'laptop', to: 'end' },
  ],
};
