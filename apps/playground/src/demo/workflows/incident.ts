import type { WorkflowDefinition } from '@deskkit/runtime';

/**
 * Incident: the requester reports what is broken; an exclusive gateway routes P1 incidents to the
 * network on-call engineer and everything else to the service-desk queue, where an agent claims and
 * resolves it. SLA response and resolution targets depend on the priority.
 */
export const incident: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'incident',
  name: 'Report an incident',
  description: 'Something is broken or slower than it should be.',
  catalog: ['IT support', 'Something is broken'],
  numberPrefix: 'INC',
  title: 'summary',
  permissions: {
    start: [{ role: 'employee' }],
    // The desk sees every ticket of it; others see their own and those they work on.
    view: [{ role: 'agent' }, { role: 'teamLead' }, { role: 'admin' }],
    // Team leads dispatch: they hand any open incident to someone (bulk "Assign to…" too).
    assign: [{ role: 'teamLead' }],
  },
  form: {
    schema: {
      type: 'object',
      required: ['summary', 'priority'],
      properties: {
        summary: { type: 'string', title: 'Summary', minLength: 5, maxLength: 120 },
        description: { type: 'string', title: 'What happened?' },
        category: {
          type: 'string',
          title: 'Category',
          enum: ['hardware', 'software', 'network', 'account', 'other'],
        },
        priority: {
          type: 'string',
          title: 'Priority',
          enum: ['P1', 'P2', 'P3', 'P4'],
          default: 'P3',
        },
        affectedService: { type: 'string', title: 'Affected service' },
        callbackPhone: { type: 'string', title: 'Call-back number', maxLength: 40 },
        occurredAt: { type: 'string', format: 'date-time', title: 'When did it start?' },
        attachments: {
          type: 'array',
          title: 'Screenshots',
          items: {
            type: 'object',
            properties: {
              id: { type: 'string' },
              name: { type: 'string' },
              size: { type: 'number' },
              type: { type: 'string' },
              url: { type: 'string' },
            },
          },
        },
        workaround: { type: 'string', title: 'Workaround given' },
        resolution: { type: 'string', title: 'Resolution' },
        resolutionCode: {
          type: 'string',
          title: 'Resolution code',
          enum: ['fixed', 'workaround', 'no-fault', 'duplicate'],
        },
        internalNotes: { type: 'string', title: 'Internal notes' },
      },
    },
    ui: {
      layout: [
        {
          type: 'tab',
          id: 'report',
          title: 'Report',
          children: [
            { type: 'field', field: 'summary' },
            {
              type: 'row',
              id: 'classification',
              columns: 3,
              children: [
                { type: 'field', field: 'category' },
                { type: 'field', field: 'priority' },
                { type: 'field', field: 'occurredAt' },
              ],
            },
            { type: 'field', field: 'affectedService' },
            { type: 'field', field: 'description' },
            { type: 'field', field: 'callbackPhone' },
            { type: 'field', field: 'attachments' },
          ],
        },
        {
          type: 'tab',
          id: 'work',
          title: 'Handling',
          children: [
            {
              type: 'group',
              id: 'outcome',
              title: 'Outcome',
              children: [
                {
                  type: 'row',
                  id: 'outcome-row',
                  columns: 2,
                  children: [
                    { type: 'field', field: 'resolutionCode' },
                    { type: 'field', field: 'workaround' },
                  ],
                },
                { type: 'field', field: 'resolution' },
              ],
            },
            { type: 'field', field: 'internalNotes' },
          ],
        },
      ],
      fields: {
        summary: { widget: 'text', placeholder: 'e.g. Laptop does not start' },
        description: { widget: 'textarea', help: 'Steps, error messages, who else is affected.' },
        category: {
          widget: 'select',
          options: [
            { value: 'hardware', label: 'Hardware' },
            { value: 'software', label: 'Software' },
            { value: 'network', label: 'Network / VPN' },
            { value: 'account', label: 'Account & access' },
            { value: 'other', label: 'Other' },
          ],
        },
        priority: {
          widget: 'select',
          help: 'P1: many people cannot work. P4: a minor annoyance.',
          options: [
            { value: 'P1', label: 'P1 – Critical' },
            { value: 'P2', label: 'P2 – High' },
            { value: 'P3', label: 'P3 – Medium' },
            { value: 'P4', label: 'P4 – Low' },
          ],
        },
        affectedService: { widget: 'lookup', source: 'cmdb', help: 'Search the CMDB.' },
        occurredAt: { widget: 'datetime' },
        attachments: { widget: 'attachments' },
        workaround: { widget: 'textarea' },
        resolution: { widget: 'textarea' },
        resolutionCode: {
          widget: 'select',
          options: [
            { value: 'fixed', label: 'Fixed' },
            { value: 'workaround', label: 'Workaround' },
            { value: 'no-fault', label: 'No fault found' },
            { value: 'duplicate', label: 'Duplicate' },
          ],
        },
        internalNotes: { widget: 'textarea', help: 'Only the IT team sees these notes.' },
      },
    },
    rules: [
      { id: 'network-service', field: 'affectedService', required: "category = 'network'" },
      { id: 'workaround-text', field: 'workaround', required: "resolutionCode = 'workaround'" },
      // Internal notes are for the IT team: never shown to the person who raised the ticket.
      { id: 'internal-only', field: 'internalNotes', visible: '$actor.id != $ticket.requester' },
      // VIPs (the directory's `vip` flag) leave a number: the desk calls them back.
      { id: 'vip-callback', field: 'callbackPhone', visible: '$requester.vip' },
    ],
    templates: [
      {
        id: 'laptop-dead',
        name: 'Laptop does not start',
        description: 'Hardware fault on your own laptop.',
        values: {
          summary: 'My laptop does not start',
          category: 'hardware',
          priority: 'P3',
          description: 'The power LED stays off, even on the charger.',
        },
      },
      {
        id: 'vpn-down',
        name: 'VPN not connecting',
        description: 'Remote access fails.',
        values: {
          summary: 'VPN connection fails from home',
          category: 'network',
          priority: 'P2',
          affectedService: 'CI-4002',
        },
      },
      {
        id: 'email-slow',
        name: 'Email is slow',
        values: { summary: 'Outlook takes minutes to send', category: 'software', priority: 'P4' },
      },
    ],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      name: 'Report',
      fields: {
        workaround: 'hidden',
        resolution: 'hidden',
        resolutionCode: 'hidden',
        internalNotes: 'hidden',
      },
    },
    { id: 'route', type: 'exclusive', name: 'Priority?' },
    {
      id: 'major',
      type: 'task',
      name: 'Major incident (on call)',
      customerFacing: true,
      assign: { strategy: 'onCall', rota: 'network-oncall' },
      fields: {
        priority: 'edit',
        category: 'edit',
        workaround: 'edit',
        resolution: 'required',
        resolutionCode: 'required',
        internalNotes: 'edit',
      },
      actions: ['submit', 'update', 'comment', 'reassign', 'hold', 'resume'],
    },
    {
      id: 'resolve',
      type: 'task',
      name: 'Resolve',
      customerFacing: true,
      assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
      // A reopened ticket comes back here: the requester says why.
      requireReason: ['hold', 'reject', 'reopen'],
      fields: {
        priority: 'edit',
        category: 'edit',
        affectedService: 'edit',
        workaround: 'edit',
        resolution: 'required',
        resolutionCode: 'required',
        internalNotes: 'edit',
      },
      actions: [
        'claim',
        'release',
        'submit',
        'update',
        'comment',
        'reassign',
        'hold',
        'resume',
        'urge',
        'close',
      ],
    },
    { id: 'resolved', type: 'end', name: 'Resolved', status: 'resolved' },
  ],
  edges: [
    { id: 'e-start', from: 'start', to: 'route' },
    { id: 'e-p1', from: 'route', to: 'major', when: "priority = 'P1'", label: 'P1' },
    { id: 'e-other', from: 'route', to: 'resolve', default: true, label: 'P2–P4' },
    { id: 'e-major-done', from: 'major', to: 'resolved' },
    { id: 'e-resolve-done', from: 'resolve', to: 'resolved' },
  ],
  // The ticket's own priority (queues, dashboards, the Tickets search) follows the form's field.
  triggers: [
    {
      id: 'priority-from-form',
      name: 'Priority follows the form',
      on: ['created', 'updated'],
      when: 'priority',
      actions: [{ type: 'setPriority', value: 'priority' }],
    },
  ],
  // Targets on the business calendar are working time, written in hours: the Paris office's working
  // day is 9 hours, so PT27H is 3 working days (`P3D` there would be 72 working hours, 8 days).
  sla: [
    // A VIP's incident is answered within 30 minutes whatever its priority (P1 is faster still).
    {
      id: 'vip',
      name: 'VIP – executive',
      when: "$requester.vip and priority != 'P1'",
      targets: { response: 'PT30M', resolution: 'PT9H' },
      calendar: 'business',
      warnAt: [50, 75],
    },
    {
      id: 'p1',
      name: 'P1 – critical',
      when: "priority = 'P1'",
      targets: { response: 'PT15M', resolution: 'PT4H' },
      calendar: '24x7',
      warnAt: [50, 75],
    },
    {
      id: 'p2',
      name: 'P2 – high',
      when: "priority = 'P2'",
      targets: { response: 'PT1H', resolution: 'PT8H' },
      calendar: 'business',
      warnAt: [50, 75],
    },
    {
      id: 'p3',
      name: 'P3 – medium',
      when: "priority = 'P3'",
      targets: { response: 'PT4H', resolution: 'PT27H' },
      calendar: 'business',
      warnAt: [50, 75],
    },
    {
      id: 'p4',
      name: 'P4 – low',
      targets: { response: 'PT9H', resolution: 'PT45H' },
      calendar: 'business',
      warnAt: [50, 75],
    },
  ],
  autoClose: 'P5D',
  // The requester may reopen within a week (the resolution clock runs on) and rate the fix.
  reopen: { within: 'P7D', to: 'resolve' },
  survey: { after: 'P5D' },
};
