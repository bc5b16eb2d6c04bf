import type { ActionName } from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk } from '../../desk/DeskContext';
import { t } from '../../i18n';
import { initials } from '../../ui/initials';
import { Empty } from '../../ui/layout';
import { UserSelect } from '../../ui/UserSelect';
import '../../ui/lifecycle.css';

/**
 * Who follows the ticket, and the watch buttons the view offers: follow or stop following for
 * oneself; adding or removing others where the runtime offers `watch` to someone who may (the
 * requester and the desk side are offered it even while they already watch).
 */
export function WatchersPanel(props: {
  watchers: readonly string[];
  /** The actions the view offers (`watch`, `unwatch`). */
  actions: readonly ActionName[];
  busy?: boolean;
  onWatch(input: { action: 'watch' | 'unwatch'; to?: string }): Promise<boolean>;
}) {
  const { user, nameOf } = useDesk();
  const [person, setPerson] = useState('');
  const watching = props.watchers.includes(user.id);
  const mayWatch = props.actions.includes('watch');
  const mayUnwatch = props.actions.includes('unwatch');
  // `watch` offered while watching, or to a non-watcher (who then sees the ticket as requester or
  // desk side), means others may be added; with `unwatch` as well, removed.
  const manageOthers = mayWatch;
  return (
    <div className="pg-watchers">
      {props.watchers.length === 0 ? (
        <Empty>{t('Nobody follows this ticket yet.')}</Empty>
      ) : (
        <ul className="pg-people" aria-label={t('Watchers')}>
          {props.watchers.map((id) => (
            <li key={id}>
              <span className="pg-avatar pg-avatar-sm" aria-hidden="true">
                {initials(nameOf(id))}
              </span>
              <span className="pg-people-name">
                {nameOf(id)}
                {id === user.id ? <span className="pg-muted"> ({t('you')})</span> : null}
              </span>
              {id !== user.id && manageOthers && mayUnwatch ? (
                <button
                  type="button"
                  className="pg-button pg-button-ghost pg-icon-button"
                  aria-label={t('Remove {name} from the watchers', { name: nameOf(id) })}
                  disabled={props.busy}
                  onClick={() => void props.onWatch({ action: 'unwatch', to: id })}
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div className="pg-actions-bar">
        {!watching && mayWatch ? (
          <button
            type="button"
            className="pg-button"
            disabled={props.busy}
            onClick={() => void props.onWatch({ action: 'watch' })}
          >
            {t('Watch')}
          </button>
        ) : null}
        {watching && mayUnwatch ? (
          <button
            type="button"
            className="pg-button"
            disabled={props.busy}
            onClick={() => void props.onWatch({ action: 'unwatch' })}
          >
            {t('Stop watching')}
          </button>
        ) : null}
      </div>
      {manageOthers ? (
        <form
          className="pg-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!person) return;
            void props.onWatch({ action: 'watch', to: person }).then((ok) => ok && setPerson(''));
          }}
        >
          <UserSelect
            label={t('Add a watcher')}
            showLabel={false}
            placeholder={t('Add a watcher…')}
            value={person}
            onChange={setPerson}
            exclude={props.watchers}
          />
          <button type="submit" className="pg-button" disabled={props.busy || !person}>
            {t('Add')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
