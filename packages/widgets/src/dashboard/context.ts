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

/** Display names from the directory, fetched once per id. */
export interface NameCache {
  user(id: string): string;
  group(id: string): string;
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
  const groupNames = new Map<string, string>();
  const listeners = new Set<() => void>();
  let version = 0;
  let groupsLoaded = false;
  const changed = () => {
    version++;
    for (const l of listeners) l();
  };
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
    group(id) {
      if (!groupsLoaded) {
        groupsLoaded = true;
        dataSource.directory
          ?.list?.('group')
          .then((list) => {
            for (const g of list) groupNames.set(g.id, g.name);
            if (list.length) changed();
          })
          .catch(() => undefined);
      }
      return groupNames.get(id) ?? id;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}
