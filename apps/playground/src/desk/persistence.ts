import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** Where the playground keeps its state between reloads: one IndexedDB object store. */
export interface DeskPersistence {
  load<T>(key: string): Promise<T | undefined>;
  save<T>(key: string, value: T): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Keys the playground persists. */
export const storageKeys = {
  snapshot: 'runtime-snapshot',
  clock: 'clock-offset',
  /** The directory and calendars the Admin page edits. */
  settings: 'desk-settings',
  user: 'current-user',
  layout: (user: string) => `overview-layout:${user}`,
} as const;

/** IndexedDB through idb-keyval (one database `deskkit-playground`, one store `state`). */
export function indexedDbPersistence(): DeskPersistence {
  const store: UseStore = createStore('deskkit-playground', 'state');
  return {
    load: (key) => get(key, store),
    save: (key, value) => set(key, value, store),
    remove: (key) => del(key, store),
  };
}

/** A persistence kept in a Map: for tests and for browsers without IndexedDB. */
export function memoryPersistence(): DeskPersistence {
  const map = new Map<string, unknown>();
  return {
    load: async <T>(key: string) => map.get(key) as T | undefined,
    save: async (key, value) => void map.set(key, structuredClone(value)),
    remove: async (key) => void map.delete(key),
  };
}
