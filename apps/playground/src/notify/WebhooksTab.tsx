import type { NotificationType } from '@deskkit/runtime';
import { NOTIFICATION_TYPES } from '@deskkit/runtime/notify';
import { useState, type FormEvent } from 'react';
import { useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { Field, issueAt, SaveBar, TextField, useSave } from '../pages/admin/editing';
import { formatDateTime } from '../ui/chips';
import { ErrorText } from '../ui/errors';
import { Card, Empty, ErrorNote, Loading, TableHead } from '../ui/layout';
import { eventLabel } from './eventLabels';
import type { NotifyAdminPort, WebhookEndpointView, WebhookInput } from './notifyAdmin.types';

type Events = WebhookInput['events'];

interface Draft {
  id: string;
  url: string;
  description: string;
  events: Events;
  enabled: boolean;
  /** Editing an existing endpoint (its id is fixed). */
  existing: boolean;
}

const blank: Draft = {
  id: '',
  url: '',
  description: '',
  events: ['*'],
  enabled: true,
  existing: false,
};

const draftOf = (e: WebhookEndpointView): Draft => ({
  id: e.id,
  url: e.url,
  description: e.description ?? '',
  events: [...e.events],
  enabled: e.enabled !== false,
  existing: true,
});

/** The secret of an endpoint, shown once after it is made or rotated. */
function SecretOnce(props: { id: string; secret: string; onDone(): void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="pg-secret" role="status">
      <strong>{t('Signing secret of {id}', { id: props.id })}</strong>
      <p>
        {t(
          'Copy it now into the receiver: it is shown only this once. Receivers verify each webhook-signature with it (Standard Webhooks).',
        )}
      </p>
      <div className="pg-secret-row">
        <code aria-label={t('Signing secret')}>{props.secret}</code>
        <button
          type="button"
          className="pg-button"
          onClick={() =>
            void navigator.clipboard?.writeText(props.secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t('Copied') : t('Copy')}
        </button>
        <button type="button" className="pg-button pg-button-ghost" onClick={props.onDone}>
          {t('Done')}
        </button>
      </div>
    </div>
  );
}

/** Each delivery attempt to one endpoint, newest first: when, what, the answer, the next try. */
export function WebhookLog(props: { port: NotifyAdminPort; id: string; revision: number }) {
  const log = useDeskQuery(
    () => props.port.webhookLog(props.id),
    [props.port, props.id, props.revision],
  );
  if (log.error) return <ErrorNote error={log.error} />;
  if (!log.data) return <Loading />;
  if (!log.data.length) return <Empty>{t('Nothing was sent to this endpoint yet.')}</Empty>;
  return (
    <table
      className="pg-table pg-table-compact"
      aria-label={t('Delivery log of {id}', { id: props.id })}
    >
      <thead>
        <tr>
          <th scope="col">{t('Attempt')}</th>
          <th scope="col">{t('Event')}</th>
          <th scope="col">{t('Status')}</th>
          <th scope="col">{t('Error')}</th>
          <th scope="col">{t('Next retry')}</th>
          <th scope="col">{t('Took')}</th>
        </tr>
      </thead>
      <tbody>
        {log.data.map((e, i) => (
          <tr key={`${e.messageId}-${e.at}-${i}`}>
            <td>
              <time dateTime={e.at}>{formatDateTime(e.at)}</time>
            </td>
            <td>
              <code>{e.type}</code>
            </td>
            <td>
              <span className={`pg-chip pg-chip-${e.ok ? 'resolved' : 'rejected'}`}>
                {e.status ?? t('no answer')}
              </span>
            </td>
            <td className="pg-muted">{e.error ?? ''}</td>
            <td>
              {e.dead ? t('none: dead letter') : e.nextRetryAt ? formatDateTime(e.nextRetryAt) : ''}
            </td>
            <td className="pg-muted">{`${e.durationMs} ms`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EventsPicker(props: { value: Events; onChange(next: Events): void }) {
  const all = props.value.includes('*');
  const toggle = (type: NotificationType, on: boolean) => {
    const current = props.value.filter((e): e is NotificationType => e !== '*');
    props.onChange(on ? [...current, type] : current.filter((e) => e !== type));
  };
  return (
    <fieldset className="pg-events">
      <legend>{t('Events')}</legend>
      <label className="pg-check">
        <input
          type="checkbox"
          checked={all}
          onChange={(e) => props.onChange(e.target.checked ? ['*'] : [])}
        />
        {eventLabel('*')}
      </label>
      {NOTIFICATION_TYPES.map((type) => (
        <label key={type} className="pg-check">
          <input
            type="checkbox"
            disabled={all}
            checked={all || props.value.includes(type)}
            onChange={(e) => toggle(type, e.target.checked)}
          />
          {eventLabel(type)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Outbound webhook endpoints: add, edit, remove (asks first), rotate the secret (asks first; the
 * new one is shown once), send a signed test, and read each endpoint's delivery log.
 */
export function WebhooksCard(props: { port: NotifyAdminPort }) {
  const { port } = props;
  const endpoints = useDeskQuery(() => port.webhooks(), [port]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [secret, setSecret] = useState<{ id: string; secret: string } | null>(null);
  const [logOf, setLogOf] = useState<string | null>(null);
  const [logRevision, setLogRevision] = useState(0);
  const save = useSave();
  const action = useSave();
  const list = endpoints.data ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    void save.run(async () => {
      const saved = await port.saveWebhook({
        id: draft.id.trim(),
        url: draft.url.trim(),
        events: draft.events,
        enabled: draft.enabled,
        ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
      });
      if ('secret' in saved) setSecret({ id: saved.id, secret: saved.secret });
      setDraft(null);
      await endpoints.refresh();
    }, t('Endpoint saved.'));
  };
  const test = (id: string) =>
    void action.run(
      async () => {
        const entry = await port.testWebhook(id);
        setLogOf(id);
        setLogRevision((r) => r + 1);
        if (!entry.ok)
          throw new Error(
            t('The test to {id} failed: {error}', {
              id,
              error: entry.error ?? String(entry.status),
            }),
          );
      },
      t('Test sent to {id}: the receiver answered.', { id }),
    );
  const rotate = (id: string) => {
    if (
      !window.confirm(
        t(
          'Make a new secret for {id}? The receiver must get it: the old one stops working at once.',
          { id },
        ),
      )
    )
      return;
    void action.run(
      async () => {
        const { secret: next } = await port.rotateWebhook(id);
        setSecret({ id, secret: next });
        await endpoints.refresh();
      },
      t('New secret made for {id}.', { id }),
    );
  };
  const remove = (id: string) => {
    if (!window.confirm(t('Remove the endpoint {id}? It receives nothing more.', { id }))) return;
    void action.run(
      async () => {
        await port.removeWebhook(id);
        if (logOf === id) setLogOf(null);
        await endpoints.refresh();
      },
      t('Endpoint {id} removed.', { id }),
    );
  };

  return (
    <>
      {secret ? <SecretOnce {...secret} onDone={() => setSecret(null)} /> : null}
      <Card
        title={t('Webhook endpoints')}
        actions={
          <button
            type="button"
            className="pg-button pg-button-primary"
            onClick={() => {
              save.clear();
              setDraft({ ...blank });
            }}
          >
            {t('Add endpoint')}
          </button>
        }
      >
        <p className="pg-hint">
          {t(
            'Each endpoint receives the events it asks for as signed POSTs (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature).',
          )}
        </p>
        {endpoints.error ? <ErrorNote error={endpoints.error} /> : null}
        {action.error ? (
          <div className="pg-error" role="alert">
            <ErrorText error={action.error} />
          </div>
        ) : action.notice ? (
          <p className="pg-notice" role="status">
            {action.notice}
          </p>
        ) : null}
        {endpoints.data && list.length === 0 && !draft ? (
          <Empty>{t('No endpoint yet: add one to send events to another system.')}</Empty>
        ) : null}
        {list.length ? (
          <table className="pg-table" aria-label={t('Webhook endpoints')}>
            <TableHead columns={[t('Endpoint'), t('Events'), t('Secret')]} />
            <tbody>
              {list.map((e) => (
                <tr key={e.id} aria-current={logOf === e.id ? 'true' : undefined}>
                  <td>
                    <div className="pg-endpoint">
                      <strong>{e.id}</strong>
                      {e.enabled === false ? <span className="pg-tag">{t('off')}</span> : null}
                    </div>
                    <div className="pg-mono pg-endpoint-url">{e.url}</div>
                    {e.description ? <div className="pg-muted">{e.description}</div> : null}
                  </td>
                  <td className="pg-endpoint-events">
                    {e.events.map((x) => eventLabel(x)).join(', ')}
                  </td>
                  <td>
                    <code>{e.secretHint}</code>
                  </td>
                  <td className="pg-row-actions">
                    <button type="button" className="pg-button" onClick={() => test(e.id)}>
                      {t('Send test')}
                    </button>
                    <button
                      type="button"
                      className="pg-button"
                      aria-pressed={logOf === e.id}
                      onClick={() => setLogOf(logOf === e.id ? null : e.id)}
                    >
                      {t('Log')}
                    </button>
                    <button
                      type="button"
                      className="pg-button pg-button-ghost"
                      aria-label={t('Edit {id}', { id: e.id })}
                      onClick={() => {
                        save.clear();
                        setDraft(draftOf(e));
                      }}
                    >
                      {t('Edit')}
                    </button>
                    <button
                      type="button"
                      className="pg-button pg-button-ghost"
                      aria-label={t('Rotate secret of {id}', { id: e.id })}
                      onClick={() => rotate(e.id)}
                    >
                      {t('Rotate secret')}
                    </button>
                    <button
                      type="button"
                      className="pg-button pg-button-danger"
                      aria-label={t('Remove {id}', { id: e.id })}
                      onClick={() => remove(e.id)}
                    >
                      {t('Remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {endpoints.status === 'loading' && !endpoints.data ? <Loading /> : null}
      </Card>
      {draft ? (
        <Card title={draft.existing ? t('Edit {id}', { id: draft.id }) : t('New endpoint')}>
          <form className="pg-webhook-form" onSubmit={submit} aria-label={t('Webhook endpoint')}>
            <div className="pg-grid-2">
              <Field
                label={t('Name (id)')}
                hint={t('Letters, digits, - and _.')}
                issue={issueAt(save.issues, '/id')}
              >
                {(a) => (
                  <input
                    {...a}
                    className="pg-input"
                    value={draft.id}
                    readOnly={draft.existing}
                    onChange={(e) => setDraft({ ...draft, id: e.target.value })}
                  />
                )}
              </Field>
              <TextField
                label={t('URL')}
                hint={t('https://… — receives a POST per event')}
                issue={issueAt(save.issues, '/url')}
                value={draft.url}
                onChange={(url) => setDraft({ ...draft, url })}
              />
              <TextField
                label={t('Description')}
                value={draft.description}
                onChange={(description) => setDraft({ ...draft, description })}
              />
              <label className="pg-check">
                <input
                  type="checkbox"
                  checked={draft.enabled}
                  onChange={(e) => setDraft({ ...draft, enabled: e.target.checked })}
                />
                {t('Enabled')}
              </label>
            </div>
            <EventsPicker
              value={draft.events}
              onChange={(events) => setDraft({ ...draft, events })}
            />
            <SaveBar save={save} label={draft.existing ? t('Save endpoint') : t('Create endpoint')}>
              <button
                type="button"
                className="pg-button pg-button-ghost"
                onClick={() => setDraft(null)}
              >
                {t('Cancel')}
              </button>
            </SaveBar>
          </form>
        </Card>
      ) : null}
      {logOf ? (
        <Card title={t('Delivery log of {id}', { id: logOf })}>
          <WebhookLog port={port} id={logOf} revision={logRevision} />
        </Card>
      ) : null}
    </>
  );
}
