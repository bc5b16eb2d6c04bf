import type { WorkItem } from '../model/ticket.types';
import { DeskkitError } from '../errors/errors';
import type { WorkItemQuery } from '../query/query.types';
import type { SqlExecutor } from './postgres.types';
import type { Tables } from './rows';
import { Params, fromJson } from './sql';

const STATES = new Set(['open', 'done', 'cancelled']);

/**
 * Work items of a ticket or of a user, oldest first. A user's items are those they hold and those
 * waiting unassigned in a queue they are a candidate of (the GIN index on `candidates`).
 */
export async function listWorkItems(
  db: SqlExecutor,
  tb: Tables,
  q: WorkItemQuery,
): Promise<WorkItem[]> {
  const p = new Params();
  const where: string[] = [];
  if (q?.ticketId !== undefined) where.push(`ticket_id = ${p.add(String(q.ticketId))}`);
  if (q?.user !== undefined) {
    const u = p.add(String(q.user));
    where.push(`(assignee = ${u} OR (assignee IS NULL AND candidates @> ARRAY[${u}::text]))`);
  }
  if (q?.state !== undefined) {
    if (!Array.isArray(q.state) || q.state.some((s) => !STATES.has(s))) {
      throw new DeskkitError(
        'VALIDATION_FAILED',
        'WorkItemQuery.state must be a list of "open", "done" or "cancelled".',
      );
    }
    where.push(`state = ANY(${p.add(q.state)}::text[])`);
  }
  const limit =
    q?.limit !== undefined ? ` LIMIT ${Math.max(0, Math.floor(Number(q.limit)) || 0)}` : '';
  const res = await db.query<{ item: unknown }>(
    `SELECT item FROM ${tb.workItems} WHERE ${where.join(' AND ') || 'true'} ORDER BY created_at, id${limit}`,
    p.values,
  );
  return res.rows.map((r) => fromJson<WorkItem>(r.item));
}
