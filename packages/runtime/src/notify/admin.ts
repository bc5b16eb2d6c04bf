import { NotFoundError, ValidationError } from '../errors/errors';
import type { StorageAdapter } from '../storage/storage.types';
import type { NotificationPage } from './notify.types';
import { NOTIFICATION_TYPES } from './notify.types';
import { NOTIFY_STATE, checkPreferences, writeState, type NotificationDefaults } from './prefs';
import { newWebhookSecret, sendWebhook } from './webhook';
import type { WebhookEndpoint, WebhookLogEntry } from './webhook.types';

/**
 * The admin side of notifications over a storage adapter: webhook endpoints and their delivery
 * logs, role defaults, users' preferences, and the dead letters. A host exposes it to admins only
 * (`@deskkit/server` mounts it behind its `notify.admins`).
 */
export function notificationAdmin(
  storage: StorageAdapter,
  options: { fetch?: typeof fetch; now?: () => Date } = {},
) {
  const now = options.now ?? (() => new Date());
  return {
    async webhooks(): Promise<WebhookEndpoint[]> {
      return (await storage.getState<WebhookEndpoint[]>(NOTIFY_STATE.webhooks))?.value ?? [];
    },
    /**
     * Adds or replaces an endpoint (by id). Without a `secret`, an existing endpoint keeps its own
     * and a new one gets a new secret (`newWebhookSecret`).
     */
    async saveWebhook(
      input: Omit<WebhookEndpoint, 'secret'> & { secret?: string },
    ): Promise<WebhookEndpoint> {
      const issues = [];
      if (!input?.id || !/^[\w-]{1,64}$/.test(input.id))
        issues.push({ path: '/id', message: 'letters, digits, - and _ (1–64)' });
      let url: URL | undefined;
      try {
        url = new URL(input?.url);
      } catch {
        url = undefined;
      }
      if (!url || !/^https?:$/.test(url.protocol))
        issues.push({ path: '/url', message: 'an http(s) URL' });
      if (
        !Array.isArray(input?.events) ||
        !input.events.every((e) => e === '*' || NOTIFICATION_TYPES.includes(e))
      )
        issues.push({
          path: '/events',
          message: `'*' or events among ${NOTIFICATION_TYPES.join(', ')}`,
        });
      if (input?.secret !== undefined && !/^whsec_[A-Za-z0-9+/=]{32,}$/.test(input.secret))
        issues.push({ path: '/secret', message: 'whsec_ followed by base64 of 24 bytes or more' });
      if (issues.length) {
        throw new ValidationError(
          `Webhook endpoint refused: ${issues.map((i) => `${i.path} must be ${i.message}`).join('; ')}.`,
          issues.map((i) => ({ ...i, code: 'invalid', severity: 'error' as const })),
        );
      }
      // Editing an endpoint keeps its secret (receivers keep verifying); a new one gets its own.
      const kept = (await this.webhooks()).find((e) => e.id === input.id)?.secret;
      const saved: WebhookEndpoint = {
        ...input,
        secret: input.secret ?? kept ?? newWebhookSecret(),
      };
      await writeState<WebhookEndpoint[]>(storage, NOTIFY_STATE.webhooks, (list) => [
        ...(list ?? []).filter((e) => e.id !== saved.id),
        saved,
      ]);
      return saved;
    },
    /** Gives an endpoint a new secret (the old one stops verifying at once) and returns it. */
    async rotateWebhookSecret(id: string): Promise<string> {
      const secret = newWebhookSecret();
      let found = false;
      await writeState<WebhookEndpoint[]>(storage, NOTIFY_STATE.webhooks, (list) =>
        (list ?? []).map((e) => {
          if (e.id !== id) return e;
          found = true;
          return { ...e, secret };
        }),
      );
      if (!found) throw new NotFoundError(`Webhook endpoint "${id}" does not exist.`);
      return secret;
    },
    async removeWebhook(id: string): Promise<void> {
      await writeState<WebhookEndpoint[]>(storage, NOTIFY_STATE.webhooks, (list) =>
        (list ?? []).filter((e) => e.id !== id),
      );
    },
    async webhookLog(id: string): Promise<WebhookLogEntry[]> {
      return (await storage.getState<WebhookLogEntry[]>(NOTIFY_STATE.webhookLog(id)))?.value ?? [];
    },
    /** Sends a signed `webhook.test` message to an endpoint now (logged like any delivery). */
    async testWebhook(id: string): Promise<WebhookLogEntry> {
      const endpoint = (await this.webhooks()).find((e) => e.id === id);
      if (!endpoint) throw new NotFoundError(`Webhook endpoint "${id}" does not exist.`);
      const at = now();
      return sendWebhook(
        storage,
        endpoint,
        {
          id: `test_${at.getTime().toString(36)}`,
          type: 'webhook.test',
          data: { endpoint: id, at: at.toISOString() },
        },
        { now: at, ...(options.fetch ? { fetch: options.fetch } : {}) },
      );
    },
    async defaults(): Promise<NotificationDefaults> {
      return (await storage.getState<NotificationDefaults>(NOTIFY_STATE.defaults))?.value ?? {};
    },
    async setDefaults(defaults: NotificationDefaults): Promise<NotificationDefaults> {
      const out: NotificationDefaults = {};
      if (defaults?.everyone) out.everyone = checkPreferences(defaults.everyone, '/everyone');
      if (defaults?.roles) {
        out.roles = {};
        for (const [role, prefs] of Object.entries(defaults.roles))
          out.roles[role] = checkPreferences(prefs, `/roles/${role}`);
      }
      await writeState<NotificationDefaults>(storage, NOTIFY_STATE.defaults, () => out);
      return out;
    },
    /** Entries whose delivery failed for good, newest first. */
    async deadLetters(before?: string): Promise<NotificationPage> {
      if (!storage.listNotifications) return { notifications: [] };
      return storage.listNotifications({ state: ['dead'], ...(before ? { before } : {}) });
    },
    /**
     * Sends a dead letter again: pending, due now, with fresh attempts (channels already delivered
     * are not sent twice). `NotFoundError` when it is not a dead letter (unknown, pending, sent).
     */
    async retry(id: string): Promise<void> {
      if (!storage.retryNotification) {
        throw new NotFoundError('This storage adapter cannot retry notifications.');
      }
      if (!(await storage.retryNotification(id, now().toISOString()))) {
        throw new NotFoundError(`"${id}" is not a dead letter: only dead letters can be retried.`);
      }
    },
    /** Pending and dead entries (the admin's outbox view), newest first. */
    async outbox(before?: string): Promise<NotificationPage> {
      if (!storage.listNotifications) return { notifications: [] };
      return storage.listNotifications({
        state: ['pending', 'dead', 'delivered'],
        ...(before ? { before } : {}),
      });
    },
  };
}

/** What {@link notificationAdmin} returns. */
export type NotificationAdmin = ReturnType<typeof notificationAdmin>;
