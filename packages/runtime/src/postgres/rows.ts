import type { HistoryEvent, Ticket, Timer, WorkItem } from '../model/ticket.types';
import { DeskkitError } from '../errors/errors';
import { eventWords, ticketWords } from '../query/search';
import { fromJson, isoInstant, quoteIdent } from './sql';

/** Quoted, schema-qualified table names. */
export interface Tables {
  /** The quoted schema name. */
  schema: string;
  definitions: string;
  tickets: string;
  history: string;
  workItems: string;
  timers: string;
  counters: string;
  state: string;
  requests: string;
  drafts: string;
}

export function tablesOf(schema: string): Tables {
  const s = quoteIdent(schema);
  return {
    schema: s,
    definitions: `${s}.definitions`,
    tickets: `${s}.tickets`,
    history: `${s}.history`,
    workItems: `${s}.work_items`,
    timers: `${s}.timers`,
    counters: `${s}.counters`,
    state: `${s}.state`,
    requests: `${s}.requests`,
    drafts: `${s}.drafts`,
  };
}

/**
 * Ticket columns and how each is computed from the ticket JSON `x` (one jsonb parameter), so that
 * insert and update write the same columns. `doc` keeps everything but `data`, which has its own
 * indexed column; a ticket is read back as `{ ...doc, data }`. V1: the columns of migration 1.
 */
export const TICKET_COLUMNS_V1: ReadonlyArray<[column: string, expr: string]> = [
  ['number', `x->>'number'`],
  ['workflow_key', `x#>>'{workflow,key}'`],
  ['workflow_version', `(x#>>'{workflow,version}')::int`],
  ['status', `x->>'status'`],
  ['priority', `x->>'priority'`],
  ['requester', `x->>'requester'`],
  ['assignees', `ARRAY(SELECT jsonb_array_elements_text(coalesce(x->'assignees', '[]'::jsonb)))`],
  ['title', `x->>'title'`],
  ['grp', `x->>'group'`],
  ['parent_id', `x#>>'{parent,ticketId}'`],
  ['created_at', `(x->>'.createdAt')::timestamptz`],
  ['updated_at', `(x->>'.updatedAt')::timestamptz`],
  ['version', `(x->>'version')::int`],
  ['data', `coalesce(x->'data', '{}'::jsonb)`],
  ['doc', `x - 'data' - '.createdAt' - '.updatedAt'`],
];

/**
 * The ticket columns written now (migration 3 added `sla_states`: the distinct states of the
 * ticket's SLA clocks, so SLA dashboards count without opening each ticket's JSON).
 */
export const TICKET_COLUMNS_V3: ReadonlyArray<[column: string, expr: string]> = [
  ...TICKET_COLUMNS_V1,
  [
    'sla_states',
    `ARRAY(SELECT DISTINCT c->>'state' FROM jsonb_array_elements(CASE WHEN jsonb_typeof(x->'sla') = 'array'
       THEN x->'sla' ELSE '[]'::jsonb END) c WHERE jsonb_typeof(c) = 'object' AND c->>'state' IS NOT NULL)`,
  ],
];

/** Migration 6 added `viewers` (requester, watchers, participants) for scoped queries. */
export const TICKET_COLUMNS_V6: ReadonlyArray<[column: string, expr: string]> = [
  ...TICKET_COLUMNS_V3,
  [
    'viewers',
    `ARRAY(SELECT DISTINCT v FROM (SELECT x->>'requester' v UNION ALL SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(x->'watchers') = 'array' THEN x->'watchers' ELSE '[]'::jsonb END) UNION ALL SELECT jsonb_array_elements_text(CASE WHEN jsonb_typeof(x->'participants') = 'array' THEN x->'participants' ELSE '[]'::jsonb END)) u WHERE v IS NOT NULL)`,
  ],
];

/** A number at a JSON path of the ticket, NULL when absent or not a number (never a cast error). */
const num = (path: string) =>
  `CASE WHEN jsonb_typeof(x#>'{${path}}') = 'number' THEN (x#>>'{${path}}')::float8 END`;
/** An instant at a JSON path, NULL when absent or not a string. */
const instantAt = (path: string) =>
  `CASE WHEN jsonb_typeof(x#>'{${path}}') = 'string' THEN (x#>>'{${path}}')::timestamptz END`;

/**
 * Report columns (migration 8): the ticket's `stats` and satisfaction as typed columns, so report
 * measures (`aggregate`) scan a narrow heap instead of each ticket's JSON. `ended_at` falls back
 * for tickets written before stats existed as `endedAt()` in `query/measures.ts` does.
 */
export const REPORT_COLUMNS: ReadonlyArray<[column: string, expr: string]> = [
  ['resolved_at', instantAt('stats,resolvedAt')],
  [
    'ended_at',
    `coalesce(${instantAt('stats,endedAt')}, CASE WHEN x->>'status' IN ('resolved', 'closed', 'rejected', 'cancelled')
       THEN coalesce(${instantAt('closedAt')}, ${instantAt('resolvedAt')}, (x->>'.updatedAt')::timestamptz) END)`,
  ],
  ['response_ms', num('stats,responseMs')],
  ['response_work_ms', num('stats,responseWorkMs')],
  ['resolve_ms', num('stats,resolveMs')],
  ['resolve_work_ms', num('stats,resolveWorkMs')],
  [
    'agent',
    `coalesce(CASE WHEN jsonb_typeof(x#>'{stats,agent}') = 'string' THEN x#>>'{stats,agent}' END, x#>>'{satisfaction,agent}')`,
  ],
  ['catalog', `x#>>'{stats,catalog}'`],
  ['department', `x#>>'{stats,department}'`],
  ['reopen_count', `coalesce(${num('reopenCount')}, 0)::int`],
  ['first_contact', `coalesce(x#>'{stats,firstContact}' = 'true'::jsonb, false)`],
  ['surveyed', `coalesce(x#>'{stats,surveyed}' = 'true'::jsonb, false)`],
  ['satisfied', `coalesce(jsonb_typeof(x->'satisfaction') = 'object', false)`],
  ['rating', num('satisfaction,rating')],
];

/** Migration 8 added the {@link REPORT_COLUMNS}. */
export const TICKET_COLUMNS_V8: ReadonlyArray<[column: string, expr: string]> = [
  ...TICKET_COLUMNS_V6,
  ...REPORT_COLUMNS,
];

/**
 * The columns written now: migration 10 added `search_fields`, the words of the number, title and
 * form data (computed by `ticketParam` under `.search`, see `query/search.ts`) for full-text
 * search; `doc` leaves `.search` out. (`search_notes`, the words of comments, is appended to by
 * `commit_command` from the events.)
 */
export const TICKET_COLUMNS: ReadonlyArray<[column: string, expr: string]> = [
  ...TICKET_COLUMNS_V8.map(([c, e]): [string, string] =>
    c === 'doc' ? [c, `x - 'data' - '.createdAt' - '.updatedAt' - '.search'`] : [c, e],
  ),
  ['search_fields', `strip(to_tsvector('simple', coalesce(x->>'.search', '')))`],
];

function bad(what: string, problem: string): never {
  throw new DeskkitError('STORAGE_FAILED', `${what} cannot be stored: ${problem}.`);
}

/**
 * The JSON parameter of a ticket write: the ticket plus its instants normalized to UTC (under keys
 * no ticket has) so that PostgreSQL never has to guess a time zone. Refuses a malformed ticket
 * with an error that names the field.
 */
export function ticketParam(t: Ticket): string {
  const what = `Ticket ${JSON.stringify(t?.id)}`;
  if (typeof t?.id !== 'string' || !t.id) bad('A ticket', '"id" must be a non-empty string');
  if (typeof t.number !== 'string' || !t.number) bad(what, '"number" must be a non-empty string');
  if (typeof t.workflow?.key !== 'string' || !Number.isInteger(t.workflow.version))
    bad(what, '"workflow" must be { key: string, version: integer }');
  if (typeof t.status !== 'string') bad(what, '"status" must be a string');
  if (typeof t.requester !== 'string') bad(what, '"requester" must be a string');
  if (!Number.isInteger(t.version)) bad(what, '"version" must be an integer');
  if (
    t.assignees !== undefined &&
    (!Array.isArray(t.assignees) || t.assignees.some((a) => typeof a !== 'string'))
  )
    bad(what, '"assignees" must be an array of user ids');
  if (
    t.data !== undefined &&
    (t.data === null || typeof t.data !== 'object' || Array.isArray(t.data))
  )
    bad(what, '"data" must be an object');
  return JSON.stringify({
    ...t,
    '.createdAt': isoInstant(t.createdAt, `${what} createdAt`),
    '.updatedAt': isoInstant(t.updatedAt, `${what} updatedAt`),
    '.search': ticketWords(t).join(' '),
  });
}

export function ticketFromRow(row: { doc: unknown; data: unknown }): Ticket {
  const doc = fromJson<Omit<Ticket, 'data'>>(row.doc);
  return { ...doc, data: fromJson<Record<string, unknown>>(row.data) ?? {} };
}

/** History events as rows for one multi-row insert. */
export function eventsParam(events: HistoryEvent[]): string {
  return JSON.stringify(
    events.map((e) => {
      if (typeof e?.ticketId !== 'string' || !Number.isInteger(e.seq))
        bad(`History event ${JSON.stringify(e?.id)}`, 'it needs a ticketId and an integer seq');
      return {
        t: e.ticketId,
        s: e.seq,
        i: String(e.id),
        a: isoInstant(e.at, `History event ${e.id} at`),
        w: eventWords([e]).join(' '),
        e,
      };
    }),
  );
}

/** Work items as rows for one multi-row upsert; a later item with the same id wins. */
export function workItemsParam(items: WorkItem[]): string {
  const byId = new Map<string, unknown>();
  for (const w of items) {
    const what = `Work item ${JSON.stringify(w?.id)}`;
    if (typeof w?.id !== 'string' || typeof w.ticketId !== 'string')
      bad(what, 'it needs an id and a ticketId');
    byId.delete(w.id);
    byId.set(w.id, {
      id: w.id,
      t: w.ticketId,
      u: w.assignee ?? null,
      c: w.candidates ?? [],
      s: w.state,
      a: isoInstant(w.createdAt, `${what} createdAt`),
      w,
    });
  }
  return JSON.stringify([...byId.values()]);
}

/** Timers as rows for one multi-row upsert; a later timer with the same id wins. */
export function timersParam(timers: Timer[]): string {
  const byId = new Map<string, unknown>();
  for (const t of timers) {
    if (typeof t?.id !== 'string') bad('A timer', 'it needs a string id');
    byId.delete(t.id);
    byId.set(t.id, {
      id: t.id,
      k: String(t.kind),
      t: t.ticketId ?? null,
      d: isoInstant(t.dueAt, `Timer "${t.id}" dueAt`),
      timer: t,
    });
  }
  return JSON.stringify([...byId.values()]);
}
