import type { DirectoryUser } from '@deskkit/runtime';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { DemoOrganisation } from '../demo/organisation';
import type { Desk } from './desk';
import { storageKeys, type DeskPersistence } from './persistence';

export interface DeskContextValue {
  desk: Desk;
  persistence: DeskPersistence;
  /** The user the playground acts as. */
  user: DirectoryUser;
  /** The directory as the admin last saved it. */
  organisation: DemoOrganisation;
  /** A user's display name (the id when unknown). */
  nameOf(id: string | undefined): string;
  setUser(id: string): void;
  /** Increases on every runtime event and clock move: queries re-run when it changes. */
  revision: number;
}

const Context = createContext<DeskContextValue | null>(null);

/** Provides the desk, the current user and a revision that changes with the desk's state. */
export function DeskProvider(props: {
  desk: Desk;
  persistence: DeskPersistence;
  initialUser: string;
  children: ReactNode;
}) {
  const { desk, persistence } = props;
  const [userId, setUserId] = useState(props.initialUser);
  const [revision, setRevision] = useState(0);
  useEffect(() => {
    const bump = () => setRevision((r) => r + 1);
    const offDesk = desk.subscribe(bump);
    const offClock = desk.clock.subscribe(bump);
    return () => {
      offDesk();
      offClock();
    };
  }, [desk]);
  const setUser = useCallback(
    (id: string) => {
      setUserId(id);
      void persistence.save(storageKeys.user, id);
    },
    [persistence],
  );
  const organisation = desk.settings.organisation;
  const user = organisation.users.find((u) => u.id === userId) ?? organisation.users[0]!;
  const nameOf = useMemo(() => {
    const names = new Map(organisation.users.map((u) => [u.id, u.name ?? u.id]));
    return (id: string | undefined) => (id ? (names.get(id) ?? id) : '');
  }, [organisation]);
  const value = useMemo(
    () => ({ desk, persistence, user, setUser, revision, organisation, nameOf }),
    [desk, persistence, user, setUser, revision, organisation, nameOf],
  );
  return <Context.Provider value={value}>{props.children}</Context.Provider>;
}

export function useDesk(): DeskContextValue {
  const value = useContext(Context);
  if (!value) throw new Error('useDesk() must be used inside <DeskProvider>');
  return value;
}

/** The simulated time, re-rendering when the clock moves and every 30 seconds. */
export function useNow(): Date {
  const { desk } = useDesk();
  const [now, setNow] = useState(() => desk.clock.now());
  useEffect(() => {
    const update = () => setNow(desk.clock.now());
    const off = desk.clock.subscribe(update);
    const timer = setInterval(update, 30_000);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [desk]);
  return now;
}

export type AsyncState<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T; error: Error };

/**
 * Runs an async read of the desk and re-runs it when `deps`, the user or the desk's state change.
 * Keeps the previous data while reloading so the page does not flicker, but never across a change
 * of user: what one user may see is not shown to the next while their read runs.
 */
export function useDeskQuery<T>(
  read: (ctx: DeskContextValue) => Promise<T>,
  deps: readonly unknown[],
): AsyncState<T> & { reload(): void } {
  const ctx = useDesk();
  const [state, setState] = useState<AsyncState<T> & { user: string }>({
    status: 'loading',
    user: ctx.user.id,
  });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let live = true;
    const user = ctx.user.id;
    read(ctx).then(
      (data) => live && setState({ status: 'ready', data, user }),
      (error: unknown) =>
        live &&
        setState((prev) => ({
          status: 'error',
          ...(prev.user === user && prev.data !== undefined ? { data: prev.data } : {}),
          error: error instanceof Error ? error : new Error(String(error)),
          user,
        })),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx.desk, ctx.user.id, ctx.revision, nonce, ...deps]);
  const reload = () => setNonce((n) => n + 1);
  if (state.user !== ctx.user.id) return { status: 'loading', reload };
  return { ...(state as AsyncState<T>), reload };
}
