import { useEffect, useId, useState } from 'react';
import type { DemoLogin, DeskLogin } from '../desk/system.types';
import { t } from '../i18n';
import { useDescribeError } from '../ui/errors';
import { initials } from '../ui/initials';

/**
 * The desk's sign-in page: a password-less demo login. Pick one of the demo people (the personas
 * first, everyone else in the list); the desk then shows and allows what that person may.
 */
export function SignInPage(props: { login: DeskLogin; onSignedIn(): void }) {
  const [people, setPeople] = useState<DemoLogin[] | null>(null);
  const [chosen, setChosen] = useState('');
  const describe = useDescribeError();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const selectId = useId();
  const noteId = useId();
  useEffect(() => {
    let live = true;
    props.login.demoUsers().then(
      (list) => live && setPeople(list),
      (e: unknown) => live && setError(describe(e).text),
    );
    return () => {
      live = false;
    };
  }, [props.login, describe]);
  const personas = (people ?? []).filter((p) => p.part);
  const others = (people ?? []).filter((p) => !p.part);
  const who = people?.find((p) => p.id === chosen);

  const submit = async () => {
    if (!chosen) return setError(t('Choose who you want to sign in as.'));
    setBusy(true);
    setError('');
    try {
      await props.login.signIn(chosen);
      props.onSignedIn();
    } catch (e) {
      setError(describe(e).text);
      setBusy(false);
    }
  };

  return (
    <main className="pg-signin" aria-labelledby="pg-signin-title">
      <div className="pg-signin-card">
        <div className="pg-brand pg-signin-brand">
          <span className="pg-logo" aria-hidden="true">
            ◆
          </span>
          Deskkit <span className="pg-subtitle">{t('Service desk')}</span>
        </div>
        <h1 id="pg-signin-title">{t('Sign in')}</h1>
        <p className="pg-signin-demo" id={noteId}>
          <strong>{t('Demo login, no password.')}</strong>{' '}
          {t(
            'Pick a person of the demo organisation: the desk shows and allows exactly what they may, checked by the server.',
          )}
        </p>
        <form
          aria-label={t('Sign in')}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {personas.length ? (
            <fieldset className="pg-signin-personas">
              <legend>{t('Demo people')}</legend>
              <ul>
                {personas.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="pg-persona"
                      aria-pressed={chosen === p.id}
                      onClick={() => setChosen(p.id)}
                    >
                      <span className="pg-avatar" aria-hidden="true">
                        {initials(p.name)}
                      </span>
                      <span className="pg-persona-text">
                        <strong>{p.name}</strong>
                        <span>{t(p.part ?? '')}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          <div className="pg-field">
            <label htmlFor={selectId}>{t('Demo account')}</label>
            <select
              id={selectId}
              className="pg-input"
              value={chosen}
              aria-describedby={noteId}
              onChange={(e) => setChosen(e.target.value)}
            >
              <option value="">{t('Choose a person…')}</option>
              {personas.length ? (
                <optgroup label={t('Demo people')}>
                  {personas.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} — {t(p.part ?? '')}
                    </option>
                  ))}
                </optgroup>
              ) : null}
              {others.length ? (
                <optgroup label={t('Everyone else')}>
                  {others.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </optgroup>
              ) : null}
            </select>
          </div>
          {error ? (
            <p className="pg-error" role="alert">
              {error}
            </p>
          ) : null}
          <button
            type="submit"
            className="pg-button pg-button-primary pg-signin-submit"
            disabled={busy || people === null}
          >
            {who ? t('Sign in as {name}', { name: who.name }) : t('Sign in')}
          </button>
        </form>
      </div>
    </main>
  );
}
