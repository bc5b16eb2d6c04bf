import type { NotificationRecord } from './notify.types';

/** One e-mail for a transport to send. */
export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Where a reply goes (the signed reply address), when replies are enabled. */
  replyTo?: string;
  /** Extra headers (`X-Deskkit-Notification`, ...). */
  headers?: Record<string, string>;
}

/** Sends e-mail (SMTP through nodemailer: `smtpTransport` of `@deskkit/server/notify`). */
export interface EmailTransport {
  send(message: EmailMessage): Promise<void>;
}

/**
 * Message keys of the e-mail templates and their English text; `{name}` are parameters.
 * A host translates by passing `translate` (return `undefined` to keep the English).
 */
export const EMAIL_MESSAGES = {
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
  'body.notice': '{message}',
  'body.internal': '(in a work note)',
  open: 'Open {number}',
  reply: 'Reply to this e-mail to add a comment to {number}.',
  'digest.subject': '{count} new notifications',
  'digest.intro': 'Since the last digest:',
  someone: 'Someone',
  untitled: '(untitled)',
} as const;

export type EmailMessageKey = keyof typeof EMAIL_MESSAGES;

/** Translates a template message; `undefined` keeps the English text. */
export type EmailTranslate = (
  key: EmailMessageKey,
  params: Record<string, string>,
) => string | undefined;

/** How e-mails are worded and linked. */
export interface EmailTemplateOptions {
  /** The ticket's page in the desk (every e-mail links to it). */
  ticketUrl: (n: { ticketId: string; ticketNumber: string }) => string;
  translate?: EmailTranslate;
  /** Display names of users (`actor`); the user id when absent. */
  nameOf?: (user: string) => string | undefined;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function fill(
  key: EmailMessageKey,
  params: Record<string, string>,
  translate?: EmailTranslate,
): string {
  const text = translate?.(key, params) ?? EMAIL_MESSAGES[key];
  return text.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');
}

function paramsOf(n: NotificationRecord, o: EmailTemplateOptions): Record<string, string> {
  const p: Record<string, string> = {
    number: n.ticketNumber,
    title: n.title ?? fill('untitled', {}, o.translate),
    actor: n.actor ? (o.nameOf?.(n.actor) ?? n.actor) : fill('someone', {}, o.translate),
  };
  for (const [k, v] of Object.entries(n.detail ?? {})) p[k] = String(v);
  return p;
}

/** The lines of one notification: its sentence and, for a mention, the quoted comment. */
function lines(n: NotificationRecord, o: EmailTemplateOptions): string[] {
  const p = paramsOf(n, o);
  const out = [fill(`body.${n.type}` as EmailMessageKey, p, o.translate)];
  if (n.type === 'mentioned')
    out.push(n.detail?.internal ? fill('body.internal', p, o.translate) : `“${p.comment ?? ''}”`);
  if (n.type === 'resolved' && n.detail?.survey) out.push(fill('body.survey', p, o.translate));
  return out;
}

function html(paragraphs: string[], link: { url: string; label: string }, footer?: string): string {
  const body = paragraphs.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  const foot = footer ? `<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>` : '';
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif">${body}<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>${foot}</body></html>`;
}

/** The e-mail of one notification: subject, text and HTML with a link to the ticket. */
export function renderEmail(
  n: NotificationRecord,
  to: string,
  o: EmailTemplateOptions,
  replyTo?: string,
): EmailMessage {
  const p = paramsOf(n, o);
  const url = o.ticketUrl(n);
  const label = fill('open', p, o.translate);
  const footer = replyTo ? fill('reply', p, o.translate) : undefined;
  const body = lines(n, o);
  const mail: EmailMessage = {
    to,
    subject: fill(`subject.${n.type}` as EmailMessageKey, p, o.translate),
    text: [...body, '', `${label}: ${url}`, ...(footer ? ['', footer] : [])].join('\n'),
    html: html(body, { url, label }, footer),
    headers: { 'X-Deskkit-Notification': n.id, 'X-Deskkit-Ticket': n.ticketNumber },
  };
  if (replyTo) mail.replyTo = replyTo;
  return mail;
}

/** One e-mail summarising several notifications of one user (a digest window). */
export function renderDigest(
  list: NotificationRecord[],
  to: string,
  o: EmailTemplateOptions,
): EmailMessage {
  const count = String(list.length);
  const intro = fill('digest.intro', { count }, o.translate);
  const items = list.map((n) => ({
    text: `${n.ticketNumber} ${n.title ?? ''}`.trim() + ' — ' + lines(n, o).join(' '),
    url: o.ticketUrl(n),
  }));
  return {
    to,
    subject: fill('digest.subject', { count }, o.translate),
    text: [intro, '', ...items.map((i) => `- ${i.text}\n  ${i.url}`)].join('\n'),
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif"><p>${escapeHtml(intro)}</p><ul>${items
      .map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.text)}</a></li>`)
      .join('')}</ul></body></html>`,
    headers: { 'X-Deskkit-Digest': String(list.length) },
  };
}
