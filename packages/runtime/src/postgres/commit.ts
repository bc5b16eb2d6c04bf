import type { Ticket } from '../model/ticket.types';
import { ConflictError } from '../errors/errors';
import type { Commit, CommitResult } from '../storage/storage.types';
import type { SqlDriver, SqlExecutor } from './postgres.types';
import {
  TICKET_COLUMNS,
  eventsParam,
  ticketParam,
  timersParam,
  workItemsParam,
  type Tables,
} from './rows';
import { checkNotifications, notificationsInsertSql } from './notifications';
import { fromJson, pgCode, pgConstraint, storageError, toJson } from './sql';

function conflict(t: Ticket, expected: number | null, actual: number | null): ConflictError {
  return new ConflictError(
    expected === null
      ? `Ticket ${t.number} (${t.id}) already exists; it cannot be created again.`
      : `Ticket ${t.number} (${t.id}) changed since it was read (version ${expected}, now ${actual ?? 'deleted'}); reload it and try again.`,
    { expectedVersion: expected, actualVersion: actual },
  );
}

/**
 * Inserts tickets in multi-row statements of `batch` tickets, all in one transaction (for imports
 * from another system and for benchmarks). A ticket whose id or number exists refuses the import.
 */
export async function importTicketsTx(
  driver: SqlDriver,
  tb: Tables,
  tickets: Ticket[],
  batch = 1000,
): Promise<number> {
  const cols = TICKET_COLUMNS.map(([c]) => c).join(', ');
  const exprs = TICKET_COLUMNS.map(([, e]) => e).join(', ');
  const sql = `INSERT INTO ${tb.tickets} (id, ${cols}) SELECT x->>'id', ${exprs} FROM jsonb_array_elements($1::jsonb) x`;
  try {
    await driver.transaction(async (tx) => {
      for (let i = 0; i < tickets.length; i += batch) {
        await tx.query(sql, [
          `[${tickets
            .slice(i, i + batch)
            .map(ticketParam)
            .join(',')}]`,
        ]);
      }
    });
    return tickets.length;
  } catch (err) {
    if (pgCode(err) === '23505') {
      throw new ConflictError(
        `Importing tickets: ${String((err as Error).message)}; ids and numbers must be new.`,
      );
    }
    throw storageError(err, 'Importing tickets');
  }
}

/** An id both removed and upserted in one commit is upserted (the reference adapter's order). */
function without(
  ids: string[] | undefined,
  kept: Array<{ id: string }> | undefined,
): string[] | null {
  const keep = new Set((kept ?? []).map((x) => x.id));
  const out = (ids ?? []).filter((id) => !keep.has(id));
  return out.length ? out : null;
}

/**
 * Commits one command with one call of the schema's `commit_command` function (one round trip,
 * one transaction): the request id first (a duplicate writes nothing and reports the earlier
 * tickets), every ticket with `WHERE version = expected` in id order (so two commits on the same
 * tickets cannot deadlock), then history, work items and timers. Any failure rolls back all.
 */
export async function commitTx(
  db: SqlExecutor,
  tb: Tables,
  commit: Commit,
  outbox?: string,
): Promise<CommitResult> {
  const tickets = [...commit.tickets].sort((a, b) =>
    a.ticket.id < b.ticket.id ? -1 : a.ticket.id > b.ticket.id ? 1 : 0,
  );
  const ticketsJson = `[${tickets
    .map(
      ({ ticket, expectedVersion }) =>
        `{"e":${expectedVersion === null ? 'null' : Number(expectedVersion)},"x":${ticketParam(ticket)}}`,
    )
    .join(',')}]`;
  const items = commit.workItems?.upsert;
  const timers = commit.timers?.schedule;
  const params = [
    commit.requestId ?? null,
    commit.tickets.map((t) => t.ticket.id),
    ticketsJson,
    commit.events.length ? eventsParam(commit.events) : null,
    items?.length ? workItemsParam(items) : null,
    without(commit.workItems?.remove, items),
    timers?.length ? timersParam(timers) : null,
    without(commit.timers?.cancel, timers),
  ];
  const call = `${tb.schema}.commit_command($1, $2::text[], $3::jsonb, $4::jsonb, $5::jsonb, $6::text[], $7::jsonb, $8::text[])`;
  const notes = outbox ? commit.notifications : undefined;
  let sql = `SELECT ${call} AS r`;
  if (notes?.length) {
    checkNotifications(notes);
    params.push(toJson(notes));
    // The outbox rows go in the same statement, hence the same transaction and round trip, and
    // only when the command applied (a duplicate request writes nothing).
    sql = `WITH c AS (SELECT ${call} AS r),
      n AS (${notificationsInsertSql(outbox!, 9, { from: 'c', where: "(c.r->>'applied')::boolean" })})
      SELECT r FROM c`;
  }
  try {
    const res = await db.query<{ r: unknown }>(sql, params, { prepare: true });
    const r = fromJson<{ applied: boolean; ticketIds?: string[] | null }>(res.rows[0]?.r);
    if (r.applied) return { applied: true };
    return { applied: false, reason: 'duplicate', ticketIds: r.ticketIds ?? [] };
  } catch (err) {
    if (pgCode(err) === 'DK409') {
      const detail = JSON.parse(String((err as { detail?: string }).detail ?? '{}')) as {
        index?: number;
        actual?: number | null;
      };
      const entry = tickets[detail.index ?? 0];
      if (entry) throw conflict(entry.ticket, entry.expectedVersion, detail.actual ?? null);
    }
    if (pgCode(err) === '23505') {
      const c = pgConstraint(err);
      if (c === 'tickets_number_key') {
        throw new ConflictError(
          `Another ticket already has a number this commit uses (${commit.tickets.map((t) => t.ticket.number).join(', ')}); ticket numbers are unique.`,
        );
      }
      if (c === 'history_pkey') {
        throw new ConflictError(
          'Another command appended history to this ticket at the same position; reload the ticket and try again.',
        );
      }
    }
    throw storageError(err, 'Committing a command');
  }
}
