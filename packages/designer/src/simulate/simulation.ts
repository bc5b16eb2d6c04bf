import type {
  ActionHandler,
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
  /** The tickets its sub-workflow steps started (and theirs), in the order they started. */
  children: Ticket[];
  /** The workflows sub-workflow steps start, as they run in the simulation (loaded from the host). */
  workflows: WorkflowDefinition[];
  /** The history of the sample ticket and of its sub-workflow tickets, in time order. */
  history: HistoryEvent[];
  /** Open work items of the ticket and of its sub-workflow tickets: who may act at which step. */
  items: WorkItem[];
  /** The last refusal (an invalid definition, an action not allowed, ...), as its English text. */
  error: string | null;
  /** The last refusal itself (a runtime error with its code), for a message in the UI language. */
  failure?: unknown;
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
  /**
   * The host functions automation steps call, as given to `createRuntime({ handlers })`: they run
   * in the simulation as they would on the desk (pass stand-ins for ones with side effects).
   */
  handlers?: Record<string, ActionHandler>;
  /**
   * Loads a published workflow a sub-workflow step starts (the latest when `version` is absent).
   * Each one is published in the simulation's own runtime, so its steps run there too.
   */
  loadWorkflow?(key: string, version?: number): Promise<WorkflowDefinition>;
}

/** A run of a definition on sample data and a simulated clock (see {@link createSimulation}). */
export interface Simulation {
  subscribe(listener: () => void): () => void;
  getSnapshot(): SimulationSnapshot;
  /** Raises the sample ticket as `requester` with `data` (starts over when one runs). */
  start(input: { requester: string; data: Record<string, unknown> }): Promise<void>;
  /** The actions `actor` may take now on the ticket (a sub-workflow's ticket when given). */
  actionsFor(actor: string, ticketId?: string): Promise<ActionName[]>;
  /**
   * Takes an action as `actor`, on their work item at the step when they hold one (on the
   * sub-workflow ticket the item belongs to).
   */
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
    children: [],
    workflows: [],
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

  /** The tickets sub-workflow steps started from `ticket`, depth first. */
  async function descendants(rt: Runtime, ticket: Ticket): Promise<Ticket[]> {
    const out: Ticket[] = [];
    for (const id of ticket.children ?? []) {
      const child = await rt.getTicket(id);
      out.push(child, ...(await descendants(rt, child)));
    }
    return out;
  }

  async function refresh(): Promise<void> {
    const id = snapshot.ticket?.id;
    const rt = runtime;
    if (!rt || !id) return set({});
    const ticket = await rt.getTicket(id);
    const children = await descendants(rt, ticket);
    const ids = [id, ...children.map((c) => c.id)];
    const [histories, held] = await Promise.all([
      Promise.all(ids.map((t) => rt.history(t))),
      // The open work each sample person holds or may take, through the runtime's own API.
      Promise.all(
        options.people.users.flatMap((u) => ids.map((t) => rt.tasks(u.id, { ticketId: t }))),
      ),
    ]);
    const items = [...new Map(held.flat().map((w) => [w.id, w])).values()].sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
    );
    // A stable sort: events of the same instant keep their order (the parent's first).
    const history = histories.flat().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    set({ ticket, children, history, items });
  }

  /**
   * Publishes, in the simulation's runtime, every workflow the sub-workflow steps of `def` start
   * (loaded from the host, theirs too), and answers `def` with those steps pinned to the versions
   * published here. A workflow that starts itself, directly or not, is loaded once.
   */
  async function withChildren(
    rt: Runtime,
    def: WorkflowDefinition,
    actor: string,
    published: Map<string, number | null>,
    loaded: WorkflowDefinition[],
  ): Promise<WorkflowDefinition> {
    const load = options.loadWorkflow;
    if (!load) return def;
    const nodes: WorkflowDefinition['nodes'] = [];
    for (const node of def.nodes) {
      if (
        node.type !== 'subworkflow' ||
        !node.subworkflow?.key ||
        node.subworkflow.key === def.key
      ) {
        nodes.push(node);
        continue;
      }
      const { key, version } = node.subworkflow;
      const tag = `${key}@${version ?? 'latest'}`;
      if (!published.has(tag)) {
        published.set(tag, null);
        const child = await withChildren(rt, await load(key, version), actor, published, loaded);
        published.set(tag, (await rt.publish(child, { actor })).version);
        loaded.push(child);
      }
      const here = published.get(tag);
      nodes.push(here ? { ...node, subworkflow: { ...node.subworkflow, version: here } } : node);
    }
    return { ...def, nodes };
  }

  /** Runs one step; a refusal becomes the snapshot's error (the simulation goes on). */
  async function step(work: () => Promise<void>): Promise<void> {
    set({ busy: true, error: null, failure: undefined, issues: [] });
    try {
      await work();
      await refresh();
    } catch (e) {
      const issues = (e as { issues?: Issue[] }).issues ?? [];
      set({ error: e instanceof Error ? e.message : String(e), failure: e, issues });
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
          ...(options.handlers ? { handlers: options.handlers } : {}),
        });
        runtime = fresh;
        snapshot = {
          ...snapshot,
          ticket: null,
          children: [],
          workflows: [],
          history: [],
          items: [],
        };
        const workflows: WorkflowDefinition[] = [];
        const ready = await withChildren(
          fresh,
          options.definition,
          requester,
          new Map(),
          workflows,
        );
        await fresh.publish(ready, { actor: requester });
        const ticket = await fresh.startTicket({
          workflow: options.definition.key,
          actor: requester,
          data,
        });
        set({ ticket, workflows });
      }),
    async actionsFor(actor, ticketId) {
      const id = ticketId ?? snapshot.ticket?.id;
      if (!runtime || !id) return [];
      try {
        return (await runtime.viewTicket(id, actor)).actions;
      } catch {
        return [];
      }
    },
    act: (input) =>
      step(async () => {
        const item = snapshot.items.find((w) => w.id === input.workItem);
        const id = item?.ticketId ?? snapshot.ticket?.id;
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
