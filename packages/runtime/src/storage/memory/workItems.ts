import type { WorkItem } from '../../model/ticket.types';
import type { WorkItemQuery } from '../../query/query.types';

function byAge(a: WorkItem, b: WorkItem): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;
}

/** Work items with indexes by ticket and by the users an open item is waiting for. */
export class WorkItemIndex {
  private readonly items = new Map<string, WorkItem>();
  private readonly byTicket = new Map<string, Set<string>>();
  private readonly openByUser = new Map<string, Set<string>>();

  private usersOf(w: WorkItem): string[] {
    if (w.state !== 'open') return [];
    if (w.assignee !== undefined) return [w.assignee];
    return w.candidates ?? [];
  }

  private link(map: Map<string, Set<string>>, key: string, id: string): void {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(id);
  }

  private unlink(map: Map<string, Set<string>>, key: string, id: string): void {
    const set = map.get(key);
    if (!set) return;
    set.delete(id);
    if (!set.size) map.delete(key);
  }

  get(id: string): WorkItem | undefined {
    return this.items.get(id);
  }

  all(): WorkItem[] {
    return [...this.items.values()];
  }

  clear(): void {
    this.items.clear();
    this.byTicket.clear();
    this.openByUser.clear();
  }

  put(w: WorkItem): void {
    this.remove(w.id);
    this.items.set(w.id, w);
    this.link(this.byTicket, w.ticketId, w.id);
    for (const u of this.usersOf(w)) this.link(this.openByUser, u, w.id);
  }

  remove(id: string): void {
    const old = this.items.get(id);
    if (!old) return;
    this.items.delete(id);
    this.unlink(this.byTicket, old.ticketId, id);
    for (const u of this.usersOf(old)) this.unlink(this.openByUser, u, id);
  }

  /** Open items held by a user (assigned to them, not merely offered in a queue). */
  openHeldBy(user: string): number {
    let n = 0;
    for (const id of this.openByUser.get(user) ?? [])
      if (this.items.get(id)?.assignee === user) n++;
    return n;
  }

  list(q: WorkItemQuery): WorkItem[] {
    const onlyOpen = q.state !== undefined && q.state.length === 1 && q.state[0] === 'open';
    let ids: Iterable<string>;
    if (q.ticketId !== undefined) ids = this.byTicket.get(q.ticketId) ?? [];
    else if (q.user !== undefined && onlyOpen) ids = this.openByUser.get(q.user) ?? [];
    else ids = this.items.keys();
    const out: WorkItem[] = [];
    for (const id of ids) {
      const w = this.items.get(id);
      if (!w) continue;
      if (q.state && !q.state.includes(w.state)) continue;
      if (q.user !== undefined) {
        const mine =
          w.assignee === q.user || (w.assignee === undefined && !!w.candidates?.includes(q.user));
        if (!mine) continue;
      }
      out.push(w);
    }
    out.sort(byAge);
    return q.limit !== undefined ? out.slice(0, q.limit) : out;
  }
}
