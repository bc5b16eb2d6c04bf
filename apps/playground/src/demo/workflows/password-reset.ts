import type { WorkflowDefinition } from '@deskkit/runtime';

/**
 * Password reset: fully automated. The automation node calls the host's `resetPassword` handler
 * (the playground registers one that issues a one-time reset link); when the handler cannot do it
 * (a privileged account) the gateway sends the ticket to the service desk instead.
 */
export const passwordReset: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'password-reset',
  name: 'Reset my password',
  description: 'Get a one-time link to choose a new password.',
  catalog: ['Accounts & access', 'Passwords'],
  numberPrefix: 'PWD',
  title: "'Password reset: ' & system",
  permissions: {
    start: [{ role: 'employee' }],
    // The desk sees every ticket of it; others see their own and those they work on.
    view: [{ role: 'agent' }, { role: 'teamLead' }, { role: 'admin' }],
  },
  form: {
    schema: {
      type: 'object',
      required: ['system', 'verification'],
      properties: {
        system: {
          type: 'string',
          title: 'Which account?',
          enum: ['windows', 'email', 'erp', 'vpn', 'admin'],
        },
        verification: {
          type: 'string',
          title: 'Verify me by',
          enum: ['sms', 'manager'],
          default: 'sms',
        },
        mobile: { type: 'string', title: 'Mobile number', pattern: '^\\+?[0-9 ]{6,20}$' },
        resetStatus: { type: 'string', title: 'Reset status' },
        resetLink: { type: 'string', title: 'One-time link' },
        agentNotes: { type: 'string', title: 'Agent notes' },
      },
    },
    ui: {
      layout: [
        {
          type: 'group',
          id: 'account',
          title: 'Account',
          children: [
            {
              type: 'row',
              id: 'account-row',
              columns: 2,
              children: [
                { type: 'field', field: 'system' },
                { type: 'field', field: 'verification' },
              ],
            },
            { type: 'field', field: 'mobile' },
          ],
        },
        {
          type: 'group',
          id: 'result',
          title: 'Result',
          children: [
            { type: 'field', field: 'resetStatus' },
            { type: 'field', field: 'resetLink' },
            { type: 'field', field: 'agentNotes' },
          ],
        },
      ],
      fields: {
        system: {
          widget: 'select',
          options: [
            { value: 'windows', label: 'Windows sign-in' },
            { value: 'email', label: 'Email' },
            { value: 'erp', label: 'ERP' },
            { value: 'vpn', label: 'VPN' },
            { value: 'admin', label: 'Administrator account' },
          ],
        },
        verification: {
          widget: 'radio',
          options: [
            { value: 'sms', label: 'Text message' },
            { value: 'manager', label: 'My manager confirms' },
          ],
        },
        mobile: { widget: 'text', placeholder: '+33 6 12 34 56 78' },
        resetStatus: { widget: 'text' },
        resetLink: { widget: 'text' },
        agentNotes: { widget: 'textarea' },
      },
    },
    rules: [
      {
        id: 'mobile-for-sms',
        field: 'mobile',
        visible: "verification = 'sms'",
        required: "verification = 'sms'",
      },
    ],
    templates: [
      {
        id: 'windows',
        name: 'Windows password',
        values: { system: 'windows', verification: 'sms' },
      },
      { id: 'vpn', name: 'VPN password', values: { system: 'vpn', verification: 'sms' } },
    ],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      name: 'Request',
      fields: { resetStatus: 'hidden', resetLink: 'hidden', agentNotes: 'hidden' },
    },
    {
      id: 'reset',
      type: 'automation',
      name: 'Reset automatically',
      automation: {
        actions: [
          {
            type: 'call',
            handler: 'resetPassword',
            input: { system: 'system', requester: '$ticket.requester' },
          },
        ],
      },
    },
    { id: 'done', type: 'exclusive', name: 'Reset done?' },
    {
      id: 'manual',
      type: 'task',
      name: 'Reset by hand',
      assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
      fields: { resetStatus: 'edit', agentNotes: 'edit' },
      actions: ['claim', 'release', 'submit', 'comment', 'update'],
    },
    { id: 'end', type: 'end', name: 'Done', status: 'resolved' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'reset' },
    { id: 'e2', from: 'reset', to: 'done' },
    { id: 'e3', from: 'done', to: 'end', when: "resetStatus = 'link-sent'", label: 'Link sent' },
    { id: 'e4', from: 'done', to: 'manual', default: true, label: 'Needs an agent' },
    { id: 'e5', from: 'manual', to: 'end' },
  ],
  sla: [
    {
      id: 'reset',
      name: 'Password reset',
      targets: { resolution: 'PT2H' },
      calendar: 'business',
      warnAt: [50, 75],
    },
  ],
  // A survey with a form of its own; its `rating` feeds the satisfaction reports like the
  // default 1–5 survey does.
  survey: {
    after: 'P5D',
    form: {
      type: 'object',
      required: ['rating'],
      properties: {
        rating: {
          type: 'integer',
          title: 'How was resetting your password? (1–5)',
          minimum: 1,
          maximum: 5,
        },
        linkWorked: {
          type: 'string',
          title: 'Did the link work the first time?',
          enum: ['yes', 'no'],
        },
        better: { type: 'string', title: 'What could be better?' },
      },
    },
  },
};
