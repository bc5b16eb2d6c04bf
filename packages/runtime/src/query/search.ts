import { ValidationError } from '../errors/errors';
import type { HistoryEvent, Ticket } from '../model/ticket.types';

/**
 * Full-text search ({@link TicketQuery.search}) in one place, so that every adapter and the
 * client's visibility check agree on what a word is:
 *
 * - a word is a run of letters and digits (Unicode), lower-cased: `CHG-20261123-0007` is the
 *   three words `chg`, `20261123` and `0007`;
 * - a ticket's words are those of its number, title, every text and number of its form data, and
 *   the comments (and reasons) of its history;
 * - a search matches when each of its words begins some word of the ticket (`lapt` finds
 *   "laptop"): PostgreSQL does the same with `to_tsquery('simple', 'lapt:*')` over a GIN index.
 */

/** Longest search accepted (characters). */
export const MAX_SEARCH_LENGTH = 200;
/** Most words a search may hold. */
export const MAX_SEARCH_TERMS = 16;

const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower-cased, in order (repeats kept). */
export function wordsOfText(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The words a search asks for (distinct, in order); `[]` for a search without words. A search
 * longer than {@link MAX_SEARCH_LENGTH} or with more than {@link MAX_SEARCH_TERMS} words is a
 * `ValidationError` at `query.search`.
 */
export function searchTerms(search: unknown): string[] {
  if (search === undefined || search === null) return [];
  if (typeof search !== 'string') {
    throw new ValidationError('query.search must be a string.', [
      { path: '/search', code: 'type', severity: 'error', message: 'must be a string' },
    ]);
  }
  if (search.length > MAX_SEARCH_LENGTH) {
    throw new ValidationError(
      `query.search is ${search.length} characters long; at most ${MAX_SEARCH_LENGTH} are searched.`,
      [{ path: '/search', code: 'maxLength', severity: 'error', message: 'too long' }],
    );
  }
  const terms = [...new Set(wordsOfText(search))];
  if (terms.length > MAX_SEARCH_TERMS) {
    throw new ValidationError(
      `query.search has ${terms.length} words; at most ${MAX_SEARCH_TERMS} are searched.`,
      [{ path: '/search', code: 'maxItems', severity: 'error', message: 'too many words' }],
    );
  }
  return terms;
}

function collect(value: unknown, out: string[], depth: number): void {
  if (depth > 64) return;
  if (typeof value === 'string') out.push(...wordsOfText(value));
  else if (typeof value === 'number' && Number.isFinite(value))
    out.push(...wordsOfText(String(value)));
  else if (Array.isArray(value)) for (const v of value) collect(v, out, depth + 1);
  else if (value !== null && typeof value === 'object')
    for (const v of Object.values(value)) collect(v, out, depth + 1);
}

/** The words of any value: its texts and numbers, nested ones included (keys are not words). */
export function wordsOfValue(value: unknown): string[] {
  const out: string[] = [];
  collect(value, out, 0);
  return out;
}

/** The words of a ticket's number, title and form data (distinct). */
export function ticketWords(ticket: Pick<Ticket, 'number' | 'title' | 'data'>): string[] {
  return [
    ...new Set([
      ...wordsOfText(ticket.number ?? ''),
      ...wordsOfText(ticket.title ?? ''),
      ...wordsOfValue(ticket.data),
    ]),
  ];
}

/** The words of the comments and reasons of history events (distinct). */
export function eventWords(events: readonly HistoryEvent[]): string[] {
  const out = new Set<string>();
  for (const e of events) {
    if (typeof e.comment === 'string') for (const w of wordsOfText(e.comment)) out.add(w);
    if (typeof e.reason === 'string') for (const w of wordsOfText(e.reason)) out.add(w);
  }
  return [...out];
}

/** Whether each term begins one of the words. */
export function wordsMatch(words: Iterable<string>, terms: readonly string[]): boolean {
  if (!terms.length) return true;
  const list = [...words];
  return terms.every((t) => list.some((w) => w.startsWith(t)));
}

/** The `to_tsquery('simple', …)` text of search terms: each a prefix, all required. */
export function tsQueryOf(terms: readonly string[]): string {
  return terms.map((t) => `${t}:*`).join(' & ');
}
