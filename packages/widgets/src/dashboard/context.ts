import type { TicketQuery } from '@deskkit/runtime';
import { createContext, useContext } from 'react';
import type { DashboardDataSource } from '../data/dataSource.types';
import type { T } from '../i18n/messages';
import type { WidgetRegistry } from '../registry/registry';
import type { TicketLink } from '../registry/widget.types';
import type { WidgetExportFile } from './exportTable';

/** What every widget frame of one dashboard shares. */
export interface DashboardContextValue {
  t: T;
  dataSource: DashboardDataSource;
  registry: WidgetRegistry;
  user: string;
  onOpenTicket?: (ticket: TicketLink) => void;
  onOpenTicketList?: (query: TicketQuery, label: string) => void;
  ticketHref?: (ticket: TicketLink) => string | undefined;
  ticketListHref?: (query: TicketQuery) => string | undefined;
  names: NameCache;
  /** Receives exported files; the browser downloads them when absent. */
  onExport?: (file: WidgetExportFile) => void;
}

/** Display names from the directory and the workflows, fetched once. */
export interface NameCache {
  user(id: string): string;
  group(id: string): string;
  department(id: string): string;
  workflow(key: string): string;
  subscribe(listener: () => void): () => void;
  version(): number;
}

export const DashboardContext = createContext<DashboardContextValue | null>(null);

export function useDashboardContext(): DashboardContextValue {
  const value = useContext(DashboardContext);
  if (!value) throw new Error('Widgets render inside <Dashboard> or <WidgetPreview>.');
  return value;
}

/** Caches directory names; a lookup of an unknown id starts a fetch and returns the id meanwhile. */
export function createNameCache(dataSource: DashboardDataSource): NameCache {
  const users = new Map<string, string>();
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };
  /** A whole list of names, loaded on the first lookup; the id stands in meanwhile. */
  const listed = (load: () => Promise<Array<{ id: string; name: string }>> | undefined) => {
    const names = new Map<string, string>();
    let loaded = false;
    return (id: string): string => {
      if (!loaded) {
        loaded = true;
        load()
          ?.then((list) => {
            for (const e of list) names.set(e.id, e.name);
            if (list.length) changed();
          })
          .catch(() => undefined);
      }
      return names.get(id) ?? id;
    };
  };
  const group = listed(() => dataSource.directory?.list?.('group'));
  const department = listed(() => dataSource.directory?.list?.('department'));
  const workflow = listed(() =>
    dataSource.workflows?.().then((list) => list.map((w) => ({ id: w.key, name: w.name }))),
  );
  return {
    user(id) {
      const known = users.get(id);
      if (known !== undefined) return known;
      users.set(id, id);
      dataSource.directory
        ?.getUser(id)
        .then((u) => {
          if (u?.name && u.name !== id) {
            users.set(id, u.name);
            changed();
          }
        })
        .catch(() => undefined);
      return id;
    },
    group,
    department,
    workflow,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
