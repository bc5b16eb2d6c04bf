import type { InboxNotification } from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { href, navigate } from '../shell/router';
import { formatDateTime } from '../ui/chips';
import { Empty, ErrorNote, Loading, PageHeader } from '../ui/layout';
import { NotificationSurvey } from './NotificationSurvey';
import { notificationText } from './notificationText';

/**
 * The signed-in user's notifications, newest first: open one (marks it read), or mark all read. A
 * "resolved" notification that asks for satisfaction is answered right in it.
 */
export function InboxPage() {
  const { client, nameOf } = useDesk();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const inbox = useDeskQuery(
    ({ client }) => client.notifications({ limit: 100, ...(unreadOnly ? { unread: true } : {}) }),
    [unreadOnly],
  );
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    try {
      await fn();
      await inbox.refresh();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  /** Reads it, then opens its ticket (the bell counts again when the page changes). */
  const open = async (n: InboxNotification) => {
    if (n.readAt === undefined) await run(() => client.markNotificationsRead([n.id]));
    navigate('ticket', n.ticketId);
  };
  const list = inbox.data?.notifications ?? [];
  const unread = inbox.data?.unread ?? 0;
  return (
    <>
      <PageHeader
        title={t('Notifications')}
        hint={unread ? t('{count} unread', { count: unread }) : t('All read')}
        actions={
          <>
            <label className="pg-inline-check">
              <input
                type="checkbox"
                checked={unreadOnly}
                onChange={(e) => setUnreadOnly(e.target.checked)}
              />
              {t('Unread only')}
            </label>
            <a className="pg-button pg-button-ghost" href="#/inbox/preferences">
              {t('Preferences')}
            </a>
            <button
              type="button"
              className="pg-button"
              disabled={unread === 0}
              onClick={() => void run(() => client.markAllNotificationsRead())}
            >
              {t('Mark all read')}
            </button>
          </>
        }
      />
      {error ? <ErrorNote error={error} /> : null}
      {inbox.status === 'loading' ? <Loading /> : null}
      {inbox.status === 'error' ? <ErrorNote error={inbox.error} /> : null}
      {inbox.status === 'ready' && list.length === 0 ? (
        <Empty>{unreadOnly ? t('Nothing unread.') : t('No notifications yet.')}</Empty>
      ) : null}
      {list.length ? (
        <ul className="pg-inbox" aria-label={t('Notifications')}>
          {list.map((n) => (
            <li key={n.id} data-unread={n.readAt === undefined} data-type={n.type}>
              <a
                href={href('ticket', n.ticketId)}
                onClick={(e) => {
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
                  e.preventDefault();
                  void open(n);
                }}
              >
                <span className="pg-inbox-text">{notificationText(n, nameOf)}</span>
                {n.title ? <span className="pg-inbox-title">{n.title}</span> : null}
                {n.type === 'mentioned' && typeof n.detail?.comment === 'string' ? (
                  <q className="pg-inbox-quote">{n.detail.comment}</q>
                ) : null}
              </a>
              <time dateTime={n.at}>{formatDateTime(n.at)}</time>
              {n.readAt === undefined ? (
                <span className="pg-inbox-unread">{t('Unread')}</span>
              ) : null}
              {n.type === 'resolved' && n.detail?.survey ? (
                <NotificationSurvey n={n} onAnswered={() => void inbox.refresh()} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
