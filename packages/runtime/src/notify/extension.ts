import type { RuntimeExtension } from '../engine/engine.types';
import { checkTimeZone } from '../i18n/locale';
import { deliverDue } from './dispatch';
import type { NotifyOptions } from './notify.options';
import { planOutbox } from './plan';

/**
 * Notifications as an engine extension: every command writes its outbox entries in its own commit
 * (assignments, queues, approvals, urges, SLA warnings and breaches, mentions, status changes,
 * resolutions), and every `tick` delivers due entries by e-mail, digest and signed webhooks, on a
 * lease so that several processes deliver each entry once. The in-app inbox reads the outbox
 * through `runtime.client(user).notifications()`.
 *
 * @example
 * ```ts
 * import { notifications } from '@deskkit/runtime/notify';
 * import { smtpTransport } from '@deskkit/server/notify';
 * const runtime = createRuntime({
 *   storage,
 *   extensions: [
 *     notifications({
 *       email: smtpTransport({ host: 'smtp.example.com', port: 587, from: 'desk@example.com' }),
 *       templates: { ticketUrl: (n) => `https://desk.example.com/tickets/${n.ticketId}` },
 *     }),
 *   ],
 * });
 * runtime.startTimers();
 * ```
 */
export function notifications(options: NotifyOptions): RuntimeExtension {
  if (typeof options?.templates?.ticketUrl !== 'function') {
    throw new TypeError(
      'notifications({ templates: { ticketUrl } }): ticketUrl must be a function.',
    );
  }
  // A misspelt zone fails here, at start-up, not as a retried e-mail.
  if (options.templates.timeZone !== undefined) checkTimeZone(options.templates.timeZone);
  return {
    name: 'notify',
    async afterEffects(changed, ctx) {
      if (!ctx.core.storage.claimNotifications) return;
      const list = await planOutbox(changed, ctx, { digestMs: options.digestMs ?? 3_600_000 });
      if (list.length) ctx.stageNotifications(list);
    },
    async onTick(now, core) {
      await deliverDue(core, options, now);
    },
  };
}
