import { ValidationError } from '../errors/errors';
import { ticketField } from '../query/match';
import type { TableCell, TicketExport, TicketExportInput, TicketQuery } from '../query/query.types';
import type { Ticket } from '../model/ticket.types';

/** Most rows one export holds. */
export const MAX_EXPORT_ROWS = 10_000;
const MAX_COLUMNS = 100;

const COLUMNS = new Set([
  'id',
  'number',
  'title',
  'status',
  'priority',
  'requester',
  'assignees',
  'group',
  'workflow',
  'createdAt',
  'updatedAt',
  'resolvedAt',
  'closedAt',
  'reopenCount',
  'satisfaction',
  'watchers',
]);

function invalid(path: string, message: string): never {
  throw new ValidationError(`export${path.replace(/\//g, '.')}: ${message}`, [
    { path, code: 'invalid', severity: 'error', message },
  ]);
}

/** The export's columns and row limit, checked (`ValidationError` naming the bad one). */
export function exportPlan(input: TicketExportInput): { columns: string[]; limit: number } {
  if (input === null || typeof input !== 'object') invalid('', 'must be { columns, query? }');
  const { columns, limit = MAX_EXPORT_ROWS } = input;
  if (!Array.isArray(columns) || !columns.length || columns.length > MAX_COLUMNS)
    invalid('/columns', `must list 1 to ${MAX_COLUMNS} columns`);
  columns.forEach((c, i) => {
    if (typeof c !== 'string' || !(COLUMNS.has(c) || /^data\.[^.\s][^\s]*$/.test(c)))
      invalid(
        `/columns/${i}`,
        `${JSON.stringify(c)} is not a column; use ${[...COLUMNS].join(', ')} or data.<field>`,
      );
  });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_EXPORT_ROWS)
    invalid('/limit', `must be an integer from 1 to ${MAX_EXPORT_ROWS}`);
  return { columns, limit };
}

/** One cell: lists joined with "; ", objects as JSON, missing values empty. */
export function cellOf(ticket: Ticket, column: string): TableCell {
  let v: unknown;
  if (column === 'satisfaction') v = ticket.satisfaction?.rating;
  else v = ticketField(ticket, column);
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number'))
    return v.join('; ');
  return JSON.stringify(v);
}

/**
 * Reads every page of a query (as the user: `listPage` is the client's `listTickets`) into a
 * table of the chosen columns, up to `limit` rows.
 */
export async function exportTable(
  input: TicketExportInput,
  listPage: (query: TicketQuery) => Promise<{ tickets: Ticket[]; next?: string }>,
): Promise<TicketExport> {
  const { columns, limit } = exportPlan(input);
  const rows: TableCell[][] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listPage({
      ...(input.query ?? {}),
      limit: Math.min(500, limit - rows.length + 1),
      ...(after !== undefined ? { after } : {}),
    });
    for (const t of page.tickets) {
      if (rows.length === limit) return { columns, rows, truncated: true };
      rows.push(columns.map((c) => cellOf(t, c)));
    }
    if (page.next === undefined) return { columns, rows, truncated: false };
    after = page.next;
  }
}
