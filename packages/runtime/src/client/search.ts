import type { EngineCore } from '../engine/engine.types';
import type { Ticket } from '../model/ticket.types';
import type { TicketPage, TicketQuery, TicketScope } from '../query/query.types';
import { eventWords, ticketWords, wordsMatch } from '../query/search';
import { redactEvent, sightOf, type TicketSight } from './sight';

/** Candidates one search call looks at, at most, before it answers with what it found so far. */
const SCAN_BUDGET = 2000;
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
 * A full-text search as one user: the storage finds the candidates on everything a ticket holds
 * (index), then each candidate counts only when it matches on what this user sees of it, so that
 * no hidden field or work note ever makes a ticket appear. Pages keep the storage's cursors;
 * `total` is given only when the whole answer is this one page (the storage's count includes
 * candidates the user cannot match, so it is never passed on).
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
  let scanned = 0;
  for (;;) {
    const page = await core.storage.queryTickets({ ...query, limit: batch, after }, scope);
    for (let i = 0; i < page.tickets.length; i++) {
      const t = page.tickets[i] as Ticket;
      scanned += 1;
      const s = await sightOf(core, t, actor, auditor);
      if (s.access.see && (await matchesAsSeen(core, s, terms))) out.push(s.ticket);
      if (out.length < limit && scanned < SCAN_BUDGET) continue;
      // Stop right after this ticket: the cursor of a page ending here.
      const next =
        i === page.tickets.length - 1
          ? page.next
          : (await core.storage.queryTickets({ ...query, limit: i + 1, after }, scope)).next;
      if (next !== undefined) return { tickets: out, next };
      break;
    }
    if (out.length >= limit || scanned >= SCAN_BUDGET || page.next === undefined) break;
    after = page.next;
  }
  return query.after === undefined ? { tickets: out, total: out.length } : { tickets: out };
}
