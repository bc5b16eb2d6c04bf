import { DeskkitError } from '../errors/errors';
import type { SearchSplit, TicketPage, TicketQuery, TicketScope } from '../query/query.types';
import { fieldRef } from './fields';
import { filterSql } from './filters';
import type { SqlExecutor } from './postgres.types';
import type { Tables } from './rows';
import { ticketFromRow } from './rows';
import { Params } from './sql';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 1000;

/** One column of the ORDER BY; the ticket id always follows as the tie-breaker. */
interface SortKey {
  expr: string;
  cast: 'text' | 'numeric' | 'timestamptz' | 'integer';
  nullable: boolean;
}

/**
 * Sort keys of a field, missing values last in both directions. A JSON field sorts numbers
 * numerically first, then everything else as text (byte order, like JavaScript strings).
 */
function sortKeys(field: string, p: Params): SortKey[] {
  const ref = fieldRef(field, 'query.sort.field');
  switch (ref.kind) {
    case 'text':
      return [{ expr: ref.sql, cast: 'text', nullable: ref.nullable }];
    case 'instant':
      return [{ expr: ref.sql, cast: 'timestamptz', nullable: false }];
    case 'int':
      return [{ expr: ref.sql, cast: 'integer', nullable: false }];
    case 'array':
      return [
        { expr: `array_to_string(${ref.sql}, ',') COLLATE "C"`, cast: 'text', nullable: false },
      ];
    case 'json': {
      const base = ref.base === 'data' ? 't.data' : 't.doc';
      const v = ref.path.length ? `(${base} #> ${p.add(ref.path)}::text[])` : base;
      return [
        {
          expr: `(CASE WHEN jsonb_typeof(${v}) = 'number' THEN (${v})::numeric END)`,
          cast: 'numeric',
          nullable: true,
        },
        {
          expr: `(CASE WHEN jsonb_typeof(${v}) NOT IN ('number', 'null') THEN ${v} #>> '{}' END) COLLATE "C"`,
          cast: 'text',
          nullable: true,
        },
      ];
    }
  }
}

interface Cursor {
  f: string;
  d: 'asc' | 'desc';
  k: Array<string | null>;
  id: string;
}

function encodeCursor(c: Cursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(c));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeCursor(s: string, field: string, dir: string, keys: number): Cursor {
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const c = JSON.parse(
      new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))),
    ) as Cursor;
    if (
      c.f === field &&
      c.d === dir &&
      Array.isArray(c.k) &&
      c.k.length === keys &&
      typeof c.id === 'string'
    )
      return c;
  } catch {
    // reported below
  }
  throw new DeskkitError(
    'VALIDATION_FAILED',
    `query.after: "${String(s).slice(0, 40)}" is not a cursor of this search (sorted by ${field} ${dir}); start again without "after".`,
  );
}

/** Rows after the cursor in the sort order (NULLS LAST both ways, then id). */
function keysetSql(keys: SortKey[], c: Cursor, op: '<' | '>', p: Params): string {
  const id = p.add(c.id);
  if (keys.every((k) => !k.nullable)) {
    // A row comparison lets PostgreSQL walk the (column, id) index from the cursor.
    const left = [...keys.map((k) => k.expr), 't.id'].join(', ');
    const right = [...keys.map((k, i) => `${p.add(c.k[i])}::${k.cast}`), id].join(', ');
    return `(${left}) ${op} (${right})`;
  }
  let sql = `t.id ${op} ${id}`;
  for (let i = keys.length - 1; i >= 0; i--) {
    const k = keys[i] as SortKey;
    const v = c.k[i];
    if (v === null || v === undefined) {
      sql = `(${k.expr} IS NULL AND ${sql})`;
    } else {
      const cv = `${p.add(v)}::${k.cast}`;
      const nulls = k.nullable ? ` OR ${k.expr} IS NULL` : '';
      sql = `(${k.expr} ${op} ${cv}${nulls} OR (${k.expr} = ${cv} AND ${sql}))`;
    }
  }
  return sql;
}

/** A page of a ticket search, in SQL: filters, sort, keyset pagination and an optional total. */
export async function searchTickets(
  db: SqlExecutor,
  tb: Tables,
  query: TicketQuery,
  countTotal: boolean,
  scope?: TicketScope,
  split?: SearchSplit,
): Promise<TicketPage> {
  const q = query ?? {};
  const field = q.sort?.field ?? 'createdAt';
  const dir = q.sort?.direction ?? 'desc';
  if (dir !== 'asc' && dir !== 'desc') {
    throw new DeskkitError(
      'VALIDATION_FAILED',
      `query.sort.direction must be "asc" or "desc", not ${JSON.stringify(dir)}.`,
    );
  }
  const limit = Math.max(
    1,
    Math.min(Math.floor(Number(q.limit ?? DEFAULT_PAGE)) || DEFAULT_PAGE, MAX_PAGE),
  );
  const p = new Params();
  const where = filterSql(q, p, scope, split);
  const filterParams = [...p.values];
  const keys = sortKeys(field, p);
  const op = dir === 'asc' ? '>' : '<';
  const cursor = q.after ? decodeCursor(q.after, field, dir, keys.length) : undefined;
  const after = cursor ? ` AND ${keysetSql(keys, cursor, op, p)}` : '';
  const order = [...keys.map((k) => `${k.expr} ${dir} NULLS LAST`), `t.id ${dir}`].join(', ');
  const select = keys.map((k, i) => `(${k.expr})::text AS k${i}`).join(', ');
  const sql = `SELECT t.id, t.doc, t.data, ${select} FROM ${tb.tickets} t
    WHERE ${where}${after} ORDER BY ${order} LIMIT ${limit + 1}`;
  const [rows, total] = await Promise.all([
    db.query<Record<string, unknown> & { id: string; doc: unknown; data: unknown }>(sql, p.values),
    countTotal
      ? db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${tb.tickets} t WHERE ${where}`,
          filterParams,
        )
      : undefined,
  ]);
  const page = rows.rows.slice(0, limit);
  const result: TicketPage = { tickets: page.map(ticketFromRow) };
  if (total) result.total = Number(total.rows[0]?.n ?? 0);
  const last = page[page.length - 1];
  if (last && rows.rows.length > limit) {
    const k = keys.map((_, i) => (last[`k${i}`] ?? null) as string | null);
    result.next = encodeCursor({ f: field, d: dir, k, id: last.id });
  }
  return result;
}
