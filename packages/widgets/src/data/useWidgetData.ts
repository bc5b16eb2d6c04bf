import { useCallback, useEffect, useState } from 'react';
import type { DashboardDataSource, DataRequests } from './dataSource.types';
import { fetchRequests } from './fetchRequest';

/** Loading state of one widget's data. */
export interface WidgetDataState {
  status: 'loading' | 'ready' | 'error';
  data?: Record<string, unknown>;
  error?: Error;
  /** When the data shown was loaded. */
  loadedAt?: Date;
  /** A reload is running while older data is still shown. */
  refreshing: boolean;
}

interface Answer {
  /** The requests and reload count this answer is for. */
  token: string;
  data?: Record<string, unknown>;
  error?: Error;
  loadedAt?: Date;
}

/**
 * Loads a widget's requests, again whenever they change, every `refreshSeconds`, on `reload()`, and
 * shortly after the data source reports a ticket change. Answers to outdated requests are dropped;
 * older data stays on screen (`refreshing`) while newer data loads.
 */
export function useWidgetData(
  dataSource: DashboardDataSource,
  requests: DataRequests | null,
  refreshSeconds: number | undefined,
): WidgetDataState & { reload(): void } {
  const [answer, setAnswer] = useState<Answer>({ token: '' });
  const [tick, setTick] = useState(0);
  const key = requests ? JSON.stringify(requests) : '';
  const token = `${tick}#${key}`;
  const reload = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    // Requests are JSON: the key is both the effect's dependency and the requests themselves.
    if (!key) return;
    const current = JSON.parse(key) as DataRequests;
    const mine = `${tick}#${key}`;
    let live = true;
    fetchRequests(dataSource, current).then(
      (data) => {
        if (live) setAnswer({ token: mine, data, loadedAt: new Date() });
      },
      (error: unknown) => {
        if (live)
          setAnswer({
            token: mine,
            error: error instanceof Error ? error : new Error(String(error)),
          });
      },
    );
    return () => {
      live = false;
    };
  }, [dataSource, key, tick]);

  useEffect(() => {
    if (!refreshSeconds || refreshSeconds <= 0) return;
    const id = setInterval(reload, refreshSeconds * 1000);
    return () => clearInterval(id);
  }, [refreshSeconds, reload]);

  useEffect(() => {
    if (!dataSource.subscribe) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = dataSource.subscribe(() => {
      clearTimeout(timer);
      // Bursts of events (one command appends several) reload once.
      timer = setTimeout(reload, 400);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [dataSource, reload]);

  const pending = answer.token !== token;
  if (answer.error && !pending)
    return { status: 'error', error: answer.error, refreshing: false, reload };
  if (answer.data) {
    return {
      status: 'ready',
      data: answer.data,
      loadedAt: answer.loadedAt,
      refreshing: pending,
      reload,
    };
  }
  return { status: 'loading', refreshing: false, reload };
}
