import type { EngineCore } from '../engine/engine.types';
import type { NotificationLease, NotificationRecord } from './notify.types';
import type { NotifyOptions } from './notify.options';
import { renderDigest, renderEmail, type EmailTemplateOptions } from './email';
import { NOTIFY_STATE } from './prefs';
import { replyToken } from './reply';
import { sendWebhook } from './webhook';
import type { WebhookEndpoint } from './webhook.types';

/** Delay before retry `attempts` (1, 2, ...): `backoffMs · 2^(attempts-1)`, at most `maxBackoffMs`. */
export function backoff(attempts: number, backoffMs: number, maxBackoffMs: number): number {
  return Math.min(maxBackoffMs, backoffMs * 2 ** Math.max(0, attempts - 1));
}

/** The Standard Webhooks payload of an outbox entry. */
export function webhookData(n: NotificationRecord): Record<string, unknown> {
  return {
    notification: n.id,
    event: n.type,
    ticket: { id: n.ticketId, number: n.ticketNumber, ...(n.title ? { title: n.title } : {}) },
    at: n.at,
    ...(n.actor ? { actor: n.actor } : {}),
    ...(n.recipients ? { recipients: n.recipients } : {}),
    ...(n.detail ? { detail: n.detail } : {}),
  };
}

interface Pass {
  core: EngineCore;
  o: NotifyOptions;
  now: Date;
  endpoints: WebhookEndpoint[];
}

/** A recipient's address and the wording of their e-mails: their locale, the desk's time zone. */
async function recipientOf(
  core: EngineCore,
  o: NotifyOptions,
  user: string,
): Promise<{ to?: string; templates: EmailTemplateOptions }> {
  const u = await core.directory.getUser(user);
  const locale = u?.locale ?? o.templates.locale;
  const timeZone = o.templates.timeZone ?? core.options.timeZone;
  return {
    ...(u?.email ? { to: u.email } : {}),
    templates: {
      ...o.templates,
      ...(locale ? { locale } : {}),
      ...(timeZone ? { timeZone } : {}),
    },
  };
}

async function names(
  core: EngineCore,
  n: NotificationRecord,
): Promise<(u: string) => string | undefined> {
  const actor = n.actor ? await core.directory.getUser(n.actor) : null;
  return (u) => (u === actor?.id ? actor.name : undefined);
}

/** Where a failed attempt of this entry leaves it (as `settle` decides), for the webhook log. */
function onFailure(p: Pass, n: NotificationRecord): { retryAt: string } | 'dead' {
  const attempts = n.delivery.attempts + 1;
  if (attempts >= (p.o.maxAttempts ?? 8)) return 'dead';
  const ms = backoff(attempts, p.o.backoffMs ?? 30_000, p.o.maxBackoffMs ?? 6 * 3_600_000);
  return { retryAt: new Date(p.now.getTime() + ms).toISOString() };
}

/** Sends what is left of one entry; returns the errors of the channels that failed. */
async function deliverOne(p: Pass, n: NotificationRecord, done: Set<string>): Promise<string[]> {
  const errors: string[] = [];
  if (n.recipient && n.channels.includes('email') && !done.has('email')) {
    const { to, templates } = await recipientOf(p.core, p.o, n.recipient);
    if (!to)
      done.add('email'); // nobody to write to: not a failure to retry
    else if (!p.o.email) errors.push('email: no e-mail transport is configured');
    else {
      try {
        if (n.mail) await p.o.email.send({ ...n.mail, to });
        else {
          const reply = p.o.replies
            ? p.o.replies.address(await replyToken(p.o.replies.secret, n.ticketId, n.recipient))
            : undefined;
          const nameOf = await names(p.core, n);
          await p.o.email.send(
            renderEmail(n, to, { ...templates, nameOf: templates.nameOf ?? nameOf }, reply),
          );
        }
        done.add('email');
      } catch (error) {
        errors.push(`email: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  for (const id of n.targets ?? []) {
    const key = `webhook:${id}`;
    if (done.has(key)) continue;
    const endpoint = p.endpoints.find((e) => e.id === id);
    if (!endpoint || endpoint.enabled === false) {
      done.add(key); // removed or switched off since: nothing to send
      continue;
    }
    const message = { id: n.id, type: `ticket.${n.type}`, data: webhookData(n) };
    const entry = await sendWebhook(p.core.storage, endpoint, message, {
      now: p.now,
      ...(p.o.fetch ? { fetch: p.o.fetch } : {}),
      onFailure: onFailure(p, n),
    });
    if (entry.ok) done.add(key);
    else errors.push(`${key}: ${entry.error ?? 'failed'}`);
  }
  return errors;
}

async function settle(p: Pass, lease: NotificationLease, done: Set<string>, errors: string[]) {
  const n = lease.notification;
  const attempts = n.delivery.attempts + (errors.length ? 1 : 0);
  const max = p.o.maxAttempts ?? 8;
  const at = p.now.toISOString();
  const delivery: NotificationRecord['delivery'] = !errors.length
    ? { state: 'delivered', attempts, nextAttemptAt: at, deliveredAt: at }
    : {
        state: attempts >= max ? 'dead' : 'pending',
        attempts,
        nextAttemptAt: new Date(
          p.now.getTime() +
            backoff(attempts, p.o.backoffMs ?? 30_000, p.o.maxBackoffMs ?? 6 * 3_600_000),
        ).toISOString(),
        lastError: errors.join('; ').slice(0, 1000),
      };
  if (done.size) delivery.done = [...done];
  const kept = await p.core.storage.settleNotification?.(n.id, lease.owner, delivery);
  if (!kept)
    p.o.onError?.(new Error(`Lost the lease of notification ${n.id} while delivering it.`), n);
}

/**
 * One delivery pass (run by `tick`): claims due outbox entries on a lease, sends them, and records
 * the result; failures retry with exponential backoff and end `dead` after `maxAttempts`. Digest
 * entries of one user due together go out as one e-mail.
 */
export async function deliverDue(core: EngineCore, o: NotifyOptions, now: Date): Promise<number> {
  const storage = core.storage;
  if (!storage.claimNotifications || !storage.settleNotification) return 0;
  const leases = await storage.claimNotifications(
    now,
    core.instanceId,
    o.leaseMs ?? 60_000,
    o.batch ?? 50,
  );
  if (!leases.length) return 0;
  const endpoints = (await storage.getState<WebhookEndpoint[]>(NOTIFY_STATE.webhooks))?.value ?? [];
  const p: Pass = { core, o, now, endpoints };
  const digests = new Map<string, NotificationLease[]>();
  for (const lease of leases) {
    const n = lease.notification;
    if (n.recipient && n.channels.includes('digest') && !n.channels.includes('email')) {
      const list = digests.get(n.recipient) ?? [];
      list.push(lease);
      digests.set(n.recipient, list);
      continue;
    }
    const done = new Set(n.delivery.done ?? []);
    await settle(p, lease, done, await deliverOne(p, n, done));
  }
  for (const [user, list] of digests) {
    const errors: string[] = [];
    const { to, templates } = await recipientOf(core, o, user);
    if (to && !o.email) errors.push('digest: no e-mail transport is configured');
    else if (to && o.email) {
      try {
        await o.email.send(
          renderDigest(
            list.map((l) => l.notification),
            to,
            templates,
            o.digestMs ?? 3_600_000,
          ),
        );
      } catch (error) {
        errors.push(`digest: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    for (const lease of list) {
      const done = new Set(lease.notification.delivery.done ?? []);
      if (!errors.length) done.add('digest');
      await settle(p, lease, done, errors);
    }
  }
  return leases.length;
}
