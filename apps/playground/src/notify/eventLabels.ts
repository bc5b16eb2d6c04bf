import type { NotificationType } from '@deskkit/runtime';
import { t } from '../i18n';

/** What each notification event is called in grids and filters (through `t`). */
export function eventLabel(type: NotificationType | '*' | string): string {
  switch (type) {
    case '*':
      return t('Every event');
    case 'assigned':
      return t('Work assigned to me');
    case 'queued':
      return t('New work in my queues');
    case 'approvalRequested':
      return t('Approval requested');
    case 'urged':
      return t('Urged');
    case 'slaWarning':
      return t('SLA warning');
    case 'slaBreached':
      return t('SLA breached');
    case 'mentioned':
      return t('Mentioned');
    case 'statusChanged':
      return t('Status changed');
    case 'resolved':
      return t('Resolved');
    case 'notice':
      return t('Automation notices');
    default:
      return type;
  }
}
