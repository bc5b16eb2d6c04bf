import { errorFromProblem } from '@deskkit/server/client';
import { getLocale } from '../locale/locale';
import type { NotifyAdminPort } from './notifyAdmin.types';

async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      // The desk's language, not the browser's: the SMTP test mail is written in it.
      'accept-language': getLocale(),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) {
    let problem: unknown = null;
    try {
      problem = await response.json();
    } catch {
      // not JSON: the status names it
    }
    throw errorFromProblem(response.status, problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** {@link NotifyAdminPort} over the playground server's admin routes (same origin, session cookie). */
export function httpNotifyAdmin(base = '/api'): NotifyAdminPort {
  const n = `${base}/admin/notifications`;
  const w = `${base}/admin/webhooks`;
  const enc = encodeURIComponent;
  return {
    mails: () => call('GET', `${n}/mails`),
    clearMails: () => call('DELETE', `${n}/mails`),
    outbox: (before) => call('GET', `${n}/outbox${before ? `?before=${enc(before)}` : ''}`),
    retry: (id) => call('POST', `${n}/${enc(id)}/retry`, {}),
    smtp: () => call('GET', `${n}/smtp`),
    saveSmtp: (input) => call('PUT', `${n}/smtp`, input),
    resetSmtp: () => call('DELETE', `${n}/smtp`),
    testSmtp: (to) => call('POST', `${n}/smtp/test`, { to }),
    webhooks: () => call('GET', w),
    saveWebhook: (input) => call('POST', w, input),
    removeWebhook: (id) => call('POST', `${w}/${enc(id)}/delete`, {}),
    rotateWebhook: (id) => call('POST', `${w}/${enc(id)}/rotate`, {}),
    testWebhook: (id) => call('POST', `${w}/${enc(id)}/test`, {}),
    webhookLog: (id) => call('GET', `${w}/${enc(id)}/log`),
    defaults: () => call('GET', `${n}/defaults`),
    setDefaults: (defaults) => call('POST', `${n}/defaults`, defaults),
  };
}
