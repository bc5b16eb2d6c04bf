import { withDeskDefaults } from '../query/measures';
import type { WorkflowDefinition } from '../definition/definition.types';
import { memoryDirectory } from '../directory/memory';
import { ConflictError, NotFoundError, ValidationError } from '../errors/errors';
import { cloneJson } from '../storage/clone';
import { memoryStorage } from '../storage/memory/memory';
import { createCalendarRegistry } from '../time/calendar';
import { timeInputError } from '../time/time.errors';
import { isValidTimeZone } from '../time/zone';
import { withTimeExtension } from './time/extension';
import { createScheduleStore } from './time/schedules';
import { startTimerLoop } from './time/timer-loop';
import type { EngineCore, RuntimeExtension } from './engine.types';
import { eventsHead, eventsSince } from './feed';
import { catalogFor, publishDefinition } from './publish';
import type {
  ActInput,
  Runtime,
  RuntimeEvent,
  RuntimeOptions,
  StartTicketInput,
} from './runtime.types';
import { checkPayload } from './payload';
import { startTicketCommand } from './start';
import { subworkflowBehaviour } from './subworkflow';
import type { CommitResult } from '../storage/storage.types';
import type { Ticket, Timer } from '../model/ticket.types';
import { tickOnce } from './tick';
import { Tx } from './tx';
import { viewTicketFor } from './view';
import { createClient } from '../client/client';
import { readerLocales } from '../client/localeOf';
import { withTypedErrors } from '../errors/guard';
import { CompiledWorkflow } from './workflow';

/** Commands, drafts, versions and migration: loaded on first use (see on-demand.ts). */
const onDemand = () => import('./on-demand');

/** How often `act` without `expectedVersion` re-runs after losing a race on the ticket. */
const ACT_RETRIES = 3;

/** Options of {@link createRuntime} beyond the public contract: engine extensions. */
export interface EngineOptions extends RuntimeOptions {
  /** Modules that hook into every command and into `tick` (SLA clocks, triggers, schedules). */
  extensions?: RuntimeExtension[];
  /**
   * Errors the runtime handles itself, for logging: a timer that fails in `tick` (it stays and is
   * retried when its lease expires), a timer kind nobody handles, a `subscribe` listener that throws.
   */
  onError?: (error: unknown, context: { timer?: Timer }) => void;
}

/**
 * A caller's `requestId` as stored: scoped to its actor and command, so nobody can pre-empt
 * another user's request or the engine's own ids (`timer:`, `schedule:`, `automation:`).
 */
function scoped(id: string | undefined, ...scope: string[]): { requestId?: string } {
  return id === undefined ? {} : { requestId: `request:${JSON.stringify([...scope, id])}` };
}

/**
 * Creates a runtime: the headless engine that publishes workflow definitions, starts tickets,
 * runs them through their steps and is the authority on who may do what.
 *
 * @example
 * ```ts
 * import { createRuntime, memoryDirectory, memoryStorage } from '@deskkit/runtime';
 *
 * const runtime = createRuntime({
 *   storage: memoryStorage(),
 *   directory: memoryDirectory({ users: [{ id: 'ann' }, { id: 'max', roles: ['manager'] }] }),
 * });
 * await runtime.publish(definition, { actor: 'admin' });
 * const ticket = await runtime.startTicket({ workflow: 'access-request', actor: 'ann', data: { system: 'VPN' } });
 * const [task] = await runtime.tasks('max');
 * await runtime.act({ ticket: ticket.id, action: 'approve', actor: 'max', workItem: task.id });
 * ```
 */
export function createRuntime(options: EngineOptions = {}): Runtime {
  for (const [path, zone] of [
    ['/timeZone', options.timeZone],
    ['/numbering/timeZone', options.numbering?.timeZone],
  ] as const) {
    if (zone !== undefined && !isValidTimeZone(zone))
      throw timeInputError(path, 'INVALID_TIME_ZONE', `Unknown IANA time zone "${zone}"`);
  }
  const storage = options.storage ?? memoryStorage();
  const directory = options.directory ?? memoryDirectory({ users: [] });
  const clock = options.clock ?? (() => new Date());
  const listeners = new Set<(event: RuntimeEvent) => void>();
  const compiled = new Map<string, CompiledWorkflow>();

  const core: EngineCore = {
    storage,
    directory,
    options,
    limits: options.expressionLimits,
    instanceId: options.instanceId ?? `runtime-${Math.random().toString(36).slice(2, 10)}`,
    // SLA/OLA clocks, triggers, auto-close, urge follow-ups, automations, schedules (src/time).
    extensions: withTimeExtension(options.extensions),
    calendars: createCalendarRegistry(options.calendars ?? {}),
    subworkflows: subworkflowBehaviour,
    now: () => clock(),
    client: (actor) => runtime.client(actor),
    async workflow(key, version) {
      // The latest version's number is enough when that version is compiled already.
      if (version === undefined && storage.latestDefinitionVersion) {
        const latest = await storage.latestDefinitionVersion(key);
        if (latest !== null) version = latest;
      }
      if (version !== undefined) {
        const hit = compiled.get(`${key}@${version}`);
        if (hit) return hit;
      }
      const rec = await storage.getDefinition(key, version);
      if (!rec) {
        throw new NotFoundError(
          version === undefined
            ? `Workflow "${key}" is not published; publish it first.`
            : `Workflow "${key}" has no version ${version}.`,
        );
      }
      const id = `${rec.key}@${rec.version}`;
      let wf = compiled.get(id);
      if (!wf) {
        wf = new CompiledWorkflow(rec);
        compiled.set(id, wf);
      }
      return wf;
    },
    async run(actor, fn, opts = {}) {
      let tx: Tx;
      let value: Awaited<ReturnType<typeof fn>>;
      let result: CommitResult;
      for (let attempt = 0; ; attempt++) {
        tx = new Tx(core, actor, opts.requestId, opts.now);
        try {
          value = await fn(tx);
        } catch (err) {
          const conflict = await tx.lostRace(err);
          if (!conflict) throw err;
          if (attempt < (opts.retries ?? 0)) continue;
          throw conflict;
        }
        try {
          result = await tx.commit();
          break;
        } catch (err) {
          // Lost a race with another command on the same ticket: run again on the fresh state.
          if (err instanceof ConflictError && attempt < (opts.retries ?? 0)) continue;
          throw err;
        }
      }
      if (!result.applied)
        return {
          value,
          applied: false,
          ...(result.ticketIds ? { ticketIds: result.ticketIds } : {}),
        };
      if (listeners.size) {
        const byId = new Map(tx.staged().map((s) => [s.ticket.id, s.ticket]));
        for (const event of tx.allEvents()) {
          const ticket = byId.get(event.ticketId);
          if (!ticket) continue;
          for (const l of listeners) {
            try {
              l({ ...event, ticket: cloneJson(ticket) });
            } catch (error) {
              // A host's notification listener must not undo a committed command.
              options.onError?.(error, {});
            }
          }
        }
      }
      return { value, applied: true };
    },
  };

  async function mustGet(id: string): Promise<Ticket> {
    const t = await storage.getTicket(id);
    if (!t) throw new NotFoundError(`Ticket "${id}" does not exist.`);
    return t;
  }

  async function alreadyApplied(ticketId: string, requestId: string): Promise<boolean> {
    const events = await storage.history(ticketId);
    return events.some((e) => e.requestId === requestId);
  }

  const runtime: Runtime = {
    storage,
    directory,
    now: () => clock(),
    publish: (def: WorkflowDefinition, { actor }) => publishDefinition(core, def, actor),
    async getDefinition(key, version) {
      return cloneJson((await core.workflow(key, version)).def);
    },
    // Drafts, versions and migration load on first use: most runtimes never call them.
    versions: async (key) => (await onDemand()).versionsOf(core, key),
    saveDraft: async (def, opts) => (await onDemand()).saveDraft(core, def, opts),
    getDraft: async (key, { actor }) => (await onDemand()).getDraft(core, key, actor),
    listDrafts: async ({ actor }) => (await onDemand()).listDrafts(core, actor),
    discardDraft: async (key, opts) => (await onDemand()).discardDraft(core, key, opts),
    rollback: async (key, version, { actor }) =>
      (await onDemand()).rollback(core, key, version, actor),
    migrateTickets: async (input) => (await onDemand()).migrateTickets(core, input),
    catalog: (actor) => catalogFor(core, actor),
    async startTicket(input: StartTicketInput) {
      if (input.parent !== undefined) {
        throw new ValidationError(
          `startTicket: "parent" is set by the engine only, when a sub-workflow step starts a child ticket; leave it out.`,
          [
            {
              path: '/parent',
              code: 'ENGINE_ONLY',
              severity: 'error',
              message: 'Leave "parent" out.',
            },
          ],
        );
      }
      if (input.data !== undefined) checkPayload(input.data, options.payloadLimits);
      const res = await core.run(
        input.actor,
        (ctx) => startTicketCommand(ctx, input),
        scoped(input.requestId, input.actor, 'start'),
      );
      if (!res.applied) {
        const id = res.ticketIds?.[0];
        if (id === undefined)
          throw new ConflictError(
            `Request "${input.requestId}" was already applied, but the adapter did not say which ticket it created.`,
          );
        return mustGet(id);
      }
      return cloneJson(res.value.ticket);
    },
    async act(input: ActInput) {
      if (input.data !== undefined) checkPayload(input.data, options.payloadLimits);
      const key = scoped(input.requestId, input.actor, 'act', String(input.ticket));
      const { actCommand } = await onDemand();
      try {
        // Without expectedVersion the caller accepts the current state, so a lost race is retried
        // (e.g. countersigners approving at the same moment); with it, the conflict is theirs.
        const res = await core.run(input.actor, (ctx) => actCommand(ctx, input), {
          ...key,
          retries: input.expectedVersion === undefined ? ACT_RETRIES : 0,
        });
        return res.applied ? cloneJson(res.value.ticket) : mustGet(input.ticket);
      } catch (err) {
        // A retried request whose first attempt committed: answer with the ticket as it is now.
        if (
          err instanceof ConflictError &&
          key.requestId !== undefined &&
          (await alreadyApplied(input.ticket, key.requestId))
        ) {
          return mustGet(input.ticket);
        }
        throw err;
      }
    },
    async relate(input) {
      const { relateCommand } = await onDemand();
      const res = await core.run(input.actor, (ctx) => relateCommand(ctx, input), {
        ...(input.requestId !== undefined ? { requestId: input.requestId } : {}),
        retries: ACT_RETRIES,
      });
      return res.applied ? cloneJson(res.value.ticket) : mustGet(input.ticket);
    },
    async viewTicket(ticketId, actor, options) {
      const ticket = await mustGet(ticketId);
      const wf = await core.workflow(ticket.workflow.key, ticket.workflow.version);
      return viewTicketFor(
        core,
        { ticket, wf, expectedVersion: ticket.version, before: null },
        actor,
        await readerLocales(core, actor, options)(),
      );
    },
    async tasks(actor, filter = {}) {
      return storage.listWorkItems({ ...filter, user: actor, state: filter.state ?? ['open'] });
    },
    getTicket: mustGet,
    async history(id) {
      await mustGet(id);
      return storage.history(id);
    },
    listTickets: (query = {}) => storage.queryTickets(query),
    aggregate: (query) =>
      storage.aggregateTickets(withDeskDefaults(query, options.timeZone, clock())),
    tick: (now) => tickOnce(core, now ?? clock()),
    startTimers: (loop) => startTimerLoop(() => runtime.tick(), loop),
    schedules: withTypedErrors(createScheduleStore(storage, clock), 'runtime.schedules'),
    eventsSince: (cursor, limit) => eventsSince(storage, cursor, limit),
    eventsHead: () => eventsHead(storage),
    client: (actor, options) =>
      withTypedErrors(createClient(core, runtime, actor, options), 'client'),
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
  return withTypedErrors(runtime, 'runtime');
}
