import type { Ticket } from '../engine/ticket.types';
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
import { pgCode, pgConstraint, storageError } from './sql';

/** Thrown inside the transaction to roll it back when the request id was applied before. */
class Duplicate {
  constructor(readonly ticketIds: string[]) {}
}

function conflict(t: Ticket, expected: number | null, actual: number | null): ConflictError {
  return new ConflictError(
    expected === null
      ? `Ticket ${t.number} (${t.id}) already exists; it cannot be created again.`
      : `Ticket ${t.number} (${t.id}) changed since it was read (version ${expected}, now ${actual ?? 'deleted'}); reload it and try again.`,
    { expectedVersion: expected, actualVersion: actual },
  );
}

function ticketSql(tb: Tables): { insert: string; update: string } {
  const cols = TICKET_COLUMNS.map(([c]) => c).join(', ');
  const exprs = TICKET_COLUMNS.map(([, e]) => e).join(', ');
  const sets = TICKET_COLUMNS.map(([c, e]) => `${c} = ${e}`).join(', ');
  return {
    insert: `INSERT INTO ${tb.tickets} (id, ${cols}) SELECT $2, ${exprs} FROM (SELECT $1::jsonb AS x) s
             ON CONFLICT (id) DO NOTHING`,
    update: `UPDATE ${tb.tickets} SET ${sets} FROM (SELECT $1::jsonb AS x) s WHERE id = $2 AND version = $3`,
  };
}

/**
 * Builds one statement for everything a commit writes besides tickets: history, work items and
 * timers, as data-modifying CTEs over disjoint rows (an id both removed and upserted is upserted).
 */
function effectsSql(tb: Tables, c: Commit): { sql: string; params: unknown[] } | null {
  const params: unknown[] = [];
  const ctes: string[] = [];
  const p = (v: unknown): string => `$${params.push(v)}`;
  if (c.events.length) {
    ctes.push(`INSERT INTO ${tb.history} (ticket_id, seq, id, at, event)
      SELECT r->>'t', (r->>'s')::int, r->>'i', (r->>'a')::timestamptz, r->'e'
      FROM jsonb_array_elements(${p(eventsParam(c.events))}::jsonb) r`);
  }
  const upsertItems = c.workItems?.upsert ?? [];
  const itemIds = new Set(upsertItems.map((w) => w.id));
  const removeItems = (c.workItems?.remove ?? []).filter((id) => !itemIds.has(id));
  if (removeItems.length)
    ctes.push(`DELETE FROM ${tb.workItems} WHERE id = ANY(${p(removeItems)}::text[])`);
  if (upsertItems.length) {
    ctes.push(`INSERT INTO ${tb.workItems} (id, ticket_id, assignee, candidates, state, created_at, item)
      SELECT r->>'id', r->>'t', r->>'u', ARRAY(SELECT jsonb_array_elements_text(r->'c')), r->>'s',
             (r->>'a')::timestamptz, r->'w'
      FROM jsonb_array_elements(${p(workItemsParam(upsertItems))}::jsonb) r
      ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, assignee = excluded.assignee,
        candidates = excluded.candidates, state = excluded.state, created_at = excluded.created_at,
        item = excluded.item`);
  }
  const schedule = c.timers?.schedule ?? [];
  const timerIds = new Set(schedule.map((t) => t.id));
  const cancel = (c.timers?.cancel ?? []).filter((id) => !timerIds.has(id));
  if (cancel.length) ctes.push(`DELETE FROM ${tb.timers} WHERE id = ANY(${p(cancel)}::text[])`);
  if (schedule.length) {
    // Rescheduling an id replaces the timer and frees any lease on it.
    ctes.push(`INSERT INTO ${tb.timers} (id, kind, ticket_id, due_at, timer)
      SELECT r->>'id', r->>'k', r->>'t', (r->>'d')::timestamptz, r->'timer'
      FROM jsonb_array_elements(${p(timersParam(schedule))}::jsonb) r
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, ticket_id = excluded.ticket_id,
        due_at = excluded.due_at, timer = excluded.timer, lease_owner = NULL, lease_until = NULL`);
  }
  if (!ctes.length) return null;
  const sql = `WITH ${ctes.map((q, i) => `w${i} AS (${q})`).join(',\n')} SELECT 1 AS ok`;
  return { sql, params };
}

async function writeTicket(
  tx: SqlExecutor,
  sql: { insert: string; update: string },
  tb: Tables,
  t: Ticket,
  expected: number | null,
): Promise<void> {
  const x = ticketParam(t);
  const res =
    expected === null
      ? await tx.query(sql.insert, [x, t.id])
      : await tx.query(sql.update, [x, t.id, expected]);
  if (res.rowCount === 1) return;
  const row = await tx.query<{ version: number }>(
    `SELECT version FROM ${tb.tickets} WHERE id = $1`,
    [t.id],
  );
  throw conflict(t, expected, row.rows[0] ? Number(row.rows[0].version) : null);
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

/**
 * Commits one command in one transaction: the request id is recorded first (a duplicate rolls
 * back and reports the earlier tickets), every ticket is written with `WHERE version = expected`
 * (in id order, so two commits touching the same tickets cannot deadlock), then history, work
 * items and timers in one statement. Any failure rolls back everything.
 */
export async function commitTx(
  driver: SqlDriver,
  tb: Tables,
  commit: Commit,
): Promise<CommitResult> {
  const sql = ticketSql(tb);
  const tickets = [...commit.tickets].sort((a, b) =>
    a.ticket.id < b.ticket.id ? -1 : a.ticket.id > b.ticket.id ? 1 : 0,
  );
  const effects = effectsSql(tb, commit);
  try {
    await driver.transaction(async (tx) => {
      if (commit.requestId !== undefined) {
        const ids = commit.tickets.map((t) => t.ticket.id);
        const ins = await tx.query(
          `INSERT INTO ${tb.requests} (request_id, ticket_ids) VALUES ($1, $2::text[]) ON CONFLICT (request_id) DO NOTHING`,
          [commit.requestId, ids],
        );
        if (ins.rowCount !== 1) {
          const prior = await tx.query<{ ticket_ids: string[] }>(
            `SELECT ticket_ids FROM ${tb.requests} WHERE request_id = $1`,
            [commit.requestId],
          );
          throw new Duplicate(prior.rows[0]?.ticket_ids ?? []);
        }
      }
      for (const { ticket, expectedVersion } of tickets) {
        await writeTicket(tx, sql, tb, ticket, expectedVersion);
      }
      if (effects) await tx.query(effects.sql, effects.params);
    });
    return { applied: true };
  } catch (err) {
    if (err instanceof Duplicate)
      return { applied: false, reason: 'duplicate', ticketIds: err.ticketIds };
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
