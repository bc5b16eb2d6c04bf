import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SignInPage } from '../shell/SignInPage';
import { t } from '../i18n';
import { ErrorText, useDescribeError } from '../ui/errors';
import { DeskProvider, loadSnapshot, type DeskSnapshot } from './DeskContext';
import type { DeskHost, DeskPorts } from './host';

type State =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; ports: DeskPorts; snapshot: DeskSnapshot; key: number }
  | { status: 'error'; error: Error };

/**
 * The desk on a host: the sign-in page while nobody is signed in, then `children` inside the
 * signed-in user's `DeskProvider`. Signing out (the port's `signOut`) comes back here.
 */
export function DeskRoot(props: { host: DeskHost; children: ReactNode }) {
  const { host } = props;
  const describe = useDescribeError();
  const [state, setState] = useState<State>({ status: 'loading' });
  // Bumped by signing in: connect again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const connect = async (): Promise<State> => {
      const ports = await host.connect();
      if (!ports) return { status: 'signed-out' };
      const snapshot = await loadSnapshot(ports.system);
      return { status: 'signed-in', ports, snapshot, key: Date.now() };
    };
    connect().then(
      (next) => live && setState(next),
      (e: unknown) =>
        live && setState({ status: 'error', error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      live = false;
    };
  }, [host, attempt]);
  const refresh = useCallback(() => setAttempt((n) => n + 1), []);
  const ports = state.status === 'signed-in' ? state.ports : null;
  // Signing out comes back to the sign-in page.
  const system = useMemo(
    () =>
      ports && {
        ...ports.system,
        async signOut() {
          await ports.system.signOut();
          setState({ status: 'signed-out' });
        },
      },
    [ports],
  );

  if (state.status === 'loading') return <p className="pg-loading">{t('Loading…')}</p>;
  if (state.status === 'error')
    return (
      <div className="pg-boot-error" role="alert">
        <h1>{t('The service desk could not start')}</h1>
        <div>
          <ErrorText error={describe(state.error)} />
        </div>
      </div>
    );
  if (state.status === 'signed-out') return <SignInPage login={host.login} onSignedIn={refresh} />;
  return (
    <DeskProvider
      key={state.key}
      client={state.ports.client}
      system={system ?? state.ports.system}
      initial={state.snapshot}
    >
      {props.children}
    </DeskProvider>
  );
}
