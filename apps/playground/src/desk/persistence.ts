import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { StorageAdapter } from '@deskkit/runtime';

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

/**
 * A persistence in the runtime storage's keyed documents (`getState`/`setState`, under
 * `playground:<key>`), so the server keeps settings and layouts in the same PGlite or PostgreSQL
 * database as the tickets. Writes retry when another write got in between.
 */
export function storagePersistence(storage: StorageAdapter): DeskPersistence {
  const at = (key: string) => `playground:${key}`;
  return {
    async load<T>(key: string) {
      const found = await storage.getState<{ value: T } | null>(at(key));
      return found?.value?.value ?? undefined;
    },
    async save(key, value) {
      for (;;) {
        const found = await storage.getState(at(key));
        if (await storage.setState(at(key), { value }, found?.version ?? null)) return;
      }
    },
    async remove(key) {
      for (;;) {
        const found = await storage.getState(at(key));
        if (!found || (await storage.setState(at(key), null, found.version))) return;
      }
    },
  };
}
