import type { AutomationAction } from '../definition/definition.types';
import { ConflictError, DeskkitError, NotFoundError } from '../errors/errors';
import { cloneJson } from '../storage/clone';
import type { Commit, CommitResult } from '../storage/storage.types';
import { runAutomation } from './automation';
import { workersOf } from '../client/visibility';
import type { CommandContext, EngineCore, EventInput, StagedTicket } from './engine.types';
import type { HistoryEvent, Timer, WorkItem } from '../model/ticket.types';
import type { NotificationRecord } from '../notify/notify.types';

/**
 * One command: stages ticket changes, history events, work items and timers, then commits them in
 * one `StorageAdapter.commit` (all or nothing, optimistic on every ticket's version).
 */
export class Tx implements CommandContext {
  readonly now: Date;
  readonly at: string;
  private readonly tickets = new Map<string, StagedTicket>();
  private readonly events: HistoryEvent[] = [];
  private readonly eventsByTicket = new Map<string, HistoryEvent[]>();
  private readonly items = new Map<string, Map<string, WorkItem>>();
  private readonly dirtyItems = new Map<string, WorkItem>();
  private readonly schedule = new Map<string, Timer>();
  private readonly cancel = new Set<string>();
  private readonly notifications = new Map<string, NotificationRecord>();

  constructor(
    readonly core: EngineCore,
    readonly actor: string | undefined,
    readonly requestId?: string,
    now?: Date,
  ) {
    this.now = now ?? core.now();
    this.at = this.now.toISOString();
  }

  async load(ticketId: string): Promise<StagedTicket> {
    const hit = this.tickets.get(ticketId);
    if (hit) return hit;
    const storage = this.core.storage;
    // One read for the ticket and its open work items when the adapter offers it.
    const loaded = storage.loadTicket
      ? await storage.loadTicket(ticketId)
      : { ticket: await storage.getTicket(ticketId) };
    const ticket = loaded?.ticket;
    if (!ticket) throw new NotFoundError(`Ticket "${ticketId}" does not exist.`);
    if (loaded && 'openItems' in loaded && !this.items.has(ticketId)) {
      this.items.set(ticketId, new Map(loaded.openItems.map((w) => [w.id, w])));
    }
    const wf = await this.core.workflow(ticket.workflow.key, ticket.workflow.version);
    const s: StagedTicket = {
      ticket,
      expectedVersion: ticket.version,
      wf,
      before: cloneJson(ticket),
    };
    this.tickets.set(ticketId, s);
    return s;
  }

  /**
   * When the command refused (`error`), whether a ticket it read was changed by another command
   * meanwhile: the ticket and its work items are two reads, so a command that loses a race can
   * see the winner's work items beside its own older ticket and refuse for a reason that is only
   * the race. That refusal becomes the `ConflictError` the lost race is (undefined otherwise).
   * Costs one read per loaded ticket, and only on refusals.
   */
  async lostRace(error: unknown): Promise<ConflictError | undefined> {
    if (!(error instanceof DeskkitError) || error instanceof ConflictError) return undefined;
    for (const s of this.tickets.values()) {
      if (s.expectedVersion === null || s.expectedVersion === undefined) continue; // created here
      const current = await this.core.storage.getTicket(s.ticket.id);
      const actual = current?.version ?? null;
      if (actual === s.expectedVersion) continue;
      const conflict = new ConflictError(
        `Ticket ${s.ticket.number} was changed by another command while this one ran (version ${s.expectedVersion} → ${actual ?? 'deleted'}); reload it and try again. (Refused on the older state: ${error.message})`,
        { expectedVersion: s.expectedVersion, actualVersion: actual },
      );
      (conflict as { cause?: unknown }).cause = error;
      return conflict;
    }
    return undefined;
  }

  /** Stages a ticket this command creates. */
  add(s: StagedTicket): void {
    this.tickets.set(s.ticket.id, s);
    this.items.set(s.ticket.id, new Map());
  }

  staged(): StagedTicket[] {
    return [...this.tickets.values()];
  }

  emit(s: StagedTicket, input: EventInput): HistoryEvent {
    const seq = (s.ticket.historySeq ?? 0) + 1;
    s.ticket.historySeq = seq;
    const event: HistoryEvent = {
      ...input,
      id: `${s.ticket.id}:${seq}`,
      ticketId: s.ticket.id,
      seq,
      at: input.at ?? this.at,
    };
    if (this.actor !== undefined && event.actor === undefined) {
      event.actor = this.actor;
    }
    if (this.requestId !== undefined) event.requestId = this.requestId;
    for (const k of Object.keys(event) as Array<keyof HistoryEvent>) {
      if (event[k] === undefined) delete event[k];
    }
    this.events.push(event);
    let list = this.eventsByTicket.get(s.ticket.id);
    if (!list) this.eventsByTicket.set(s.ticket.id, (list = []));
    list.push(event);
    return event;
  }

  eventsOf(ticketId: string): HistoryEvent[] {
    return this.eventsByTicket.get(ticketId) ?? [];
  }

  allEvents(): HistoryEvent[] {
    return this.events;
  }

  private async itemMap(s: StagedTicket): Promise<Map<string, WorkItem>> {
    let map = this.items.get(s.ticket.id);
    if (!map) {
      // A ticket this command creates has no stored work items yet: nothing to read.
      const list =
        s.expectedVersion === null
          ? []
          : await this.core.storage.listWorkItems({ ticketId: s.ticket.id, state: ['open'] });
      map = new Map(list.map((w) => [w.id, w]));
      this.items.set(s.ticket.id, map);
    }
    return map;
  }

  async openItems(s: StagedTicket): Promise<WorkItem[]> {
    const map = await this.itemMap(s);
    return [...map.values()].filter((w) => w.state === 'open');
  }

  putItem(s: StagedTicket, item: WorkItem): void {
    let map = this.items.get(s.ticket.id);
    if (!map) this.items.set(s.ticket.id, (map = new Map()));
    map.set(item.id, item);
    this.dirtyItems.set(item.id, item);
  }

  scheduleTimer(timer: Timer): void {
    this.cancel.delete(timer.id);
    this.schedule.set(timer.id, timer);
  }

  cancelTimer(id: string): void {
    this.schedule.delete(id);
    this.cancel.add(id);
  }

  stageNotifications(list: NotificationRecord[]): void {
    for (const n of list) this.notifications.set(n.id, n);
  }

  runAutomation(s: StagedTicket, actions: AutomationAction[], nodeId?: string): Promise<void> {
    return runAutomation(this, s, actions, nodeId);
  }

  /** Tickets this command changed (it appended events to them). */
  changed(): StagedTicket[] {
    return this.staged().filter((s) => this.eventsByTicket.has(s.ticket.id));
  }

  async commit(): Promise<CommitResult> {
    for (const ext of this.core.extensions) {
      if (!ext.beforeCommit) continue;
      for (const s of this.changed()) await ext.beforeCommit(s, this);
    }
    const changed = this.changed();
    for (const ext of this.core.extensions) await ext.afterEffects?.(changed, this);
    for (const s of changed) {
      const t = s.ticket;
      t.version = (s.expectedVersion ?? 0) + 1;
      t.updatedAt = this.at;
      const open = await this.openItems(s);
      t.assignees = [...new Set(open.flatMap((w) => (w.assignee ? [w.assignee] : [])))];
      // Queues show the ticket's title and priority: keep their copies current.
      for (const w of open) {
        if (w.title !== t.title || w.priority !== t.priority) {
          const next: WorkItem = { ...w };
          if (t.title === undefined) delete next.title;
          else next.title = t.title;
          if (t.priority === undefined) delete next.priority;
          else next.priority = t.priority;
          this.putItem(s, next);
        }
      }
      t.active = [...new Set(t.tokens.map((k) => k.nodeId))];
      // Who may see it by their part in its work, kept for scoped queries (runtime.client).
      const legacy =
        t.participants || s.expectedVersion === null
          ? []
          : await this.core.storage.listWorkItems({ ticketId: t.id });
      t.participants = [...workersOf(t, [...legacy, ...this.dirtyItems.values()])];
    }
    const commit: Commit = {
      tickets: changed.map((s) => ({ ticket: s.ticket, expectedVersion: s.expectedVersion })),
      events: this.events,
    };
    if (this.requestId !== undefined) commit.requestId = this.requestId;
    if (this.dirtyItems.size) commit.workItems = { upsert: [...this.dirtyItems.values()] };
    if (this.schedule.size || this.cancel.size) {
      commit.timers = {};
      if (this.schedule.size) commit.timers.schedule = [...this.schedule.values()];
      if (this.cancel.size) commit.timers.cancel = [...this.cancel];
    }
    if (this.notifications.size) commit.notifications = [...this.notifications.values()];
    if (!commit.tickets.length) return { applied: true };
    return this.core.storage.commit(commit);
  }
}
