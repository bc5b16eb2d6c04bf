import type { NotificationPreferences } from '@deskkit/runtime';
import { BUILT_IN_PREFERENCES } from '@deskkit/runtime/notify';
import { useState, type FormEvent } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { SaveBar, useSave } from '../pages/admin/editing';
import { ErrorNote, Loading, PageHeader } from '../ui/layout';
import { PreferencesGrid } from './PreferencesGrid';
import './notify.css';

/**
 * Everyone's notification preferences: per event, which channels (inbox, e-mail, digest); an event
 * left to the default follows the desk's (the admin's role defaults). Saved through the client
 * (`setNotificationPreferences`).
 */
export function PreferencesPage() {
  const { client } = useDesk();
  const saved = useDeskQuery(({ client }) => client.notificationPreferences(), []);
  const [edited, setDraft] = useState<NotificationPreferences | null>(null);
  const save = useSave();
  const draft = edited ?? saved.data ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    void save.run(async () => {
      setDraft(await client.setNotificationPreferences(draft));
    }, t('Preferences saved.'));
  };
  return (
    <>
      <PageHeader
        title={t('Notification preferences')}
        hint={t(
          'Choose how you hear about each event. Events left to the default follow the desk’s.',
        )}
        actions={
          <a className="pg-button" href="#/inbox">
            {t('Back to notifications')}
          </a>
        }
      />
      {saved.error ? <ErrorNote error={saved.error} /> : null}
      {!draft ? (
        <Loading />
      ) : (
        <form
          className="pg-card pg-prefs-card"
          onSubmit={submit}
          aria-label={t('My notification preferences')}
        >
          <PreferencesGrid
            label={t('My notification channels')}
            value={draft}
            fallback={BUILT_IN_PREFERENCES}
            fallbackLabel={t('Default')}
            onChange={setDraft}
          />
          <div className="pg-prefs-foot">
            <SaveBar save={save} label={t('Save preferences')}>
              <button
                type="button"
                className="pg-button pg-button-ghost"
                disabled={Object.keys(draft).length === 0}
                onClick={() => setDraft({})}
              >
                {t('Use the defaults for everything')}
              </button>
            </SaveBar>
          </div>
        </form>
      )}
    </>
  );
}
