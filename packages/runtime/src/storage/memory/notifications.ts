import { DeskkitError, ValidationError } from '../../errors/errors';
import type {
  NotificationDelivery,
  NotificationLease,
  NotificationPage,
  NotificationQuery,
  NotificationRecord,
} from '../../notify/notify.types';
import { cloneJson } from '../clone';

interface Row {
  n: NotificationRecord;
  pos: number;
  owner?: string;
  leaseUntil?: number;
}

/** Stored outbox rows of the memory adapter (see `StorageAdapter.listNotifications`). */
export interface NotificationRowSnapshot {
  notification: NotificationRecord;
  owner?: string;
  leaseUntil?: string;
}

const MAX_PAGE = 500;

/** The memory adapter's notification outbox: rows in commit order, leased like timers. */
export class MemoryNotifications {
  private readonly rows = new Map<string, Row>();
  private seq = 0;

  constructor(private readonly clock: () => number) {}

  clear(): void {
    this.rows.clear();
    this.seq = 0;
  }

  /** Validates before a commit writes anything. */
  check(list: NotificationRecord[] | undefined): void {
    for (const n of list ?? []) {
      if (Number.isNaN(Date.parse(n.delivery?.nextAttemptAt))) {
        throw new DeskkitError(
          'STORAGE_FAILED',
          `Notification "${n.id}" has delivery.nextAttemptAt "${n.delivery?.nextAttemptAt}", which is not an ISO date-time.`,
        );
      }
    }
  }

  add(list: NotificationRecord[] | undefined): void {
    for (const n of list ?? []) {
      if (this.rows.has(n.id)) continue;
      const copy = cloneJson(n);
      delete copy.position;
      this.rows.set(n.id, { n: copy, pos: ++this.seq });
    }
  }

  private out(r: Row): NotificationRecord {
    return { ...cloneJson(r.n), position: String(r.pos) };
  }

  list(q: NotificationQuery): NotificationPage {
    const limit = Math.max(1, Math.min(q.limit ?? 50, MAX_PAGE));
    let before = Number.POSITIVE_INFINITY;
    if (q.before !== undefined) {
      if (!/^\d+$/.test(q.before)) {
        throw new ValidationError(`"${q.before}" is not a position of the notification outbox.`, [
          { path: '/before', code: 'cursor', severity: 'error', message: 'unknown position' },
        ]);
      }
      before = Number(q.before);
    }
    const hits = [...this.rows.values()]
      .filter((r) => r.pos < before && matches(r.n, q))
      .sort((a, b) => b.pos - a.pos);
    const page = hits.slice(0, limit);
    const result: NotificationPage = { notifications: page.map((r) => this.out(r)) };
    const last = page[page.length - 1];
    if (last && hits.length > limit) result.next = String(last.pos);
    return result;
  }

  unread(recipient: string): number {
    let n = 0;
    for (const r of this.rows.values())
      if (matches(r.n, { recipient, inbox: true, unread: true })) n++;
    return n;
  }

  markRead(recipient: string, ids: string[] | null, at: string): number {
    const wanted = ids && new Set(ids);
    let n = 0;
    for (const r of this.rows.values()) {
      if (r.n.recipient !== recipient || r.n.readAt !== undefined) continue;
      if (wanted && !wanted.has(r.n.id)) continue;
      r.n.readAt = at;
      n++;
    }
    return n;
  }

  claim(now: Date, owner: string, leaseMs: number, limit: number): NotificationLease[] {
    const due = now.getTime();
    const at = this.clock();
    const free = [...this.rows.values()]
      .filter(
        (r) =>
          r.n.delivery.state === 'pending' &&
          Date.parse(r.n.delivery.nextAttemptAt) <= due &&
          (r.leaseUntil === undefined || r.leaseUntil <= at),
      )
      .sort((a, b) => a.pos - b.pos)
      .slice(0, Math.max(0, limit));
    return free.map((r) => {
      r.owner = owner;
      r.leaseUntil = at + leaseMs;
      return {
        notification: this.out(r),
        owner,
        leaseUntil: new Date(r.leaseUntil).toISOString(),
      };
    });
  }

  settle(id: string, owner: string, delivery: NotificationDelivery): boolean {
    const r = this.rows.get(id);
    // The owner is the fence: a lease that ran out still settles until another owner claims it, so
    // a send slower than the lease is not repeated unless another process took the entry over.
    if (!r || r.owner !== owner) return false;
    r.n.delivery = cloneJson(delivery);
    delete r.owner;
    delete r.leaseUntil;
    return true;
  }

  retry(id: string, at: string): boolean {
    const r = this.rows.get(id);
    if (!r || r.n.delivery.state !== 'dead') return false;
    const { done } = r.n.delivery;
    r.n.delivery = { state: 'pending', attempts: 0, nextAttemptAt: at, ...(done ? { done } : {}) };
    return true;
  }

  export(): NotificationRowSnapshot[] {
    return [...this.rows.values()]
      .sort((a, b) => a.pos - b.pos)
      .map((r) => {
        const row: NotificationRowSnapshot = { notification: cloneJson(r.n) };
        if (r.owner !== undefined && r.leaseUntil !== undefined) {
          row.owner = r.owner;
          row.leaseUntil = new Date(r.leaseUntil).toISOString();
        }
        return row;
      });
  }

  import(rows: NotificationRowSnapshot[] | undefined): void {
    for (const row of rows ?? []) {
      this.add([row.notification]);
      const r = this.rows.get(row.notification.id);
      if (r && row.owner && row.leaseUntil) {
        r.owner = row.owner;
        r.leaseUntil = Date.parse(row.leaseUntil);
      }
    }
  }
}

function matches(n: NotificationRecord, q: NotificationQuery): boolean {
  if (q.recipient !== undefined && n.recipient !== q.recipient) return false;
  if (q.inbox && !n.channels.includes('inbox')) return false;
  if (q.unread && n.readAt !== undefined) return false;
  if (q.state && !q.state.includes(n.delivery.state)) return false;
  return true;
}
