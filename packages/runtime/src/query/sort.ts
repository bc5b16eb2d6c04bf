import type { Ticket } from '../model/ticket.types';
import { DeskkitError } from '../errors/errors';
import { compareValues, ticketField } from './match';
import type { TicketQuery } from './query.types';

/** Default order of ticket lists: newest first. */
export const DEFAULT_SORT: NonNullable<TicketQuery['sort']> = {
  field: 'createdAt',
  direction: 'desc',
};

type SortKey = [unknown, string];

/**
 * Compares two sort keys `[value, id]`: missing values last in both directions, ties broken by
 * ticket id in the same direction, so that keyset pages never skip or repeat a ticket.
 */
export function compareSortKeys(a: SortKey, b: SortKey, direction: 'asc' | 'desc'): number {
  const am = a[0] === undefined || a[0] === null;
  const bm = b[0] === undefined || b[0] === null;
  const sign = direction === 'asc' ? 1 : -1;
  if (am !== bm) return am ? 1 : -1;
  if (!am) {
    const c = compareValues(a[0], b[0]);
    if (c !== 0) return c * sign;
  }
  return a[1] < b[1] ? -sign : a[1] > b[1] ? sign : 0;
}

export function sortKeyOf(ticket: Ticket, field: string): SortKey {
  return [ticketField(ticket, field) ?? null, ticket.id];
}

/** An opaque keyset cursor: the sort key of the last ticket of a page. */
export function encodeCursor(key: SortKey): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeCursor(cursor: string): SortKey {
  try {
    const binary = atob(cursor);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string') {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new DeskkitError(
    'VALIDATION_FAILED',
    `The page cursor "${cursor.slice(0, 40)}" is not one this adapter returned; start again without "after".`,
  );
}
