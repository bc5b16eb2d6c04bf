/**
 * The e-mail templates in English, ICU messages (intl-messageformat through
 * `@deskkit/runtime/i18n`): one subject and one sentence per notification type, and the lines every
 * e-mail shares. `{name}` are the notification's values; dates and durations arrive formatted in the
 * recipient's locale and the desk's time zone.
 */
export const emailMessagesEn = {
  'subject.assigned': '[{number}] Assigned to you: {title}',
  'subject.queued': '[{number}] New in your queue: {title}',
  'subject.approvalRequested': '[{number}] Your approval is requested: {title}',
  'subject.urged': '[{number}] Reminder: {title} is waiting for you',
  'subject.slaWarning': '[{number}] SLA warning: {title}',
  'subject.slaBreached': '[{number}] SLA breached: {title}',
  'subject.mentioned': '[{number}] {actor} mentioned you: {title}',
  'subject.statusChanged': '[{number}] Now {to}: {title}',
  'subject.resolved': '[{number}] Resolved: {title}',
  'subject.notice': '[{number}] {title}',
  'body.assigned': '{actor} assigned you "{node}" on {number}.',
  'body.queued': '"{node}" on {number} waits in a queue you work from.',
  'body.approvalRequested': 'Your decision is requested on "{node}" of {number}.',
  'body.urged': '{actor} urged the work you hold on {number}.',
  'body.slaWarning': '{number} has used {threshold}% of its {target} target ({policy}).',
  'body.slaBreached': '{number} missed its {target} target ({policy}).',
  'body.mentioned': '{actor} mentioned you on {number}:',
  'body.statusChanged': '{number} changed from {from} to {to}.',
  'body.resolved': '{number} was resolved.',
  'body.survey': 'Tell us how we did: rate the resolution on the ticket.',
  'survey.ask': 'How satisfied are you? Pick a rating, then confirm it on the ticket:',
  'survey.rating':
    '{rating, select, 1 {1 – Very dissatisfied} 2 {2 – Dissatisfied} 3 {3 – Neutral} 4 {4 – Satisfied} other {5 – Very satisfied}}',
  'body.notice': '{message}',
  'body.internal': '(in a work note)',
  'sla.due': 'Due {dueAt}.',
  'sla.target':
    '{target, select, response {response} resolution {resolution} ola {step (OLA)} other {{target}}}',
  status:
    '{status, select, open {open} pending {pending} resolved {resolved} closed {closed} rejected {rejected} cancelled {cancelled} other {{status}}}',
  when: 'When: {at} ({timeZone})',
  open: 'Open {number}',
  reply: 'Reply to this e-mail to add a comment to {number}.',
  'digest.subject': '{count, plural, one {# new notification} other {# new notifications}}',
  'digest.intro': 'Your notifications of the last {window}:',
  someone: 'Someone',
  untitled: '(untitled)',
  'test.subject': 'Deskkit test mail',
  'test.sent': 'This test mail was sent by the service desk at {at} ({timeZone}).',
  'test.works': 'E-mail notifications work.',
} as const;

/** A key of the e-mail templates. */
export type EmailMessageKey = keyof typeof emailMessagesEn;

/** A complete e-mail catalog for one locale. */
export type EmailMessages = Record<EmailMessageKey, string>;
