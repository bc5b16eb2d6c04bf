import { createI18n, type I18n } from '../i18n/createI18n';
import { resolveLocale, type SupportedLocale } from '../i18n/locale';
import { formatMessage, type MessageValues } from '../i18n/message';
import { emailMessagesEn, type EmailMessageKey } from './email.messages.en';
import { emailMessagesZhCN } from './email.messages.zh-CN';
import type { EmailAttachment, NotificationRecord, NotificationType } from './notify.types';

export type { EmailAttachment };

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
  /**
   * The same for every attempt of one e-mail (a notification's outbox id; a digest's ids). SMTP has
   * no idempotent submit, so an e-mail accepted by the server just before a crash is sent again;
   * `smtpTransport` derives the `Message-ID` from this key, so both copies carry one Message-ID.
   */
  key?: string;
  /** Files sent with it (a report snapshot's CSV and XLSX). */
  attachments?: EmailAttachment[];
}

/** Sends e-mail (SMTP through nodemailer: `smtpTransport` of `@deskkit/server/notify`). */
export interface EmailTransport {
  send(message: EmailMessage): Promise<void>;
}

/**
 * The English e-mail templates (ICU messages), by key; the same as `emailMessagesEn`. Every shipped
 * locale has the same keys (`emailMessagesZhCN`).
 */
export const EMAIL_MESSAGES = emailMessagesEn;

/**
 * Translates a template message for a locale: an ICU message (formatted with the same values), or
 * `undefined` to keep the shipped catalog's.
 */
export type EmailTranslate = (
  key: EmailMessageKey,
  params: Record<string, string>,
  locale: string,
) => string | undefined;

/** How e-mails are worded, dated and linked. */
export interface EmailTemplateOptions {
  /** The ticket's page in the desk (every e-mail links to it). */
  ticketUrl: (n: { ticketId: string; ticketNumber: string }) => string;
  /**
   * The ticket's page with the satisfaction survey pre-selected to `rating` (1–5), where the
   * requester confirms it: the "resolved" e-mail links one per rating. Opening it must not answer
   * the survey (a mail scanner follows links). Default: `ticketUrl` with `?rate=<rating>` (`&` when
   * it has a query already), which the playground desk reads.
   */
  surveyUrl?: (n: { ticketId: string; ticketNumber: string }, rating: number) => string;
  /**
   * BCP 47 locale of e-mails to a recipient whose directory entry has no `locale` (the desk's
   * language); `renderEmail` writes in this one. Default `en`. Messages come from the closest
   * shipped catalog (`en`, `zh-CN`); dates and numbers follow the locale itself.
   */
  locale?: string;
  /** IANA time zone of dates in e-mails; default the runtime's `timeZone`, else UTC. */
  timeZone?: string;
  /** Messages that win over the shipped catalogs, per catalog locale (ICU syntax). */
  messages?: Partial<Record<SupportedLocale, Partial<Record<EmailMessageKey, string>>>>;
  /** A function for messages the host keeps elsewhere; wins over `messages` and the catalogs. */
  translate?: EmailTranslate;
  /** Display names of users (`actor`); the user id when absent. */
  nameOf?: (user: string) => string | undefined;
}

const CATALOGS = { en: emailMessagesEn, 'zh-CN': emailMessagesZhCN };

/** One e-mail's wording: the kit's translation layer with the e-mail catalogs and the host's. */
interface Writer {
  i18n: I18n<EmailMessageKey>;
  t(key: EmailMessageKey, params?: MessageValues): string;
}

/** A directory entry's locale that is no BCP 47 tag must not stop its e-mails: its catalog's then. */
function usableLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
  } catch {
    return resolveLocale(locale);
  }
}

/** How an e-mail is worded and dated: the options of {@link EmailTemplateOptions} that are not links. */
type Wording = Pick<EmailTemplateOptions, 'locale' | 'timeZone' | 'messages' | 'translate'>;

function writerOf(o: Wording): Writer {
  const i18n = createI18n<EmailMessageKey>({
    locale: usableLocale(o.locale),
    timeZone: o.timeZone ?? 'UTC',
    catalogs: CATALOGS,
    ...(o.messages ? { messages: o.messages[resolveLocale(o.locale)] ?? {} } : {}),
  });
  return {
    i18n,
    t(key, params = {}) {
      const own = o.translate?.(
        key,
        Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v ?? '')])),
        i18n.locale,
      );
      return own !== undefined ? formatMessage(i18n.locale, own, params) : i18n.t(key, params);
    },
  };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function paramsOf(n: NotificationRecord, o: EmailTemplateOptions, w: Writer) {
  const p: Record<string, string> = {
    number: n.ticketNumber,
    title: n.title ?? w.t('untitled'),
    actor: n.actor ? (o.nameOf?.(n.actor) ?? n.actor) : w.t('someone'),
  };
  for (const [k, v] of Object.entries(n.detail ?? {})) p[k] = String(v);
  // Words the recipient reads in their language: statuses, SLA targets, dates in the desk's zone.
  if (typeof n.detail?.from === 'string') p.from = w.t('status', { status: n.detail.from });
  if (typeof n.detail?.to === 'string') p.to = w.t('status', { status: n.detail.to });
  if (typeof n.detail?.target === 'string')
    p.target = w.t('sla.target', { target: n.detail.target });
  if (typeof n.detail?.threshold === 'number')
    p.threshold = w.i18n.formatNumber(n.detail.threshold);
  if (typeof n.detail?.dueAt === 'string') p.dueAt = w.i18n.formatDateTime(n.detail.dueAt);
  return p;
}

/**
 * The lines of one notification: its sentence and, for a mention, the quoted comment. `rating`:
 * the rating links follow (a single e-mail), so the survey line asks to pick one.
 */
function lines(
  n: NotificationRecord,
  o: EmailTemplateOptions,
  w: Writer,
  rating = false,
): string[] {
  const p = paramsOf(n, o, w);
  // Report snapshots carry their own `mail`: only tickets' notifications are rendered here.
  const out = [w.t(`body.${n.type as NotificationType}`, p)];
  if (n.type === 'mentioned')
    out.push(n.detail?.internal ? w.t('body.internal', p) : `“${p.comment ?? ''}”`);
  if ((n.type === 'slaWarning' || n.type === 'slaBreached') && p.dueAt) out.push(w.t('sla.due', p));
  if (n.type === 'resolved' && n.detail?.survey)
    out.push(w.t(rating && ratingLinks(n, o).length ? 'survey.ask' : 'body.survey', p));
  return out;
}

/** The five links of a "resolved" e-mail whose survey is the 1–5 rating (none otherwise). */
function ratingLinks(
  n: NotificationRecord,
  o: EmailTemplateOptions,
): { rating: number; url: string }[] {
  if (n.type !== 'resolved' || !n.detail?.survey || n.detail.surveyForm) return [];
  const url =
    o.surveyUrl ??
    ((t: { ticketId: string; ticketNumber: string }, rating: number) => {
      const base = o.ticketUrl(t);
      return `${base}${base.includes('?') ? '&' : '?'}rate=${rating}`;
    });
  return [1, 2, 3, 4, 5].map((rating) => ({ rating, url: url(n, rating) }));
}

function html(
  lang: string,
  paragraphs: string[],
  link: { url: string; label: string },
  footer: string[],
  choices: { url: string; label: string }[] = [],
): string {
  const list = choices.length
    ? `<ul>${choices.map((c) => `<li><a href="${escapeHtml(c.url)}">${escapeHtml(c.label)}</a></li>`).join('')}</ul>`
    : '';
  const body = paragraphs.map((l) => `<p>${escapeHtml(l)}</p>`).join('') + list;
  const foot = footer
    .map((f) => `<p style="color:#666;font-size:12px">${escapeHtml(f)}</p>`)
    .join('');
  return `<!doctype html><html lang="${escapeHtml(lang)}"><body style="font-family:system-ui,sans-serif">${body}<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>${foot}</body></html>`;
}

/**
 * The e-mail of one notification in `o.locale` (the recipient's): subject, text and HTML with a
 * link to the ticket and the event's time in the desk's time zone.
 *
 * @example
 * ```ts
 * renderEmail(n, 'wang@example.com', { ticketUrl, locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
 * // { subject: '[REQ-1] 请您审批：新笔记本电脑', text: '请您对 REQ-1 的“经理审批”做出审批决定。…' }
 * ```
 */
export function renderEmail(
  n: NotificationRecord,
  to: string,
  o: EmailTemplateOptions,
  replyTo?: string,
): EmailMessage {
  const w = writerOf(o);
  const p = paramsOf(n, o, w);
  const url = o.ticketUrl(n);
  const label = w.t('open', p);
  const when = w.t('when', { at: w.i18n.formatDateTime(n.at), timeZone: w.i18n.timeZone });
  const footer = [when, ...(replyTo ? [w.t('reply', p)] : [])];
  const body = lines(n, o, w, true);
  const choices = ratingLinks(n, o).map((r) => ({
    url: r.url,
    label: w.t('survey.rating', { rating: String(r.rating) }),
  }));
  const mail: EmailMessage = {
    to,
    subject: w.t(`subject.${n.type as NotificationType}`, p),
    text: [
      ...body,
      ...choices.map((c) => `  ${c.label}: ${c.url}`),
      '',
      `${label}: ${url}`,
      '',
      ...footer,
    ].join('\n'),
    html: html(w.i18n.locale, body, { url, label }, footer, choices),
    headers: { 'X-Deskkit-Notification': n.id, 'X-Deskkit-Ticket': n.ticketNumber },
    key: n.id,
  };
  if (replyTo) mail.replyTo = replyTo;
  return mail;
}

/**
 * One e-mail summarising several notifications of one user (a digest window of `windowMs`, written
 * as a duration in the locale: `1 hour` / `1小时`).
 */
export function renderDigest(
  list: NotificationRecord[],
  to: string,
  o: EmailTemplateOptions,
  windowMs = 3_600_000,
): EmailMessage {
  const w = writerOf(o);
  const intro = w.t('digest.intro', {
    window: w.i18n.formatDuration(windowMs, { style: 'long' }),
  });
  const items = list.map((n) => ({
    text: `${n.ticketNumber} ${n.title ?? ''}`.trim() + ' — ' + lines(n, o, w).join(' '),
    url: o.ticketUrl(n),
  }));
  return {
    to,
    subject: w.t('digest.subject', { count: list.length }),
    text: [intro, '', ...items.map((i) => `- ${i.text}\n  ${i.url}`)].join('\n'),
    html: `<!doctype html><html lang="${escapeHtml(w.i18n.locale)}"><body style="font-family:system-ui,sans-serif"><p>${escapeHtml(intro)}</p><ul>${items
      .map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.text)}</a></li>`)
      .join('')}</ul></body></html>`,
    headers: { 'X-Deskkit-Digest': String(list.length) },
    key: `digest:${list.map((n) => n.id).join(',')}`,
  };
}

/**
 * The test mail an admin sends from the SMTP settings, in `o.locale` (the admin's language) and
 * dated in the desk's time zone: it proves the settings work, in the words every other e-mail of
 * the desk is written in.
 *
 * @example
 * ```ts
 * renderTestEmail('ops@example.com', new Date(), { locale: 'zh-CN', timeZone: 'Asia/Shanghai' });
 * // { subject: 'Deskkit 测试邮件', text: '此测试邮件由服务台于 2026年12月7日 09:30（Asia/Shanghai）发送。…' }
 * ```
 */
export function renderTestEmail(to: string, at: Date, o: Wording = {}): EmailMessage {
  const w = writerOf(o);
  const lines = [
    w.t('test.sent', { at: w.i18n.formatDateTime(at), timeZone: w.i18n.timeZone }),
    w.t('test.works'),
  ];
  return {
    to,
    subject: w.t('test.subject'),
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${escapeHtml(w.i18n.locale)}"><body style="font-family:system-ui,sans-serif">${lines
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('')}</body></html>`,
    headers: { 'X-Deskkit-Test': at.toISOString() },
  };
}
