import {
  BUILT_IN_PREFERENCES,
  NOTIFICATION_TYPES,
  type NotificationDefaults,
  type NotificationPreferences,
  type PersonalChannel,
} from '@deskkit/runtime/notify';
import type { NotificationType } from '@deskkit/runtime';
import { t } from '../i18n';
import { eventLabel } from './eventLabels';

export const CHANNELS: ReadonlyArray<{ id: PersonalChannel; label: string; hint: string }> = [
  { id: 'inbox', label: 'Inbox', hint: 'The bell and the Notifications page' },
  { id: 'email', label: 'E-mail', hint: 'One e-mail per notification' },
  { id: 'digest', label: 'Digest', hint: 'Collected into one e-mail now and then' },
];

/** What applies where nothing is chosen: the role's defaults, then everyone's, then the built-in ones. */
export function inherited(
  defaults: NotificationDefaults | undefined,
  role?: string,
): Required<NotificationPreferences> {
  const out = { ...BUILT_IN_PREFERENCES };
  for (const type of NOTIFICATION_TYPES) {
    const picked =
      (role ? defaults?.roles?.[role]?.[type] : undefined) ?? defaults?.everyone?.[type];
    if (picked) out[type] = picked;
  }
  return out;
}

/**
 * Per event, the channels to use: each row either follows the inherited default (shown, greyed)
 * or has its own choice. Used by everyone's preferences and by the admin's role defaults.
 */
export function PreferencesGrid(props: {
  label: string;
  value: NotificationPreferences;
  /** What a row without its own choice uses. */
  fallback: Required<NotificationPreferences>;
  /** The name of that default: "Desk default", "Everyone", ... */
  fallbackLabel: string;
  onChange(next: NotificationPreferences): void;
}) {
  const { value, fallback } = props;
  const setRow = (type: NotificationType, channels: PersonalChannel[] | undefined) => {
    const next = { ...value };
    if (channels) next[type] = channels;
    else delete next[type];
    props.onChange(next);
  };
  return (
    <table className="pg-table pg-prefs" aria-label={props.label}>
      <thead>
        <tr>
          <th scope="col">{t('Event')}</th>
          <th scope="col">{props.fallbackLabel}</th>
          {CHANNELS.map((c) => (
            <th key={c.id} scope="col" title={t(c.hint)}>
              {t(c.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {NOTIFICATION_TYPES.map((type) => {
          const own = value[type];
          const shown = own ?? fallback[type];
          const event = eventLabel(type);
          return (
            <tr key={type} data-own={own ? 'true' : 'false'}>
              <th scope="row">{event}</th>
              <td>
                <label className="pg-check">
                  <input
                    type="checkbox"
                    checked={!own}
                    aria-label={t('{event}: use {default}', {
                      event,
                      default: props.fallbackLabel,
                    })}
                    onChange={(e) =>
                      setRow(type, e.target.checked ? undefined : [...fallback[type]])
                    }
                  />
                  <span aria-hidden="true">{t('use')}</span>
                </label>
              </td>
              {CHANNELS.map((c) => (
                <td key={c.id}>
                  <input
                    type="checkbox"
                    className="pg-prefs-box"
                    disabled={!own}
                    checked={shown.includes(c.id)}
                    aria-label={t('{event} by {channel}', { event, channel: t(c.label) })}
                    onChange={(e) =>
                      setRow(
                        type,
                        e.target.checked
                          ? [...(own ?? []), c.id]
                          : (own ?? []).filter((x) => x !== c.id),
                      )
                    }
                  />
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
