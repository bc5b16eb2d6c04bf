import type { InboxNotification } from '@deskkit/runtime';
import { t } from '../i18n';

/** One sentence per notification, through `t` (the desk's one translation layer). */
export function notificationText(
  n: InboxNotification,
  nameOf: (id: string | undefined) => string,
): string {
  const d = n.detail ?? {};
  const values = {
    actor: n.actor ? nameOf(n.actor) : t('Someone'),
    number: n.ticketNumber,
    node: String(d.node ?? ''),
    from: String(d.from ?? ''),
    to: String(d.to ?? ''),
    target: String(d.target ?? ''),
    message: String(d.message ?? ''),
  };
  switch (n.type) {
    case 'assigned':
      return t('{actor} assigned you “{node}” on {number}', values);
    case 'queued':
      return t('“{node}” on {number} waits in your queue', values);
    case 'approvalRequested':
      return t('{actor} asks for your approval on {number}', values);
    case 'urged':
      return t('{actor} urged your work on {number}', values);
    case 'slaWarning':
      return t('{number} is close to its {target} target', values);
    case 'slaBreached':
      return t('{number} missed its {target} target', values);
    case 'mentioned':
      return t('{actor} mentioned you on {number}', values);
    case 'statusChanged':
      return t('{number} is now {to}', values);
    case 'resolved':
      return d.survey
        ? t('{number} was resolved: tell us how we did', values)
        : t('{number} was resolved', values);
    case 'notice':
      return values.message || t('News about {number}', values);
  }
}
