import type { HistoryEvent, Ticket, Timer, WorkItem } from '../../model/ticket.types';
import type { DefinitionRecord, DraftRecord, FeedPage, StorageAdapter } from '../storage.types';
import type { NotificationRowSnapshot } from './notifications';

/**
 * Everything a memory adapter holds, as plain JSON: save it anywhere (IndexedDB, a file) and hand
 * it back to `memoryStorage({ snapshot })` or `importSnapshot` to continue where it stopped.
 */
export interface MemorySnapshot {
  format: 'deskkit-memory';
  version: 1;
  definitions: DefinitionRecord[];
  tickets: Ticket[];
  history: HistoryEvent[];
  workItems: WorkItem[];
  timers: Array<{ timer: Timer; owner?: string; leaseUntil?: string }>;
  counters: Record<string, number>;
  state: Record<string, { value: unknown; version: number }>;
  /** Applied request ids and the tickets each wrote (idempotency survives a reload). */
  requests: Record<string, string[]>;
  /** Unpublished drafts, one per workflow key (absent in snapshots written before drafts). */
  drafts?: DraftRecord[];
  /** The notification outbox (absent in snapshots written before it existed). */
  notifications?: NotificationRowSnapshot[];
}

/** What changed in a memory adapter; `onChange` receives one per mutating call. */
export type MemoryChange =
  | { kind: 'definition'; key: string; version: number }
  | { kind: 'commit'; ticketIds: string[] }
  | { kind: 'sequence'; name: string }
  | { kind: 'timers' }
  | { kind: 'state'; key: string }
  | { kind: 'draft'; key: string }
  | { kind: 'notifications' }
  | { kind: 'import' };

export interface MemoryStorageOptions {
  /** Start from this snapshot (from `exportSnapshot()`), e.g. loaded from IndexedDB. */
  snapshot?: MemorySnapshot;
  /**
   * Called synchronously after every change is applied. A host that persists the adapter debounces
   * this and saves `exportSnapshot()`; the listener must not throw (errors are ignored).
   */
  onChange?: (change: MemoryChange) => void;
  /** The store's own clock (ms), on which timer leases run; `Date.now` by default. */
  clock?: () => number;
}

/** The in-memory adapter, plus snapshot export and import. */
export interface MemoryStorage extends StorageAdapter {
  saveDraft(draft: DraftRecord, expectedRevision: number | null): Promise<boolean>;
  getDraft(key: string): Promise<DraftRecord | null>;
  listDrafts(): Promise<DraftRecord[]>;
  deleteDraft(key: string, expectedRevision?: number): Promise<boolean>;
  readEvents(after: string | null, limit: number): Promise<FeedPage>;
  eventsHead(): Promise<string>;
  /** A deep copy of everything stored, as JSON-serialisable data. */
  exportSnapshot(): MemorySnapshot;
  /** Replaces everything stored with a snapshot's content. */
  importSnapshot(snapshot: MemorySnapshot): void;
}
