import type { LocalizedText } from '../definition/definition.types';
import type { AutomationAction, SubworkflowNode } from '../definition/definition.types';
import type { Directory } from '../directory/directory.types';
import type { ExpressionLimits } from '../expressions/expression.types';
import type { CalendarRegistry } from '../time/calendar';
import type { StorageAdapter } from '../storage/storage.types';
import type { DeskClient, RuntimeOptions } from './runtime.types';
import type { HistoryEvent, Ticket, Timer, Token, WorkItem } from '../model/ticket.types';
import type { CompiledWorkflow } from './workflow';
import type { NotificationRecord } from '../notify/notify.types';

/** One ticket a command reads or writes, with the workflow version it runs on. */
export interface StagedTicket {
  ticket: Ticket;
  /** The version it was read at (`null`: created by this command). */
  expectedVersion: number | null;
  wf: CompiledWorkflow;
  /** The ticket as it was read (`null` when created by this command). */
  before: Ticket | null;
}

/** Fields of a history event the engine fills itself. */
export type EventInput = Omit<HistoryEvent, 'id' | 'ticketId' | 'seq' | 'at'> & { at?: string };

/**
 * What a command can do before it commits: read and stage tickets, append history events, change
 * work items and timers. Everything staged is committed atomically by `commit()`. Extensions (SLA
 * clocks, triggers) receive it in their hooks.
 */
export interface CommandContext {
  readonly core: EngineCore;
  readonly now: Date;
  /** ISO form of {@link CommandContext.now}. */
  readonly at: string;
  /** The acting user; absent for system work (timers, schedules). */
  readonly actor?: string;
  /** The command's idempotency key, when it has one (callers' `requestId`, timer firings, ...). */
  readonly requestId?: string;
  /** Loads a ticket into the command (once) and returns it for changes. */
  load(ticketId: string): Promise<StagedTicket>;
  /** Tickets staged so far, in the order they were loaded or created. */
  staged(): StagedTicket[];
  /** Appends a history event to a ticket (seq assigned here). */
  emit(s: StagedTicket, event: EventInput): HistoryEvent;
  /** Events appended to one ticket by this command so far. */
  eventsOf(ticketId: string): HistoryEvent[];
  /** Open work items of a ticket, including this command's changes. */
  openItems(s: StagedTicket): Promise<WorkItem[]>;
  putItem(s: StagedTicket, item: WorkItem): void;
  scheduleTimer(timer: Timer): void;
  cancelTimer(id: string): void;
  /** Stages outbox entries (`@deskkit/runtime/notify`): they commit with the command or not at all. */
  stageNotifications(list: NotificationRecord[]): void;
  /** Runs automation actions (set, call, notify, ...) on a ticket, as an automation node does. */
  runAutomation(s: StagedTicket, actions: AutomationAction[], nodeId?: string): Promise<void>;
}

/** Called for a due timer of a kind the handler registered; runs inside a command. */
export type TimerHandler = (timer: Timer, ctx: CommandContext) => Promise<void> | void;

/**
 * A module that plugs into every command and into `tick`: SLA/OLA clocks, triggers, schedules.
 *
 * @example
 * ```ts
 * const audit: RuntimeExtension = {
 *   name: 'audit',
 *   async beforeCommit(s, ctx) {
 *     if (ctx.eventsOf(s.ticket.id).some((e) => e.type === 'statusChanged')) { ... }
 *   },
 * };
 * createRuntime({ extensions: [audit] });
 * ```
 */
export interface RuntimeExtension {
  name: string;
  /**
   * Runs once per changed ticket after the command's own effects and before it commits; may change
   * the ticket, emit events and schedule timers (they commit atomically with the command).
   */
  beforeCommit?(s: StagedTicket, ctx: CommandContext): Promise<void> | void;
  /**
   * Runs once per command after every extension's `beforeCommit`, with the tickets it changed: sees
   * all the command's events (the SLA ones included) and may stage outbox entries.
   */
  afterEffects?(changed: StagedTicket[], ctx: CommandContext): Promise<void> | void;
  /** Handlers of timer kinds this extension schedules, fired by `runtime.tick`. */
  timers?: Record<string, TimerHandler>;
  /** Runs at the start of every `tick` (e.g. periodic schedules), inside no command. */
  onTick?(now: Date, core: EngineCore): Promise<void> | void;
}

/**
 * The subworkflow node's behaviour, handed to the walk through the core: entering a subworkflow
 * starts a child ticket (a walk of its own) and a finished child moves its parent on, so the walk
 * and the subworkflow module would otherwise import each other.
 */
export interface SubworkflowBehaviour {
  enter(
    ctx: CommandContext,
    s: StagedTicket,
    node: SubworkflowNode<LocalizedText>,
    token: Token,
  ): Promise<void>;
  onChildFinished(ctx: CommandContext, child: StagedTicket): Promise<void>;
  cancelChildren(
    ctx: CommandContext,
    s: StagedTicket,
    actor?: string,
    nodeId?: string,
  ): Promise<void>;
}

/** What the engine's parts share: adapters, options and the definition cache. */
export interface EngineCore {
  readonly storage: StorageAdapter;
  readonly directory: Directory;
  readonly options: RuntimeOptions & {
    onError?: (error: unknown, context: { timer?: Timer }) => void;
  };
  readonly limits: ExpressionLimits | undefined;
  readonly instanceId: string;
  readonly extensions: RuntimeExtension[];
  /** The runtime's working calendars (`options.calendars` plus `24x7`). */
  readonly calendars: CalendarRegistry;
  readonly subworkflows: SubworkflowBehaviour;
  now(): Date;
  /**
   * `runtime.client(actor)`: an extension that reads or acts for a user (a report snapshot's
   * recipient) goes through their client, so it gets only what they may see.
   */
  client(actor: string): DeskClient;
  /** The compiled workflow version (cached); NotFoundError when unknown. */
  workflow(key: string, version?: number): Promise<CompiledWorkflow>;
  /**
   * Runs a function inside a new command and commits what it staged (atomically); listeners get
   * its events afterwards. `applied: false` when the request id was applied before.
   */
  run<T>(
    actor: string | undefined,
    fn: (ctx: CommandContext) => Promise<T>,
    options?: {
      requestId?: string;
      now?: Date;
      /** Re-runs `fn` on fresh state this many times when the commit loses a race (ConflictError). */
      retries?: number;
    },
  ): Promise<{ value: T; applied: boolean; ticketIds?: string[] }>;
}
