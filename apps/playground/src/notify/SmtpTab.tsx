import { useState, type FormEvent } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { Field, issueAt, Outcome, SaveBar, TextField, useSave } from '../pages/admin/editing';
import { Card, ErrorNote, Loading } from '../ui/layout';
import type { NotifyAdminPort, SmtpSettingsView } from './notifyAdmin.types';

interface Draft {
  host: string;
  port: string;
  secure: boolean;
  user: string;
  password: string;
  from: string;
}

const draftOf = (s: SmtpSettingsView | null): Draft => ({
  host: s?.host ?? '',
  port: s ? String(s.port) : '587',
  secure: s?.secure ?? false,
  user: s?.user ?? '',
  password: '',
  from: s?.from ?? '',
});

/**
 * The SMTP server e-mails go through: host, port, TLS, account and sender. The password is sent
 * when typed and never shown again (the server answers only whether one is set); "Send test mail"
 * sends one through the saved settings.
 */
export function SmtpCard(props: { port: NotifyAdminPort }) {
  const { user } = useDesk();
  const settings = useDeskQuery(() => props.port.smtp(), [props.port]);
  const [edited, setDraft] = useState<Draft | null>(null);
  const save = useSave();
  const test = useSave();
  const [to, setTo] = useState(user.email ?? '');
  const view = settings.data ?? null;
  const draft = edited ?? draftOf(view);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run(async () => {
      await props.port.saveSmtp({
        host: draft.host.trim(),
        port: Number(draft.port),
        secure: draft.secure,
        from: draft.from.trim(),
        ...(draft.user.trim() ? { user: draft.user.trim() } : {}),
        ...(draft.password ? { password: draft.password } : {}),
      });
      await settings.refresh();
      setDraft(null);
    }, t('SMTP settings saved.'));
  };
  const reset = () => {
    if (!window.confirm(t('Forget these SMTP settings and send through the demo’s mail catcher?')))
      return;
    void save.run(async () => {
      await props.port.resetSmtp();
      await settings.refresh();
      setDraft(null);
    }, t('Back to the mail catcher.'));
  };
  const sendTest = (e: FormEvent) => {
    e.preventDefault();
    void test.run(
      async () => {
        const answer = await props.port.testSmtp(to.trim());
        if (!answer.ok)
          throw new Error(t('The test mail failed: {error}', { error: answer.error ?? '' }));
      },
      t('Test mail sent to {to}.', { to: to.trim() }),
    );
  };

  if (settings.error) return <ErrorNote error={settings.error} />;
  if (settings.status === 'loading' && settings.data === undefined) return <Loading />;
  return (
    <>
      <Card title={t('SMTP server')}>
        <p className="pg-hint">
          {view?.custom
            ? t('E-mails go through the server below.')
            : t('E-mails go to the demo’s mail catcher until you save another server.')}
        </p>
        <form className="pg-smtp-form" onSubmit={submit} aria-label={t('SMTP settings')}>
          <div className="pg-grid-2">
            <TextField
              label={t('Host')}
              issue={issueAt(save.issues, '/host')}
              value={draft.host}
              onChange={(host) => set({ host })}
            />
            <Field label={t('Port')} issue={issueAt(save.issues, '/port')}>
              {(a) => (
                <input
                  {...a}
                  className="pg-input"
                  inputMode="numeric"
                  value={draft.port}
                  onChange={(e) => set({ port: e.target.value })}
                />
              )}
            </Field>
            <TextField
              label={t('User name')}
              hint={t('Leave empty when the server needs no sign-in.')}
              issue={issueAt(save.issues, '/user')}
              value={draft.user}
              onChange={(u) => set({ user: u })}
            />
            <Field
              label={t('Password')}
              issue={issueAt(save.issues, '/password')}
              hint={
                view?.passwordSet
                  ? t('A password is saved; it is never shown. Type one to replace it.')
                  : t('Saved on the server, never shown again.')
              }
            >
              {(a) => (
                <input
                  {...a}
                  type="password"
                  autoComplete="new-password"
                  className="pg-input"
                  placeholder={view?.passwordSet ? '••••••••' : ''}
                  value={draft.password}
                  onChange={(e) => set({ password: e.target.value })}
                />
              )}
            </Field>
            <TextField
              label={t('Sender (From)')}
              hint={t('e.g. Service Desk <desk@example.com>')}
              issue={issueAt(save.issues, '/from')}
              value={draft.from}
              onChange={(from) => set({ from })}
            />
            <label className="pg-check pg-smtp-secure">
              <input
                type="checkbox"
                checked={draft.secure}
                onChange={(e) => set({ secure: e.target.checked })}
              />
              {t('TLS from the start (port 465); otherwise STARTTLS when offered')}
            </label>
          </div>
          <SaveBar save={save} label={t('Save SMTP settings')}>
            {view?.custom ? (
              <button type="button" className="pg-button pg-button-ghost" onClick={reset}>
                {t('Use the mail catcher')}
              </button>
            ) : null}
          </SaveBar>
        </form>
      </Card>
      <Card title={t('Send a test mail')}>
        <form className="pg-inline-form" onSubmit={sendTest} aria-label={t('Send a test mail')}>
          <TextField label={t('To')} value={to} onChange={setTo} />
          <button
            type="submit"
            className="pg-button pg-button-primary"
            disabled={test.busy || !to.trim()}
          >
            {test.busy ? t('Sending…') : t('Send test mail')}
          </button>
        </form>
        <Outcome error={test.error} notice={test.notice} />
      </Card>
    </>
  );
}
