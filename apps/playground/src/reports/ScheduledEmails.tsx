import type { ReportSubscription, SnapshotReport } from '@deskkit/runtime';
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
 * are listed with their recipients and next run, and can be deleted. Everything goes through the
 * user's `DeskClient` (`saveReportSubscription`, ...).
 */
export function ScheduledEmails(props: { name: string; reports: SnapshotReport[] }) {
  const { client, user, nameOf, now } = useDesk();
  const list = useDeskQuery(({ client: c }) => c.listReportSubscriptions(), []);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const subs: ReportSubscription[] = list.data ?? [];
  if (!props.reports.length) return null;
  return (
    <Card
      title={t('Scheduled e-mails')}
      className="pg-snapshots"
      actions={
        <button type="button" className="pg-button pg-button-primary" onClick={() => setOpen(true)}>
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
                {s.next ? t('Next: {when}', { when: formatDateTime(s.next) }) : t('No more runs')}
              </span>
              <button
                type="button"
                className="pg-button pg-button-danger"
                disabled={removing === s.id}
                aria-label={t('Delete {name}', { name: s.name })}
                onClick={() => {
                  setRemoving(s.id);
                  void client
                    .deleteReportSubscription(s.id)
                    .then(() => list.refresh())
                    .catch(setError)
                    .finally(() => setRemoving(null));
                }}
              >
                {t('Delete')}
              </button>
            </li>
          ))}
        </ul>
      ) : list.status === 'ready' ? (
        <p className="pg-muted">{t('No e-mail is scheduled for this dashboard yet.')}</p>
      ) : null}
      {error && !open ? <ErrorNote error={error} /> : null}
      {open ? (
        <ScheduleEmailDialog
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
