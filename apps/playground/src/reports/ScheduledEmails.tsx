import type { ReportSubscription, ReportSubscriptionInput, SnapshotReport } from '@deskkit/runtime';
import { useI18n } from '@deskkit/forms';
import { useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { DESK_TIME_ZONE } from '../locale/locale';
import { formatDateTime } from '../ui/chips';
import { Card, ErrorNote } from '../ui/layout';
import { ScheduleEmailDialog } from './ScheduleEmailDialog';
import './reports.css';

/**
 * A dashboard's scheduled e-mails: "Schedule e-mail" opens the dialog; the user's subscriptions
 * are listed with their recipients, next run and last failure, and can be edited, paused and
 * resumed, or deleted (after a confirmation). Everything goes through the user's `DeskClient`
 * (`saveReportSubscription`, ...).
 */
export function ScheduledEmails(props: { name: string; reports: SnapshotReport[] }) {
  const i18n = useI18n();
  const { client, user, nameOf, now } = useDesk();
  const list = useDeskQuery(({ client: c }) => c.listReportSubscriptions(), []);
  // The dialog: closed, scheduling a new e-mail, or editing one.
  const [open, setOpen] = useState<false | 'new' | ReportSubscription>(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // The subscription being deleted, paused or resumed.
  const [changing, setChanging] = useState<string | null>(null);
  const change = (id: string, run: () => Promise<unknown>) => {
    setChanging(id);
    setError(null);
    void run()
      .then(() => list.refresh())
      .catch(setError)
      .finally(() => setChanging(null));
  };
  /** The subscription as saved, to save it again with one change. */
  const inputOf = (s: ReportSubscription): ReportSubscriptionInput => ({
    id: s.id,
    name: s.name,
    reports: s.reports,
    recipients: s.recipients,
    schedule: s.schedule,
    formats: s.formats,
    enabled: s.enabled,
  });
  const subs: ReportSubscription[] = list.data ?? [];
  if (!props.reports.length) return null;
  return (
    <Card
      title={t('Scheduled e-mails')}
      className="pg-snapshots"
      actions={
        <button
          type="button"
          className="pg-button pg-button-primary"
          onClick={() => setOpen('new')}
        >
          {t('Schedule e-mail')}
        </button>
      }
    >
      {list.status === 'error' ? <ErrorNote error={list.error} /> : null}
      {subs.length ? (
        <ul className="pg-snapshot-list" aria-label={t('Scheduled e-mails')}>
          {subs.map((s) => (
            <li key={s.id}>
              <strong>{s.name}</strong>
              <span>{t('To {names}', { names: s.recipients.map(nameOf).join(', ') })}</span>
              <span>
                {!s.enabled
                  ? t('Paused')
                  : s.next
                    ? t('Next: {when}', { when: formatDateTime(s.next) })
                    : t('No more runs')}
              </span>
              {s.lastError ? (
                <span className="pg-field-error">
                  {t('Last run failed {when}: {reason}', {
                    when: formatDateTime(s.lastError.at),
                    reason: i18n.errorMessage(s.lastError),
                  })}
                </span>
              ) : null}
              <span className="pg-snapshot-actions">
                <button
                  type="button"
                  className="pg-button"
                  disabled={changing === s.id}
                  aria-label={t('Edit {name}', { name: s.name })}
                  onClick={() => {
                    setError(null);
                    setOpen(s);
                  }}
                >
                  {t('Edit')}
                </button>
                <button
                  type="button"
                  className="pg-button"
                  disabled={changing === s.id}
                  aria-label={
                    s.enabled
                      ? t('Pause {name}', { name: s.name })
                      : t('Resume {name}', { name: s.name })
                  }
                  onClick={() =>
                    change(s.id, () =>
                      client.saveReportSubscription({ ...inputOf(s), enabled: !s.enabled }),
                    )
                  }
                >
                  {s.enabled ? t('Pause') : t('Resume')}
                </button>
                <button
                  type="button"
                  className="pg-button pg-button-danger"
                  disabled={changing === s.id}
                  aria-label={t('Delete {name}', { name: s.name })}
                  onClick={() => {
                    const question = t(
                      'Delete the scheduled e-mail “{name}”? Its recipients get no more e-mails.',
                      { name: s.name },
                    );
                    if (!window.confirm(question)) return;
                    change(s.id, () => client.deleteReportSubscription(s.id));
                  }}
                >
                  {t('Delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      ) : list.status === 'ready' ? (
        <p className="pg-muted">{t('No e-mail is scheduled for this dashboard yet.')}</p>
      ) : null}
      {error && !open ? <ErrorNote error={error} /> : null}
      {open ? (
        <ScheduleEmailDialog
          key={open === 'new' ? 'new' : open.id}
          initial={open === 'new' ? undefined : open}
          name={props.name}
          reports={props.reports}
          me={user.id}
          timeZone={DESK_TIME_ZONE}
          now={now()}
          busy={busy}
          error={error}
          onCancel={() => {
            setOpen(false);
            setError(null);
          }}
          onSave={(input) => {
            setBusy(true);
            setError(null);
            void client
              .saveReportSubscription(input)
              .then(async () => {
                await list.refresh();
                setOpen(false);
              })
              .catch(setError)
              .finally(() => setBusy(false));
          }}
        />
      ) : null}
    </Card>
  );
}
