import type { NotificationRecord } from '@deskkit/runtime';
import { useEffect, useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { formatDateTime } from '../ui/chips';
import { Card, Empty, ErrorNote, Loading, TableHead } from '../ui/layout';
import { eventLabel } from './eventLabels';
import type { CaughtMail, NotifyAdminPort } from './notifyAdmin.types';

/** Deliveries happen on the server after the command: look again every few seconds. */
const POLL_MS = 2_500;

function usePoll(reload: () => void): void {
  useEffect(() => {
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [reload]);
}

/** An outbox entry's delivery as an admin reads it: sent, waiting, retrying after a failure, dead. */
export function deliveryState(n: NotificationRecord): {
  label: string;
  chip: string;
} {
  const d = n.delivery;
  if (d.state === 'delivered') return { label: t('Sent'), chip: 'resolved' };
  if (d.state === 'dead') return { label: t('Dead letter'), chip: 'rejected' };
  if (d.attempts > 0) return { label: t('Failed, retrying'), chip: 'pending' };
  return { label: t('Pending'), chip: 'open' };
}

function MailPreview(props: { mail: CaughtMail }) {
  const { mail } = props;
  const [view, setView] = useState<'html' | 'text'>(mail.html ? 'html' : 'text');
  return (
    <article
      className="pg-mail-preview"
      aria-label={t('Mail: {subject}', { subject: mail.subject })}
    >
      <header className="pg-mail-head">
        <h3>{mail.subject || t('(no subject)')}</h3>
        <dl>
          <dt>{t('From')}</dt>
          <dd>{mail.from}</dd>
          <dt>{t('To')}</dt>
          <dd>{mail.to.join(', ')}</dd>
          <dt>{t('Received')}</dt>
          <dd>{formatDateTime(mail.receivedAt)}</dd>
        </dl>
        {mail.html ? (
          <div className="pg-segmented" role="group" aria-label={t('Show as')}>
            <button type="button" aria-pressed={view === 'html'} onClick={() => setView('html')}>
              {t('HTML')}
            </button>
            <button type="button" aria-pressed={view === 'text'} onClick={() => setView('text')}>
              {t('Text')}
            </button>
          </div>
        ) : null}
      </header>
      {view === 'html' && mail.html ? (
        // A sandboxed frame without scripts: the mail's HTML cannot reach the desk.
        <iframe
          className="pg-mail-frame"
          title={t('HTML body of “{subject}”', { subject: mail.subject })}
          sandbox=""
          srcDoc={mail.html}
        />
      ) : (
        <pre className="pg-mail-text">{mail.text}</pre>
      )}
    </article>
  );
}

/** Caught mails: a list on the left, the chosen one's HTML or text on the right. */
export function CaughtMailsCard(props: { port: NotifyAdminPort }) {
  const mails = useDeskQuery(() => props.port.mails(), [props.port]);
  usePoll(mails.reload);
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const list = mails.data?.mails ?? [];
  const current = list.find((m) => m.id === chosen) ?? list[0];
  const catcher = mails.data?.catcher;
  const clear = async () => {
    if (!window.confirm(t('Remove every caught mail from this list?'))) return;
    try {
      await props.port.clearMails();
      await mails.refresh();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  return (
    <Card
      title={t('Caught mails')}
      actions={
        <div className="pg-card-tools">
          <button type="button" className="pg-button" onClick={() => void mails.refresh()}>
            {t('Refresh')}
          </button>
          <button
            type="button"
            className="pg-button pg-button-ghost"
            disabled={list.length === 0}
            onClick={() => void clear()}
          >
            {t('Clear')}
          </button>
        </div>
      }
    >
      <p className="pg-hint">
        {catcher
          ? t(
              'The demo’s mail catcher (SMTP on {host}:{port}) keeps what the desk sends instead of delivering it.',
              { host: catcher.host, port: catcher.port },
            )
          : t('This server runs no mail catcher: e-mails go to the SMTP server set under E-mail.')}
      </p>
      {error ? <ErrorNote error={error} /> : null}
      {mails.error ? <ErrorNote error={mails.error} /> : null}
      {mails.status === 'loading' && !mails.data ? <Loading /> : null}
      {mails.data && list.length === 0 ? (
        <Empty>{t('No mail caught yet. Raise a request that needs an approval to see one.')}</Empty>
      ) : null}
      {list.length ? (
        <div className="pg-mailbox">
          <ul className="pg-mail-list" aria-label={t('Caught mails')}>
            {list.map((m) => (
              <li key={m.id}>
                <button
                  type="button"
                  aria-current={m.id === current?.id ? 'true' : undefined}
                  onClick={() => setChosen(m.id)}
                >
                  <span className="pg-mail-subject">{m.subject || t('(no subject)')}</span>
                  <span className="pg-mail-meta">
                    <span>{m.to.join(', ')}</span>
                    <time dateTime={m.receivedAt}>{formatDateTime(m.receivedAt)}</time>
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {current ? <MailPreview key={current.id} mail={current} /> : null}
        </div>
      ) : null}
    </Card>
  );
}

/** The outbox: every notification with its delivery state; dead letters can be sent again. */
export function OutboxCard(props: { port: NotifyAdminPort }) {
  const { nameOf } = useDesk();
  const outbox = useDeskQuery(() => props.port.outbox(), [props.port]);
  usePoll(outbox.reload);
  const [error, setError] = useState<Error | null>(null);
  const [notice, setNotice] = useState('');
  const retry = async (n: NotificationRecord) => {
    setError(null);
    setNotice('');
    try {
      await props.port.retry(n.id);
      setNotice(
        t('{number}: sent again, it goes out with the next delivery.', { number: n.ticketNumber }),
      );
      await outbox.refresh();
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };
  const list = outbox.data?.notifications ?? [];
  return (
    <Card
      title={t('Outbox')}
      actions={
        <button type="button" className="pg-button" onClick={() => void outbox.refresh()}>
          {t('Refresh')}
        </button>
      }
    >
      {error ? <ErrorNote error={error} /> : null}
      {notice ? (
        <p className="pg-notice" role="status">
          {notice}
        </p>
      ) : null}
      {outbox.error ? <ErrorNote error={outbox.error} /> : null}
      {outbox.status === 'loading' && !outbox.data ? <Loading /> : null}
      {outbox.data && list.length === 0 ? <Empty>{t('The outbox is empty.')}</Empty> : null}
      {list.length ? (
        <table className="pg-table pg-table-compact" aria-label={t('Outbox messages')}>
          <TableHead
            columns={[t('Event'), t('Ticket'), t('For'), t('Channels'), t('Created'), t('State')]}
          />
          <tbody>
            {list.map((n) => {
              const state = deliveryState(n);
              const targets = [
                ...n.channels.filter((c) => c !== 'webhook'),
                ...(n.targets ?? []).map((id) => `webhook:${id}`),
              ];
              return (
                <tr key={n.id} data-state={n.delivery.state}>
                  <td>{eventLabel(n.type)}</td>
                  <td>
                    <a href={`#/ticket/${n.ticketId}`}>{n.ticketNumber}</a>
                  </td>
                  <td>{n.recipient ? nameOf(n.recipient) : t('Webhooks')}</td>
                  <td className="pg-muted">{targets.join(', ')}</td>
                  <td>
                    <time dateTime={n.at}>{formatDateTime(n.at)}</time>
                  </td>
                  <td>
                    <span className={`pg-chip pg-chip-${state.chip}`}>{state.label}</span>
                    {n.delivery.lastError ? (
                      <span className="pg-outbox-error">{n.delivery.lastError}</span>
                    ) : null}
                    {n.delivery.state === 'pending' && n.delivery.attempts > 0 ? (
                      <span className="pg-muted pg-outbox-next">
                        {t('next try {at}', { at: formatDateTime(n.delivery.nextAttemptAt) })}
                      </span>
                    ) : null}
                  </td>
                  <td className="pg-row-actions">
                    {n.delivery.state === 'dead' ? (
                      <button
                        type="button"
                        className="pg-button"
                        aria-label={t('Retry {event} of {number}', {
                          event: eventLabel(n.type),
                          number: n.ticketNumber,
                        })}
                        onClick={() => void retry(n)}
                      >
                        {t('Retry')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </Card>
  );
}
