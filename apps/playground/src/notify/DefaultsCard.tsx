import type { NotificationDefaults, NotificationPreferences } from '@deskkit/runtime/notify';
import { useState, type FormEvent } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { SaveBar, useSave } from '../pages/admin/editing';
import { Card, ErrorNote, Loading } from '../ui/layout';
import { inherited, PreferencesGrid } from './PreferencesGrid';
import type { NotifyAdminPort } from './notifyAdmin.types';

const EVERYONE = '';

/**
 * The admin's defaults: channels per event for everyone and per role (a user's first role with a
 * choice wins); users' own choices override them.
 */
export function DefaultsCard(props: { port: NotifyAdminPort }) {
  const { organisation } = useDesk();
  const saved = useDeskQuery(() => props.port.defaults(), [props.port]);
  const [edited, setDraft] = useState<NotificationDefaults | null>(null);
  const [scope, setScope] = useState(EVERYONE);
  const save = useSave();
  const draft = edited ?? saved.data ?? null;
  if (saved.error) return <ErrorNote error={saved.error} />;
  if (!draft) return <Loading />;
  const value: NotificationPreferences =
    (scope === EVERYONE ? draft.everyone : draft.roles?.[scope]) ?? {};
  const change = (next: NotificationPreferences) =>
    setDraft(
      scope === EVERYONE
        ? { ...draft, everyone: next }
        : { ...draft, roles: { ...draft.roles, [scope]: next } },
    );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(async () => {
      setDraft(await props.port.setDefaults(draft));
    }, t('Defaults saved: they apply to notifications from now on.'));
  };
  const roleName = organisation.roles.find((r) => r.id === scope)?.name ?? scope;
  return (
    <Card title={t('Defaults per role')}>
      <form onSubmit={submit} aria-label={t('Notification defaults')}>
        <div className="pg-toolbar">
          <label className="pg-field pg-scope">
            <span>{t('Defaults for')}</span>
            <select className="pg-input" value={scope} onChange={(e) => setScope(e.target.value)}>
              <option value={EVERYONE}>{t('Everyone')}</option>
              {organisation.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name ?? r.id}
                </option>
              ))}
            </select>
          </label>
          <p className="pg-hint">
            {scope === EVERYONE
              ? t('What everyone gets unless their role or they themselves choose otherwise.')
              : t('What people with the role {role} get unless they choose otherwise.', {
                  role: roleName,
                })}
          </p>
        </div>
        <PreferencesGrid
          label={
            scope === EVERYONE
              ? t('Defaults for everyone')
              : t('Defaults for {role}', { role: roleName })
          }
          value={value}
          fallback={inherited(scope === EVERYONE ? undefined : { everyone: draft.everyone ?? {} })}
          fallbackLabel={scope === EVERYONE ? t('Built in') : t('Everyone’s')}
          onChange={change}
        />
        <SaveBar save={save} label={t('Save defaults')} />
      </form>
    </Card>
  );
}
