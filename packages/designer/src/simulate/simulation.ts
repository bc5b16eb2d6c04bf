import type {
  ActionName,
  CalendarSpec,
  HistoryEvent,
  Issue,
  MemoryDirectorySeed,
  Runtime,
  Ticket,
  WorkflowDefinition,
  WorkItem,
} from '@deskkit/runtime';

/** What a simulation shows at one moment. */
export interface SimulationSnapshot {
  /** The simulated clock (ISO). */
  now: string;
  /** The sample ticket; `null` before `start`. */
  ticket: Ticket | null;
  history: HistoryEvent[];
  /** Open work items of the ticket: who may act at which step. */
  items: WorkItem[];
  /** The last refusal (an invalid definition, an action not allowed, ...). */
  error: string | null;
  /** The definition's problems when it could not run. */
  issues: Issue[];
  busy: boolean;
}

/** Options of {@link createSimulation}. */
export interface SimulationOptions {
  /** The definition being edited: it runs as it is, nothing is published anywhere. */
  definition: WorkflowDefinition;
  /** Sample people: who raises the ticket, who is assigned and approves (the host's directory fits). */
  people: MemoryDirectorySeed;
  /** Working calendars SLA policies and timers may name. */
  calendars?: Record<string, CalendarSpec>;
  /** Where the simulated clock starts (default: now). */
  start?: Date;
  /** Time zone of ticket numbers (default UTC). */
  timeZone?: string;
}

/** A run of a definition on sample data and a simulated clock (see {@link createSimulation}). */
export interface Simulation {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SimulationSnapshot;
  /** Raises the sample ticket as `requester` with `data` (starts over when one runs). */
  start(input: { requester: string; data: Record<string, unknown> }): Promise<void>;
  /** The actions `actor` may take on the ticket now. */
  actionsFor(actor: string): Promise<ActionName[]>;
  /** Takes an action as `actor`, on their work item at the step when they hold one. */
  act(input: {
    actor: string;
    action: ActionName;
    workItem?: string;
    data?: Record<string, unknown>;
    reason?: string;
    comment?: string;
  }): Promise<void>;
  /** Moves the simulated clock forward and fires what fell due: timers, SLA warnings and breaches. */
  advance(ms: number): Promise<void>;
}

/**
 * Runs the definition being edited in a runtime of its own, in memory, on a simulated clock: raise
 * a sample ticket, act at each step as the people who hold the work, and advance time to watch
 * timers, SLA warnings and breaches fire. Nothing is published to the host's runtime. The runtime
 * is loaded on first use.
 *
 * @example
 * ```ts
 * const sim = createSimulation({ definition, people: { users: [{ id: 'ann', roles: ['employee'] }] } });
 * await sim.start({ requester: 'ann', data: { summary: 'Printer jam' } });
 * await sim.advance(4 * 3_600_000);
 * sim.getSnapshot().ticket?.sla; // clocks with their due dates, breached ones included
 * ```
 */
export function createSimulation(options: SimulationOptions): Simulation {
  let now = options.start?.getTime() ?? Date.now();
  let runtime: Runtime | null = null;
  let snapshot: SimulationSnapshot = {
    now: new Date(now).toISOString(),
    ticket: null,
    history: [],
    items: [],
    error: null,
    issues: [],
    busy: false,
  };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<SimulationSnapshot>) => {
    snapshot = { ...snapshot, ...patch, now: new Date(now).toISOString() };
    listeners.forEach((l) => l());
  };

  async function refresh(): Promise<void> {
    const id = snapshot.ticket?.id;
    if (!runtime || !id) return set({});
    const [ticket, history, held] = await Promise.all([
      runtime.getTicket(id),
      runtime.history(id),
      // The open work each sample person holds or may take, through the runtime's own API.
      Promise.all(options.people.users.map((u) => runtime!.tasks(u.id, { ticketId: id }))),
    ]);
    const items = [...new Map(held.flat().map((w) => [w.id, w])).values()].sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
    );
    set({ ticket, history, items });
  }

  /** Runs one step; a refusal becomes the snapshot's error (the simulation goes on). */
  async function step(work: () => Promise<void>): Promise<void> {
    set({ busy: true, error: null, issues: [] });
    try {
      await work();
      await refresh();
    } catch (e) {
      const issues = (e as { issues?: Issue[] }).issues ?? [];
      set({ error: e instanceof Error ? e.message : String(e), issues });
    } finally {
      set({ busy: false });
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    start: ({ requester, data }) =>
      step(async () => {
        const rt = await import('@deskkit/runtime');
        const fresh = rt.createRuntime({
          storage: rt.memoryStorage(),
          directory: rt.memoryDirectory(options.people),
          clock: () => new Date(now),
          calendars: options.calendars ?? {},
          publishers: 'anyone',
          ...(options.timeZone ? { timeZone: options.timeZone } : {}),
        });
        runtime = fresh;
        snapshot = { ...snapshot, ticket: null, history: [], items: [] };
        await fresh.publish(options.definition, { actor: requester });
        const ticket = await fresh.startTicket({
          workflow: options.definition.key,
          actor: requester,
          data,
        });
        set({ ticket });
      }),
    async actionsFor(actor) {
      const id = snapshot.ticket?.id;
      if (!runtime || !id) return [];
      try {
        return (await runtime.viewTicket(id, actor)).actions;
      } catch {
        return [];
      }
    },
    act: (input) =>
      step(async () => {
        const id = snapshot.ticket?.id;
        if (!runtime || !id) throw new Error('Start the simulation first.');
        await runtime.act({ ...input, ticket: id });
      }),
    advance: (ms) =>
      step(async () => {
        now += ms;
        if (!runtime) return;
        // Firing one timer may schedule the next one already due (a warning, then the breach).
        for (let round = 0; round < 20; round++) {
          const { fired } = await runtime.tick(new Date(now));
          if (!fired) break;
        }
      }),
  };
}
