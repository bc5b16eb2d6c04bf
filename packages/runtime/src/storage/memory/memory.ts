import type { HistoryEvent, Ticket, Timer } from '../../model/ticket.types';
import { ConflictError, DeskkitError, ValidationError } from '../../errors/errors';
import { aggregateInMemory } from '../../query/aggregate';
import { inScope, matchesTicketQuery } from '../../query/match';
import { eventWords, searchTerms, ticketWords, wordsMatch } from '../../query/search';
import type {
  SearchSplit,
  TicketPage,
  TicketQuery,
  TicketScope,
  WorkItemQuery,
} from '../../query/query.types';
import {
  DEFAULT_SORT,
  compareSortKeys,
  decodeCursor,
  encodeCursor,
  sortKeyOf,
} from '../../query/sort';
import { cloneJson } from '../clone';
import type {
  Commit,
  CommitResult,
  DefinitionRecord,
  DraftRecord,
  FeedPage,
  TimerLease,
} from '../storage.types';
import { WorkItemIndex } from './workItems';
import { MemoryNotifications } from './notifications';
import type {
  MemoryChange,
  MemorySnapshot,
  MemoryStorage,
  MemoryStorageOptions,
} from './memory.types';

interface TimerRow {
  timer: Timer;
  due: number;
  owner?: string;
  leaseUntil?: number;
}

const MAX_PAGE = 1000;
const DEFAULT_PAGE = 50;

/**
 * The in-memory storage adapter: the default of `createRuntime`, zero setup. Commits are atomic
 * (every expected version is checked before anything is written), retried request ids are applied
 * once, timers are leased, and everything is deep-copied on the way in and out.
 *
 * @example
 * ```ts
 * const storage = memoryStorage({
 *   snapshot: await loadFromIndexedDb(),           // optional: continue from a saved state
 *   onChange: () => scheduleSave(() => storage.exportSnapshot()),
 * });
 * const runtime = createRuntime({ storage });
 * ```
 */
export function memoryStorage(options: MemoryStorageOptions = {}): MemoryStorage {
  const definitions = new Map<string, DefinitionRecord[]>();
  const tickets = new Map<string, Ticket>();
  const byNumber = new Map<string, string>();
  const history = new Map<string, HistoryEvent[]>();
  /** Every stored event in commit order (the same objects as `history`): position = index + 1. */
  const feed: HistoryEvent[] = [];
  const items = new WorkItemIndex();
  const timers = new Map<string, TimerRow>();
  const counters = new Map<string, number>();
  const state = new Map<string, { value: unknown; version: number }>();
  const requests = new Map<string, string[]>();
  const drafts = new Map<string, DraftRecord>();
  const notifications = new MemoryNotifications(options.clock ?? Date.now);

  const changed = (change: MemoryChange): void => {
    if (!options.onChange) return;
    try {
      options.onChange(change);
    } catch {
      // A persistence listener must not break the command that was just committed.
    }
  };

  function putTimer(timer: Timer): void {
    const due = Date.parse(timer.dueAt);
    if (Number.isNaN(due)) {
      throw new DeskkitError(
        'STORAGE_FAILED',
        `Timer "${timer.id}" has dueAt "${timer.dueAt}", which is not an ISO date-time.`,
      );
    }
    timers.set(timer.id, { timer: cloneJson(timer), due });
  }

  function clear(): void {
    definitions.clear();
    tickets.clear();
    byNumber.clear();
    history.clear();
    feed.length = 0;
    items.clear();
    timers.clear();
    counters.clear();
    state.clear();
    requests.clear();
    drafts.clear();
    notifications.clear();
  }

  function load(s: MemorySnapshot): void {
    if (s?.format !== 'deskkit-memory' || s.version !== 1) {
      throw new DeskkitError(
        'STORAGE_FAILED',
        'This is not a Deskkit memory snapshot (expected format "deskkit-memory", version 1).',
      );
    }
    clear();
    for (const d of s.definitions) {
      const list = definitions.get(d.key) ?? [];
      list.push(cloneJson(d));
      list.sort((a, b) => a.version - b.version);
      definitions.set(d.key, list);
    }
    for (const t of s.tickets) {
      tickets.set(t.id, cloneJson(t));
      byNumber.set(t.number, t.id);
    }
    for (const e of s.history) {
      const list = history.get(e.ticketId) ?? [];
      list.push(cloneJson(e));
      history.set(e.ticketId, list);
    }
    for (const list of history.values()) list.sort((a, b) => a.seq - b.seq);
    // A snapshot keeps no positions: the feed restarts, in time order.
    feed.push(
      ...[...history.values()].flat().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
    );
    for (const w of s.workItems) items.put(cloneJson(w));
    for (const row of s.timers) {
      putTimer(row.timer);
      const r = timers.get(row.timer.id);
      if (r && row.owner && row.leaseUntil) {
        r.owner = row.owner;
        r.leaseUntil = Date.parse(row.leaseUntil);
      }
    }
    for (const [k, v] of Object.entries(s.counters)) counters.set(k, v);
    for (const [k, v] of Object.entries(s.state)) state.set(k, cloneJson(v));
    for (const [k, v] of Object.entries(s.requests)) requests.set(k, [...v]);
    for (const d of s.drafts ?? []) drafts.set(d.key, cloneJson(d));
    notifications.import(s.notifications);
  }

  if (options.snapshot) load(options.snapshot);

  /** Whether a ticket's fields and comments hold every search term (see `query/search.ts`). */
  function searched(t: Ticket, terms: string[]): boolean {
    if (!terms.length) return true;
    return wordsMatch([...ticketWords(t), ...eventWords(history.get(t.id) ?? [])], terms);
  }

  /** Whether a search match is in the part of the matches `split` keeps. */
  function inSplit(t: Ticket, terms: string[], split: SearchSplit | undefined): boolean {
    if (!split || !terms.length) return true;
    const byFields =
      split.versions.some((v) => v.key === t.workflow.key && v.version === t.workflow.version) &&
      wordsMatch(ticketWords(t), terms);
    return byFields === (split.take === 'fields');
  }

  function page(query: TicketQuery, scope?: TicketScope, split?: SearchSplit): TicketPage {
    const sort = query.sort ?? DEFAULT_SORT;
    const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_PAGE, MAX_PAGE));
    const matches: Ticket[] = [];
    const terms = searchTerms(query.search);
    for (const t of tickets.values())
      if (
        inScope(t, scope) &&
        matchesTicketQuery(t, query) &&
        searched(t, terms) &&
        inSplit(t, terms, split)
      )
        matches.push(t);
    const keyed = matches.map((t) => ({ t, key: sortKeyOf(t, sort.field) }));
    keyed.sort((a, b) => compareSortKeys(a.key, b.key, sort.direction));
    let start = 0;
    if (query.after) {
      const after = decodeCursor(query.after);
      start = keyed.findIndex((k) => compareSortKeys(k.key, after, sort.direction) > 0);
      if (start < 0) start = keyed.length;
    }
    const slice = keyed.slice(start, start + limit);
    const last = slice[slice.length - 1];
    const result: TicketPage = {
      tickets: slice.map((k) => cloneJson(k.t)),
      total: matches.length,
    };
    if (last && start + limit < keyed.length) result.next = encodeCursor(last.key);
    return result;
  }

  const adapter: MemoryStorage = {
    async saveDefinition(record) {
      const list = definitions.get(record.key) ?? [];
      if (list.some((r) => r.version === record.version)) {
        throw new ConflictError(
          `Workflow "${record.key}" already has a version ${record.version}; versions are immutable, publish a new one.`,
        );
      }
      list.push(cloneJson(record));
      list.sort((a, b) => a.version - b.version);
      definitions.set(record.key, list);
      changed({ kind: 'definition', key: record.key, version: record.version });
    },
    async getDefinition(key, version) {
      const list = definitions.get(key);
      if (!list?.length) return null;
      const rec =
        version === undefined ? list[list.length - 1] : list.find((r) => r.version === version);
      return rec ? cloneJson(rec) : null;
    },
    async latestDefinitionVersion(key) {
      const list = definitions.get(key);
      return list?.length ? list[list.length - 1]!.version : null;
    },
    async listDefinitions() {
      const out: DefinitionRecord[] = [];
      for (const list of definitions.values()) {
        const last = list[list.length - 1];
        if (last) out.push(cloneJson(last));
      }
      return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    async listDefinitionVersions(key) {
      return cloneJson(definitions.get(key) ?? []);
    },
    async saveDraft(draft, expectedRevision) {
      if ((drafts.get(draft.key)?.revision ?? null) !== expectedRevision) return false;
      drafts.set(draft.key, cloneJson(draft));
      changed({ kind: 'draft', key: draft.key });
      return true;
    },
    async getDraft(key) {
      const d = drafts.get(key);
      return d ? cloneJson(d) : null;
    },
    async listDrafts() {
      return [...drafts.values()]
        .map(cloneJson)
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    async deleteDraft(key, expectedRevision) {
      const d = drafts.get(key);
      if (!d || (expectedRevision !== undefined && d.revision !== expectedRevision)) return false;
      drafts.delete(key);
      changed({ kind: 'draft', key });
      return true;
    },

    async getTicket(id) {
      const t = tickets.get(id);
      return t ? cloneJson(t) : null;
    },
    async loadTicket(id) {
      const t = tickets.get(id);
      if (!t) return null;
      const openItems = items.list({ ticketId: id, state: ['open'] }).map(cloneJson);
      return { ticket: cloneJson(t), openItems };
    },
    async getTicketByNumber(number) {
      const id = byNumber.get(number);
      const t = id === undefined ? undefined : tickets.get(id);
      return t ? cloneJson(t) : null;
    },
    async commit(commit: Commit): Promise<CommitResult> {
      if (commit.requestId !== undefined) {
        const prior = requests.get(commit.requestId);
        if (prior) return { applied: false, reason: 'duplicate', ticketIds: [...prior] };
      }
      // Check everything first: a refused commit writes nothing.
      for (const { ticket, expectedVersion } of commit.tickets) {
        const stored = tickets.get(ticket.id);
        const actual = stored ? stored.version : null;
        if (actual !== expectedVersion) {
          throw new ConflictError(
            expectedVersion === null
              ? `Ticket ${ticket.number} (${ticket.id}) already exists; it cannot be created again.`
              : `Ticket ${ticket.number} changed since it was read (version ${expectedVersion}, now ${actual ?? 'deleted'}); reload it and try again.`,
            { expectedVersion, actualVersion: actual },
          );
        }
      }
      for (const t of commit.timers?.schedule ?? []) {
        if (Number.isNaN(Date.parse(t.dueAt))) {
          throw new DeskkitError(
            'STORAGE_FAILED',
            `Timer "${t.id}" has dueAt "${t.dueAt}", which is not an ISO date-time.`,
          );
        }
      }
      notifications.check(commit.notifications);
      for (const { ticket } of commit.tickets) {
        const copy = cloneJson(ticket);
        tickets.set(copy.id, copy);
        byNumber.set(copy.number, copy.id);
      }
      for (const e of commit.events) {
        let list = history.get(e.ticketId);
        if (!list) history.set(e.ticketId, (list = []));
        const copy = cloneJson(e);
        list.push(copy);
        feed.push(copy);
      }
      for (const id of commit.workItems?.remove ?? []) items.remove(id);
      for (const w of commit.workItems?.upsert ?? []) items.put(cloneJson(w));
      for (const id of commit.timers?.cancel ?? []) timers.delete(id);
      for (const t of commit.timers?.schedule ?? []) putTimer(t);
      notifications.add(commit.notifications);
      const ids = commit.tickets.map((t) => t.ticket.id);
      if (commit.requestId !== undefined) requests.set(commit.requestId, ids);
      changed({ kind: 'commit', ticketIds: ids });
      return { applied: true };
    },
    async history(ticketId) {
      return cloneJson(history.get(ticketId) ?? []);
    },
    async readEvents(after, limit): Promise<FeedPage> {
      const from = Number(after ?? 0);
      if (!/^\d+$/.test(after ?? '0') || from > feed.length) {
        throw new ValidationError(`"${after}" is not a position of this event feed.`, [
          { path: '/after', code: 'cursor', severity: 'error', message: 'unknown position' },
        ]);
      }
      const events = feed
        .slice(from, from + Math.max(1, limit))
        .map((e, i) => ({ ...cloneJson(e), position: String(from + i + 1) }));
      return { events, cursor: String(from + events.length) };
    },
    async eventsHead() {
      return String(feed.length);
    },
    async nextSequence(name) {
      const next = (counters.get(name) ?? 0) + 1;
      counters.set(name, next);
      changed({ kind: 'sequence', name });
      return next;
    },

    async getWorkItem(id) {
      const w = items.get(id);
      return w ? cloneJson(w) : null;
    },
    async listWorkItems(query: WorkItemQuery) {
      return items.list(query).map(cloneJson);
    },
    async countOpenWorkItems(users) {
      const out: Record<string, number> = {};
      for (const u of users) out[u] = items.openHeldBy(u);
      return out;
    },

    async claimDueTimers(now, owner, leaseMs, limit) {
      const t = now.getTime();
      // Leases run on the store's clock (as PostgreSQL's do on the database's), not the caller's.
      const at = (options.clock ?? Date.now)();
      const due: TimerRow[] = [];
      for (const row of timers.values()) {
        if (row.due <= t && (row.leaseUntil === undefined || row.leaseUntil <= at)) due.push(row);
      }
      due.sort((a, b) => a.due - b.due || (a.timer.id < b.timer.id ? -1 : 1));
      const out: TimerLease[] = [];
      for (const row of due.slice(0, Math.max(0, limit))) {
        row.owner = owner;
        row.leaseUntil = at + leaseMs;
        out.push({
          timer: cloneJson(row.timer),
          owner,
          leaseUntil: new Date(row.leaseUntil).toISOString(),
        });
      }
      if (out.length) changed({ kind: 'timers' });
      return out;
    },
    async completeTimer(id, owner) {
      const row = timers.get(id);
      if (!row || row.owner !== owner) return false;
      timers.delete(id);
      changed({ kind: 'timers' });
      return true;
    },
    async listTimers(ticketId) {
      const out: Timer[] = [];
      for (const row of timers.values()) {
        if (ticketId === undefined || row.timer.ticketId === ticketId)
          out.push(cloneJson(row.timer));
      }
      return out.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
    },

    async getState<T>(key: string) {
      const s = state.get(key);
      return s ? { value: cloneJson(s.value) as T, version: s.version } : null;
    },
    async setState<T>(key: string, value: T, expectedVersion: number | null) {
      const s = state.get(key);
      const actual = s ? s.version : null;
      if (actual !== expectedVersion) return false;
      state.set(key, { value: cloneJson(value), version: (actual ?? 0) + 1 });
      changed({ kind: 'state', key });
      return true;
    },

    async listNotifications(query) {
      return notifications.list(query ?? {});
    },
    async countUnreadNotifications(recipient) {
      return notifications.unread(recipient);
    },
    async markNotificationsRead(recipient, ids, at) {
      const n = notifications.markRead(recipient, ids, at);
      if (n) changed({ kind: 'notifications' });
      return n;
    },
    async claimNotifications(now, owner, leaseMs, limit) {
      const out = notifications.claim(now, owner, leaseMs, limit);
      if (out.length) changed({ kind: 'notifications' });
      return out;
    },
    async retryNotification(id, at) {
      const ok = notifications.retry(id, at);
      if (ok) changed({ kind: 'notifications' });
      return ok;
    },
    async settleNotification(id, owner, delivery) {
      const ok = notifications.settle(id, owner, delivery);
      if (ok) changed({ kind: 'notifications' });
      return ok;
    },

    async queryTickets(query, scope, split) {
      return page(query, scope, split);
    },
    async aggregateTickets(query, scope) {
      const filtered: Ticket[] = [];
      const terms = searchTerms(query.search);
      for (const t of tickets.values())
        if (inScope(t, scope) && matchesTicketQuery(t, query) && searched(t, terms))
          filtered.push(t);
      return aggregateInMemory(filtered, query);
    },
    async close() {},

    exportSnapshot() {
      const timerRows: MemorySnapshot['timers'] = [];
      for (const row of timers.values()) {
        const r: MemorySnapshot['timers'][number] = { timer: cloneJson(row.timer) };
        if (row.owner !== undefined && row.leaseUntil !== undefined) {
          r.owner = row.owner;
          r.leaseUntil = new Date(row.leaseUntil).toISOString();
        }
        timerRows.push(r);
      }
      return {
        format: 'deskkit-memory',
        version: 1,
        definitions: [...definitions.values()].flat().map(cloneJson),
        tickets: [...tickets.values()].map(cloneJson),
        history: [...history.values()].flat().map(cloneJson),
        workItems: items.all().map(cloneJson),
        timers: timerRows,
        counters: Object.fromEntries(counters),
        state: Object.fromEntries([...state].map(([k, v]) => [k, cloneJson(v)])),
        requests: Object.fromEntries([...requests].map(([k, v]) => [k, [...v]])),
        drafts: [...drafts.values()].map(cloneJson),
        notifications: notifications.export(),
      };
    },
    importSnapshot(snapshot) {
      load(snapshot);
      changed({ kind: 'import' });
    },
  };
  return adapter;
}
