import { withDeskDefaults } from '../query/measures';
import type { EngineCore } from '../engine/engine.types';
import type {
  BulkActResult,
  ClientOptions,
  EventsPage,
  Runtime,
  RuntimeEvent,
} from '../engine/runtime.types';
import { catalogFor } from '../engine/publish';
import { localizeFor, localizeItem, readerLocales } from './localeOf';
import { DeskkitError, NotFoundError, ValidationError } from '../errors/errors';
import { searchTerms } from '../query/search';
import { changeCollisions } from './collisions';
import type { Ticket } from '../model/ticket.types';
import type { DeskClient } from './client.types';
import { redactEvent, sightOf, type TicketSight } from './sight';
import { guardQuery, scopeOf, titleMayHide } from './scope';
import { isAuditor } from './visibility';
import { inbox } from './inbox';
import { studio } from './studio';
import { reportSubscriptions } from './reportSubscriptions';

/** Hands one event to a user's listener when they see its ticket, redacted for them. */
export async function deliver(
  core: EngineCore,
  actor: string,
  event: RuntimeEvent,
  listener: (event: RuntimeEvent) => void,
): Promise<void> {
  const s = await sightOf(core, event.ticket, actor);
  if (!s.access.see) return;
  const e = redactEvent(event, s.fields, s.access);
  if (e) listener({ ...e, ticket: s.ticket });
}

/**
 * `runtime.client(actor)`: every read and command as one user, answered with only what they may
 * see (see {@link DeskClient}). `runtime` is the trusted system API the client narrows.
 */
export function createClient(
  core: EngineCore,
  runtime: Runtime,
  actor: string,
  options: ClientOptions = {},
): DeskClient {
  const locales = readerLocales(core, actor, options);
  const missing = (id: string) => new NotFoundError(`Ticket "${id}" does not exist.`);

  /** The ticket as this user sees it; a ticket they may not see is missing. */
  async function sight(id: string): Promise<TicketSight> {
    const t = typeof id === 'string' ? await core.storage.getTicket(id) : null;
    const s = t && (await sightOf(core, t, actor));
    if (!s?.access.see) throw missing(String(id));
    return s;
  }
  const shown = async (t: Ticket) => (await sightOf(core, t, actor)).ticket;
  // Saved views, search and export load on first use (see engine/on-demand.ts).
  const views = async () => (await import('../engine/on-demand')).viewsOf(core, actor);

  const client: DeskClient = {
    actor,
    catalog: async () => catalogFor(core, actor, await locales()),
    async startTicket({ workflow, data, template, watchers, requestId }) {
      return shown(
        await runtime.startTicket({ workflow, actor, data, template, watchers, requestId }),
      );
    },
    async act(input) {
      await sight(input.ticket);
      return shown(await runtime.act({ ...input, actor }));
    },
    async relate(input) {
      return shown(await runtime.relate({ ...input, actor }));
    },
    async bulkAct({ tickets, ...input }) {
      const out: BulkActResult[] = [];
      for (const ticketId of tickets) {
        try {
          out.push({
            ticketId,
            ok: true,
            ticket: await client.act({ ...input, ticket: ticketId }),
          });
        } catch (e) {
          if (!(e instanceof DeskkitError)) throw e;
          out.push({ ticketId, ok: false, error: { code: e.code, message: e.message } });
        }
      }
      return out;
    },
    async viewTicket(id) {
      await sight(id);
      return runtime.viewTicket(id, actor, { locale: await locales() });
    },
    async tasks(filter) {
      // A queue shows each item's title: left out where the workflow computes it from a field
      // that some step or rule hides (one definitions read per call, no ticket read per item).
      const wanted = await locales();
      const items = (await runtime.tasks(actor, filter)).map((w) => localizeItem(w, wanted));
      const hides = new Map<string, Promise<boolean>>();
      for (const w of items) {
        if (w.title === undefined) continue;
        const key = w.workflowKey ?? '';
        if (!hides.has(key)) hides.set(key, titleMayHide(core, key));
        if (await hides.get(key)) delete w.title;
      }
      return items;
    },
    async listTickets(query = {}) {
      await guardQuery(core, actor, query);
      const auditor = await isAuditor(core, actor);
      const scope = await scopeOf(core, actor, auditor);
      const terms = searchTerms(query.search);
      if (terms.length) {
        const { searchAsUser } = await import('../engine/on-demand');
        return searchAsUser(core, actor, query, terms, scope, auditor);
      }
      const page = await core.storage.queryTickets(query, scope);
      const tickets = page.tickets.map(
        async (t) => (await sightOf(core, t, actor, auditor)).ticket,
      );
      return { ...page, tickets: await Promise.all(tickets) };
    },
    exportTickets: async (input) =>
      (await import('../engine/on-demand')).exportTable(input, (query) =>
        client.listTickets(query),
      ),
    changeCollisions: (query) => changeCollisions(query, (q) => client.listTickets(q)),
    listViews: async () => (await views()).list(),
    saveView: async (view) => (await views()).save(view),
    deleteView: async (id) => (await views()).remove(id),
    async aggregate(query) {
      if (searchTerms(query.search).length) {
        // The storage would count tickets by words this user may not see (work notes, hidden fields).
        throw new ValidationError(
          'query.search: figures cannot be filtered by a full-text search; use listTickets.',
          [
            {
              path: '/search',
              code: 'unsupported',
              severity: 'error',
              message: 'not in aggregates',
            },
          ],
        );
      }
      await guardQuery(core, actor, query);
      const scope = await scopeOf(core, actor, await isAuditor(core, actor));
      return core.storage.aggregateTickets(
        withDeskDefaults(query, core.options.timeZone, core.now()),
        scope,
      );
    },
    async history(id) {
      const s = await sight(id);
      const events = await core.storage.history(id);
      return events.flatMap((e) => redactEvent(e, s.fields, s.access) ?? []);
    },
    subscribe(listener) {
      let queue = Promise.resolve();
      return runtime.subscribe((event) => {
        queue = queue
          .then(() => deliver(core, actor, event, listener))
          .catch((error: unknown) => core.options.onError?.(error, {}));
      });
    },
    async eventsSince(cursor, limit) {
      const page = await runtime.eventsSince(cursor, limit);
      const sights = new Map<string, Promise<TicketSight>>();
      const events: EventsPage['events'] = [];
      for (const e of page.events) {
        let s = sights.get(e.ticketId);
        if (!s) sights.set(e.ticketId, (s = sightOf(core, e.ticket, actor)));
        const { access, fields, ticket } = await s;
        const shownEvent = access.see ? redactEvent(e, fields, access) : undefined;
        if (shownEvent) events.push({ ...shownEvent, ticket, position: e.position });
      }
      return { events, cursor: page.cursor };
    },
    getDefinition: async (key, version) =>
      localizeFor(
        await (await import('../engine/on-demand')).definitionFor(core, actor, key, version),
        await locales(),
      ),
    publish: (def) => runtime.publish(def, { actor }),
    ...inbox(core, actor),
    ...studio(core, runtime, actor),
    ...reportSubscriptions(core, actor),
  };
  return client;
}
