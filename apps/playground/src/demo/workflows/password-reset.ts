import type { LocalizedDefinition } from '@deskkit/runtime';

/**
 * Password reset: fully automated. The automation node calls the host's `resetPassword` handler
 * (the playground registers one that issues a one-time reset link); when the handler cannot do it
 * (a privileged account) the gateway sends the ticket to the service desk instead.
 *
 * Written in English and Chinese (`locales`): the desk shows each reader the variant of their
 * language, and the Studio edits both side by side.
 */
export const passwordReset: LocalizedDefinition = {
  schemaVersion: 1,
  key: 'password-reset',
  locales: ['en', 'zh-CN'],
  name: { en: 'Reset my password', 'zh-CN': '重置我的密码' },
  description: {
    en: 'Get a one-time link to choose a new password.',
    'zh-CN': '获取一次性链接，设置新密码。',
  },
  catalog: [
    { en: 'Accounts & access', 'zh-CN': '账号与权限' },
    { en: 'Passwords', 'zh-CN': '密码' },
  ],
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
          title: { en: 'Which account?', 'zh-CN': '哪个账号？' },
          enum: ['windows', 'email', 'erp', 'vpn', 'admin'],
        },
        verification: {
          type: 'string',
          title: { en: 'Verify me by', 'zh-CN': '验证方式' },
          enum: ['sms', 'manager'],
          default: 'sms',
        },
        mobile: {
          type: 'string',
          title: { en: 'Mobile number', 'zh-CN': '手机号码' },
          pattern: '^\\+?[0-9 ]{6,20}$',
        },
        resetStatus: { type: 'string', title: { en: 'Reset status', 'zh-CN': '重置状态' } },
        resetLink: { type: 'string', title: { en: 'One-time link', 'zh-CN': '一次性链接' } },
        agentNotes: { type: 'string', title: { en: 'Agent notes', 'zh-CN': '坐席备注' } },
      },
    },
    ui: {
      layout: [
        {
          type: 'group',
          id: 'account',
          title: { en: 'Account', 'zh-CN': '账号' },
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
          title: { en: 'Result', 'zh-CN': '结果' },
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
            { value: 'windows', label: { en: 'Windows sign-in', 'zh-CN': 'Windows 登录' } },
            { value: 'email', label: { en: 'Email', 'zh-CN': '电子邮箱' } },
            { value: 'erp', label: { en: 'ERP', 'zh-CN': 'ERP' } },
            { value: 'vpn', label: { en: 'VPN', 'zh-CN': 'VPN' } },
            { value: 'admin', label: { en: 'Administrator account', 'zh-CN': '管理员账号' } },
          ],
        },
        verification: {
          widget: 'radio',
          options: [
            { value: 'sms', label: { en: 'Text message', 'zh-CN': '短信' } },
            { value: 'manager', label: { en: 'My manager confirms', 'zh-CN': '由我的经理确认' } },
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
        name: { en: 'Windows password', 'zh-CN': 'Windows 密码' },
        values: { system: 'windows', verification: 'sms' },
      },
      {
        id: 'vpn',
        name: { en: 'VPN password', 'zh-CN': 'VPN 密码' },
        values: { system: 'vpn', verification: 'sms' },
      },
    ],
  },
  nodes: [
    {
      id: 'start',
      type: 'start',
      name: { en: 'Request', 'zh-CN': '提交申请' },
      fields: { resetStatus: 'hidden', resetLink: 'hidden', agentNotes: 'hidden' },
    },
    {
      id: 'reset',
      type: 'automation',
      name: { en: 'Reset automatically', 'zh-CN': '自动重置' },
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
    { id: 'done', type: 'exclusive', name: { en: 'Reset done?', 'zh-CN': '已重置？' } },
    {
      id: 'manual',
      type: 'task',
      name: { en: 'Reset by hand', 'zh-CN': '人工重置' },
      assign: { strategy: 'claim', to: [{ group: 'service-desk' }] },
      fields: { resetStatus: 'edit', agentNotes: 'edit' },
      actions: ['claim', 'release', 'submit', 'comment', 'update'],
    },
    { id: 'end', type: 'end', name: { en: 'Done', 'zh-CN': '完成' }, status: 'resolved' },
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
          title: {
            en: 'How was resetting your password? (1–5)',
            'zh-CN': '密码重置体验如何？（1–5）',
          },
          minimum: 1,
          maximum: 5,
        },
        linkWorked: {
          type: 'string',
          title: { en: 'Did the link work the first time?', 'zh-CN': '链接第一次就能用吗？' },
          enum: ['yes', 'no'],
        },
        better: {
          type: 'string',
          title: { en: 'What could be better?', 'zh-CN': '哪些方面可以改进？' },
        },
      },
    },
  },
};
