import type { DeskClient, DirectoryUser } from '@deskkit/runtime';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DemoOrganisation } from '../demo/organisation';
import type { DeskSettings } from './settings';
import type { DeskSystem } from './system.types';

/** What a signed-in desk starts from: who is signed in, the settings they may read, the clock. */
export interface DeskSnapshot {
  user: DirectoryUser;
  settings: DeskSettings;
  /** How far the simulated clock runs ahead of this browser's clock (ms). */
  clockSkewMs: number;
}

export interface DeskContextValue {
  /** Tickets and work, as the signed-in user (visibility-scoped by the runtime). */
  client: DeskClient;
  /** The desk's own functions: profile, directory, clock, layouts, admin. */
  system: DeskSystem;
  /** The signed-in user. */
  user: DirectoryUser;
  /** The directory as this user may read it. */
  organisation: DemoOrganisation;
  /** The directory and calendars as this user may read them (calendars: admins only). */
  settings: DeskSettings;
  /** A user's display name (the id when unknown). */
  nameOf(id: string | undefined): string;
  /** Simulated now. */
  now(): Date;
  /** Increases on every ticket event, clock move and settings change: queries re-run. */
  revision: number;
}

const Context = createContext<DeskContextValue | null>(null);

/** Reads what a signed-in desk starts from through its system port. */
export async function loadSnapshot(system: DeskSystem): Promise<DeskSnapshot> {
  const [user, settings, clock] = await Promise.all([
    system.me(),
    system.settings(),
    system.clock(),
  ]);
  return { user, settings, clockSkewMs: Date.parse(clock.now) - Date.now() };
}

/**
 * Provides the signed-in desk: its `DeskClient` and system port, and a revision that changes with
 * every ticket event (the client's live `subscribe`), clock move and settings change, from any user.
 */
export function DeskProvider(props: {
  client: DeskClient;
  system: DeskSystem;
  initial: DeskSnapshot;
  children: ReactNode;
}) {
  const [snapshot, setSnapshot] = useState(props.initial);
  const [revision, setRevision] = useState(0);
  // The user's own writes refresh the desk at once, without waiting for their live event.
  const { client, system } = useMemo(() => {
    const bump = () => setRevision((r) => r + 1);
    const after =
      <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
      async (...args: A): Promise<R> => {
        const result = await write(...args);
        bump();
        return result;
      };
    const c = props.client;
    const a = props.system.admin;
    const listeners = new Set<Parameters<DeskClient['subscribe']>[0]>();
    const hub: { off: (() => void) | null } = { off: null };
    return {
      client: {
        actor: c.actor,
        catalog: () => c.catalog(),
        startTicket: after((input: Parameters<DeskClient['startTicket']>[0]) =>
          c.startTicket(input),
        ),
        act: after((input: Parameters<DeskClient['act']>[0]) => c.act(input)),
        relate: after((input: Parameters<DeskClient['relate']>[0]) => c.relate(input)),
        bulkAct: after((input: Parameters<DeskClient['bulkAct']>[0]) => c.bulkAct(input)),
        viewTicket: (id) => c.viewTicket(id),
        tasks: (filter) => c.tasks(filter),
        listTickets: (query) => c.listTickets(query),
        exportTickets: (input) => c.exportTickets(input),
        changeCollisions: (query) => c.changeCollisions(query),
        listViews: () => c.listViews(),
        saveView: after((view: Parameters<DeskClient['saveView']>[0]) => c.saveView(view)),
        deleteView: after((id: string) => c.deleteView(id)),
        listReportSubscriptions: (query) => c.listReportSubscriptions(query),
        saveReportSubscription: after(
          (input: Parameters<DeskClient['saveReportSubscription']>[0]) =>
            c.saveReportSubscription(input),
        ),
        deleteReportSubscription: after((id: string) => c.deleteReportSubscription(id)),
        aggregate: (query) => c.aggregate(query),
        history: (id) => c.history(id),
        subscribe: (listener) => {
          // One live stream for every widget and page: a browser holds only a few connections
          // per server, and each subscription of the HTTP client is one.
          listeners.add(listener);
          hub.off ??= c.subscribe((event) => listeners.forEach((l) => l(event)));
          return () => {
            listeners.delete(listener);
            if (listeners.size === 0) {
              hub.off?.();
              hub.off = null;
            }
          };
        },
        eventsSince: (cursor, limit) => c.eventsSince(cursor, limit),
        getDefinition: (key, version) => c.getDefinition(key, version),
        publish: after((def: Parameters<DeskClient['publish']>[0]) => c.publish(def)),
        versions: (key) => c.versions(key),
        diffVersions: (key, from, to) => c.diffVersions(key, from, to),
        studioWorkflows: () => c.studioWorkflows(),
        listDrafts: () => c.listDrafts(),
        getDraft: (key) => c.getDraft(key),
        saveDraft: after((...args: Parameters<DeskClient['saveDraft']>) => c.saveDraft(...args)),
        discardDraft: after((...args: Parameters<DeskClient['discardDraft']>) =>
          c.discardDraft(...args),
        ),
        rollback: after((key: string, version: number) => c.rollback(key, version)),
        migrateTickets: after((input: Parameters<DeskClient['migrateTickets']>[0]) =>
          c.migrateTickets(input),
        ),
        notifications: (query) => c.notifications(query),
        markNotificationsRead: (ids) => c.markNotificationsRead(ids),
        markAllNotificationsRead: () => c.markAllNotificationsRead(),
        notificationPreferences: () => c.notificationPreferences(),
        setNotificationPreferences: (prefs) => c.setNotificationPreferences(prefs),
      } satisfies DeskClient,
      system: {
        ...props.system,
        admin: {
          ...a,
          createSchedule: after(a.createSchedule),
          updateSchedule: after(a.updateSchedule),
          removeSchedule: after(a.removeSchedule),
        },
      } satisfies DeskSystem,
    };
  }, [props.client, props.system]);
  useEffect(() => {
    let live = true;
    const bump = () => setRevision((r) => r + 1);
    const offClient = client.subscribe(bump);
    const offSystem = system.subscribe((change) => {
      if (change.kind === 'clock') {
        const skew = Date.parse(change.clock.now) - Date.now();
        setSnapshot((s) => ({ ...s, clockSkewMs: skew }));
        bump();
        return;
      }
      void loadSnapshot(system).then((next) => {
        if (live) {
          setSnapshot(next);
          bump();
        }
      });
    });
    return () => {
      live = false;
      offClient();
      offSystem();
    };
  }, [client, system]);
  const { user, settings, clockSkewMs } = snapshot;
  const organisation = settings.organisation;
  const nameOf = useMemo(() => {
    const names = new Map(organisation.users.map((u) => [u.id, u.name ?? u.id]));
    return (id: string | undefined) => (id ? (names.get(id) ?? id) : '');
  }, [organisation]);
  const value = useMemo(
    (): DeskContextValue => ({
      client,
      system,
      user,
      organisation,
      settings,
      nameOf,
      now: () => new Date(Date.now() + clockSkewMs),
      revision,
    }),
    [client, system, user, organisation, settings, nameOf, clockSkewMs, revision],
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
  const { now } = useDesk();
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now();
}

export type AsyncState<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'error'; data?: T; error: Error };

/**
 * Runs an async read of the desk and re-runs it when `deps` or the desk's state change. Keeps the
 * previous data while reloading so the page does not flicker.
 */
export function useDeskQuery<T>(
  read: (ctx: DeskContextValue) => Promise<T>,
  deps: readonly unknown[],
): AsyncState<T> & { reload(): void; refresh(): Promise<void> } {
  const ctx = useDesk();
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    let live = true;
    read(ctx).then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) =>
        live &&
        setState((prev) => ({
          status: 'error',
          ...(prev.data !== undefined ? { data: prev.data } : {}),
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ctx.client, ctx.revision, nonce, ...deps]);
  const reload = () => setNonce((n) => n + 1);
  /** Reads again now; resolves once the new data is shown (e.g. before saying "done"). */
  const refresh = async () => {
    const data = await read(ctx);
    setState({ status: 'ready', data });
  };
  return { ...state, reload, refresh };
}
