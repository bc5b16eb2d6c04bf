import { useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { href, useRoute } from '../shell/router';
import './inbox.css';

/**
 * The top bar's bell: a link to the inbox with the signed-in user's unread count. It reads the
 * count again with every live event the desk receives, so it lights up when someone else's command
 * tells this user something.
 */
export function Bell() {
  // Counted again with every live event and every page change (opening an item reads it).
  const { section, params } = useRoute();
  const inbox = useDeskQuery(
    ({ client }) => client.notifications({ limit: 1 }),
    [section, params.join('/')],
  );
  const unread = inbox.data?.unread ?? 0;
  const label =
    unread === 0
      ? t('Notifications, none unread')
      : t('Notifications, {count} unread', { count: unread });
  return (
    <a
      className="pg-bell"
      href={href('inbox')}
      aria-label={label}
      title={label}
      data-unread={unread}
    >
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none">
        <path
          d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Zm4 3.5a2 2 0 0 0 4 0"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
      {unread > 0 ? (
        <span className="pg-bell-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </a>
  );
}
