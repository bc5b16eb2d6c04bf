import { checkCatalogs } from '../i18n/checkCatalogs';
import { renderDigest, renderEmail } from './email';
import { emailMessagesEn } from './email.messages.en';
import { emailMessagesZhCN } from './email.messages.zh-CN';
import type { NotificationRecord } from './notify.types';

const base: NotificationRecord = {
  id: 'e1:approvalRequested:max',
  type: 'approvalRequested',
  recipient: 'max',
  channels: ['inbox', 'email'],
  ticketId: 't1',
  ticketNumber: 'REQ-7',
  title: 'New laptop',
  actor: 'ann',
  at: '2026-12-07T01:30:00.000Z',
  eventId: 'e1',
  detail: { node: 'Manager approval' },
  delivery: { state: 'pending', attempts: 0, nextAttemptAt: '2026-12-07T01:30:00.000Z' },
};
const ticketUrl = (n: { ticketId: string }) => `https://desk.test/t/${n.ticketId}`;

describe('e-mail templates', () => {
  it('have the same keys and arguments in every shipped locale, all valid ICU', () => {
    expect(checkCatalogs({ en: emailMessagesEn, 'zh-CN': emailMessagesZhCN })).toEqual([]);
  });

  it('write the e-mail in the given locale, with the time in the desk time zone', () => {
    const en = renderEmail(base, 'max@example.com', { ticketUrl, timeZone: 'Asia/Shanghai' });
    expect(en.subject).toBe('[REQ-7] Your approval is requested: New laptop');
    expect(en.text).toContain('Your decision is requested on "Manager approval" of REQ-7.');
    expect(en.text).toMatch(/When: Dec 7, 2026, 9:30\sAM \(Asia\/Shanghai\)/);
    expect(en.html).toContain('<html lang="en">');

    const zh = renderEmail(base, 'max@example.com', {
      ticketUrl,
      locale: 'zh-CN',
      timeZone: 'Asia/Shanghai',
    });
    expect(zh.subject).toBe('[REQ-7] 请您审批：New laptop');
    expect(zh.text).toContain('请您对 REQ-7 的“Manager approval”做出审批决定。');
    expect(zh.text).toMatch(/时间：2026年12月7日 09:30（Asia\/Shanghai）/);
    expect(zh.html).toContain('<a href="https://desk.test/t/t1">打开 REQ-7</a>');
    expect(zh.html).toContain('<html lang="zh-CN">');
  });

  it('translates statuses, SLA targets and due dates; untitled tickets and the system actor', () => {
    const status = renderEmail(
      { ...base, type: 'statusChanged', title: undefined, detail: { from: 'open', to: 'pending' } },
      'ann@example.com',
      { ticketUrl, locale: 'zh', timeZone: 'UTC' },
    );
    expect(status.subject).toBe('[REQ-7] 状态变为挂起：（无标题）');
    expect(status.text).toContain('REQ-7 的状态已从处理中变为挂起。');
    const sla = renderEmail(
      {
        ...base,
        type: 'slaWarning',
        actor: undefined,
        detail: {
          policy: 'Gold',
          target: 'resolution',
          threshold: 80,
          dueAt: '2026-12-08T16:00:00Z',
        },
      },
      'max@example.com',
      { ticketUrl, locale: 'en-GB', timeZone: 'Europe/Paris' },
    );
    expect(sla.text).toContain('REQ-7 has used 80% of its resolution target (Gold).');
    expect(sla.text).toContain('Due 8 Dec 2026, 17:00.');
  });

  it('lets a host override messages per locale, or translate them itself', () => {
    const mail = renderEmail(base, 'max@example.com', {
      ticketUrl,
      locale: 'zh-CN',
      timeZone: 'UTC',
      messages: { 'zh-CN': { 'subject.approvalRequested': '【待审批】{number}' } },
    });
    expect(mail.subject).toBe('【待审批】REQ-7');
    const own = renderEmail(base, 'max@example.com', {
      ticketUrl,
      locale: 'fr',
      timeZone: 'UTC',
      translate: (key, _params, locale) =>
        locale === 'fr' && key === 'subject.approvalRequested'
          ? '[{number}] À approuver'
          : undefined,
    });
    expect(own.subject).toBe('[REQ-7] À approuver');
    expect(own.text).toContain('Your decision is requested'); // the rest: the closest catalog
    // A directory locale that is not a BCP 47 tag falls back to its closest catalog.
    const odd = renderEmail(base, 'max@example.com', {
      ticketUrl,
      locale: 'zh-??',
      timeZone: 'UTC',
    });
    expect(odd.subject).toBe('[REQ-7] 请您审批：New laptop');
  });

  it('counts a digest with ICU plurals and names its window as a duration', () => {
    const two = [base, { ...base, id: 'e2', ticketNumber: 'REQ-8' }];
    const en = renderDigest(two, 'max@example.com', { ticketUrl, timeZone: 'UTC' }, 3_600_000);
    expect(en.subject).toBe('2 new notifications');
    expect(en.text.split('\n')[0]).toBe('Your notifications of the last 1 hour:');
    expect(renderDigest([base], 'm@x', { ticketUrl }).subject).toBe('1 new notification');
    const zh = renderDigest(two, 'max@example.com', { ticketUrl, locale: 'zh-CN' }, 2 * 3_600_000);
    expect(zh.subject).toBe('2 条新通知');
    expect(zh.text.split('\n')[0]).toBe('过去2小时内您收到的通知：');
  });

  it('links each rating of a 1–5 survey (templates.surveyUrl), only in the single e-mail', () => {
    const resolved: NotificationRecord = {
      ...base,
      type: 'resolved',
      recipient: 'ann',
      detail: { from: 'open', to: 'resolved', survey: true },
    };
    const mail = renderEmail(resolved, 'ann@example.com', {
      ticketUrl,
      surveyUrl: (n, rating) => `https://desk.test/survey/${n.ticketId}/${rating}`,
    });
    for (const r of [1, 2, 3, 4, 5])
      expect(mail.html).toContain(`<a href="https://desk.test/survey/t1/${r}">${r} – `);
    expect(mail.text).toContain('3 – Neutral: https://desk.test/survey/t1/3');
    // Without surveyUrl: the ticket's page with ?rate=, or &rate= after a query.
    const query = renderEmail(resolved, 'ann@example.com', { ticketUrl: () => 'https://d/t?x=1' });
    expect(query.text).toContain('5 – Very satisfied: https://d/t?x=1&rate=5');
    // A digest names the survey but has no rating links.
    const digest = renderDigest([resolved], 'ann@example.com', { ticketUrl });
    expect(digest.text).toContain('Tell us how we did');
    expect(digest.text).not.toContain('rate=');
  });
});
