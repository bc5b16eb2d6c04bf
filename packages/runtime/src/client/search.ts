import type { EngineCore } from '../engine/engine.types';
import type { Ticket } from '../model/ticket.types';
import type { TicketPage, TicketQuery, TicketScope } from '../query/query.types';
import { eventWords, ticketWords, wordsMatch } from '../query/search';
import { plainVersions } from './scope';
import { redactEvent, sightOf, type TicketSight } from './sight';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 1000;

/**
 * Whether a ticket matches the search by what this user sees of it: its number, its title when
 * shown, the fields visible to them, and the comments of the history they may read (work notes
 * only for the desk side).
 */
async function matchesAsSeen(
  core: EngineCore,
  s: TicketSight,
  terms: readonly string[],
): Promise<boolean> {
  const words = ticketWords(s.ticket);
  if (wordsMatch(words, terms)) return true;
  const events = (await core.storage.history(s.ticket.id)).flatMap(
    (e) => redactEvent(e, s.fields, s.access) ?? [],
  );
  return wordsMatch([...words, ...eventWords(events)], terms);
}

/**
 * How many tickets a search finds for one user: the storage counts the matches that need no check
 * (tickets of {@link plainVersions} matched by their number, title and form data, which everyone
 * who sees them reads) in one query; every other candidate is checked on what the user sees of it.
 * `undefined` when the storage gives no totals (PostgreSQL `countTotal: false`).
 */
async function totalAsUser(
  core: EngineCore,
  actor: string,
  query: TicketQuery,
  terms: readonly string[],
  scope: TicketScope | undefined,
  auditor: boolean,
): Promise<number | undefined> {
  const versions = await plainVersions(core);
  const filters: TicketQuery = { ...query, limit: 1 };
  delete filters.after;
  delete filters.sort;
  const sure = await core.storage.queryTickets(filters, scope, { versions, take: 'fields' });
  if (sure.total === undefined) return undefined;
  let total = sure.total;
  let after: string | undefined;
  do {
    const page = await core.storage.queryTickets(
      { ...filters, limit: MAX_PAGE, ...(after === undefined ? {} : { after }) },
      scope,
      { versions, take: 'rest' },
    );
    for (const t of page.tickets) {
      const s = await sightOf(core, t, actor, auditor);
      if (s.access.see && (await matchesAsSeen(core, s, terms))) total += 1;
    }
    after = page.next;
  } while (after !== undefined);
  return total;
}

/**
 * A full-text search as one user: the storage finds the candidates on everything a ticket holds
 * (index), then each candidate counts only when it matches on what this user sees of it, so that
 * no hidden field or work note ever makes a ticket appear. Pages keep the storage's cursors and
 * walk the candidates until the page is full or none is left; `total` counts every match the
 * user may see, on every page ({@link totalAsUser}).
 */
export async function searchAsUser(
  core: EngineCore,
  actor: string,
  query: TicketQuery,
  terms: readonly string[],
  scope: TicketScope | undefined,
  auditor: boolean,
): Promise<TicketPage> {
  const limit = Math.max(
    1,
    Math.min(Math.floor(Number(query.limit ?? DEFAULT_PAGE)) || DEFAULT_PAGE, MAX_PAGE),
  );
  const batch = Math.max(limit, DEFAULT_PAGE);
  const out: Ticket[] = [];
  let after = query.after;
  let next: string | undefined;
  walk: for (;;) {
    const page = await core.storage.queryTickets({ ...query, limit: batch, after }, scope);
    for (let i = 0; i < page.tickets.length; i++) {
      const t = page.tickets[i] as Ticket;
      const s = await sightOf(core, t, actor, auditor);
      if (s.access.see && (await matchesAsSeen(core, s, terms))) out.push(s.ticket);
      if (out.length < limit) continue;
      // Stop right after this ticket: the cursor of a page ending here.
      next =
        i === page.tickets.length - 1
          ? page.next
          : (await core.storage.queryTickets({ ...query, limit: i + 1, after }, scope)).next;
      break walk;
    }
    if (page.next === undefined) break;
    after = page.next;
  }
  const total = await totalAsUser(core, actor, query, terms, scope, auditor);
  return {
    tickets: out,
    ...(next === undefined ? {} : { next }),
    ...(total === undefined ? {} : { total }),
  };
}
