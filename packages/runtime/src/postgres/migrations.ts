import { notificationsMigration } from './notifications';
import { DeskkitError } from '../errors/errors';
import type { MigrationReport, SqlDriver } from './postgres.types';
import { commitFunctionSql } from './commitFunction';
import {
  REPORT_COLUMNS,
  TICKET_COLUMNS,
  TICKET_COLUMNS_V1,
  TICKET_COLUMNS_V3,
  TICKET_COLUMNS_V6,
  TICKET_COLUMNS_V8,
} from './rows';
import { quoteIdent, storageError } from './sql';

/**
 * One schema change; `up` receives the quoted schema name and returns SQL statements separated by
 * `;` + newline, or a list of statements run as they are (function bodies contain semicolons).
 * Never edit a released migration: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  up: (s: string) => string | string[];
}

/**
 * The schema's migrations, in order. Text columns that are sorted or compared use the "C"
 * collation so that orders match JavaScript string comparison (and the memory adapter) on every
 * server, whatever its locale.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tables and indexes',
    up: (s) => `
CREATE TABLE ${s}.definitions (
  key text COLLATE "C" NOT NULL,
  version integer NOT NULL,
  published_at timestamptz NOT NULL,
  published_by text NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (key, version)
);
CREATE TABLE ${s}.tickets (
  id text COLLATE "C" PRIMARY KEY,
  number text COLLATE "C" NOT NULL,
  workflow_key text COLLATE "C" NOT NULL,
  workflow_version integer NOT NULL,
  status text COLLATE "C" NOT NULL,
  priority text COLLATE "C",
  requester text COLLATE "C" NOT NULL,
  assignees text[] NOT NULL DEFAULT '{}',
  title text COLLATE "C",
  grp text COLLATE "C",
  parent_id text COLLATE "C",
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version integer NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  doc jsonb NOT NULL,
  CONSTRAINT tickets_number_key UNIQUE (number)
);
CREATE INDEX tickets_created_idx ON ${s}.tickets (created_at, id);
CREATE INDEX tickets_updated_idx ON ${s}.tickets (updated_at, id);
CREATE INDEX tickets_status_created_idx ON ${s}.tickets (status, created_at, id);
CREATE INDEX tickets_workflow_status_idx ON ${s}.tickets (workflow_key, status, created_at);
CREATE INDEX tickets_requester_created_idx ON ${s}.tickets (requester, created_at);
CREATE INDEX tickets_priority_idx ON ${s}.tickets (priority, status);
CREATE INDEX tickets_group_idx ON ${s}.tickets (grp, status) WHERE grp IS NOT NULL;
CREATE INDEX tickets_parent_idx ON ${s}.tickets (parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX tickets_assignees_idx ON ${s}.tickets USING gin (assignees);
CREATE INDEX tickets_data_idx ON ${s}.tickets USING gin (data jsonb_path_ops);

CREATE TABLE ${s}.history (
  ticket_id text COLLATE "C" NOT NULL,
  seq integer NOT NULL,
  id text NOT NULL,
  at timestamptz NOT NULL,
  event jsonb NOT NULL,
  PRIMARY KEY (ticket_id, seq)
);

CREATE TABLE ${s}.work_items (
  id text COLLATE "C" PRIMARY KEY,
  ticket_id text COLLATE "C" NOT NULL,
  assignee text COLLATE "C",
  candidates text[] NOT NULL DEFAULT '{}',
  state text NOT NULL,
  created_at timestamptz NOT NULL,
  item jsonb NOT NULL
);
CREATE INDEX work_items_ticket_idx ON ${s}.work_items (ticket_id, created_at, id);
CREATE INDEX work_items_assignee_idx ON ${s}.work_items (assignee, state, created_at, id);
CREATE INDEX work_items_candidates_idx ON ${s}.work_items USING gin (candidates) WHERE assignee IS NULL;

CREATE TABLE ${s}.timers (
  id text COLLATE "C" PRIMARY KEY,
  kind text NOT NULL,
  ticket_id text COLLATE "C",
  due_at timestamptz NOT NULL,
  lease_owner text,
  lease_until timestamptz,
  timer jsonb NOT NULL
);
CREATE INDEX timers_due_idx ON ${s}.timers (due_at, id);
CREATE INDEX timers_ticket_idx ON ${s}.timers (ticket_id) WHERE ticket_id IS NOT NULL;

CREATE TABLE ${s}.counters (
  name text PRIMARY KEY,
  value bigint NOT NULL
);

CREATE TABLE ${s}.state (
  key text PRIMARY KEY,
  value jsonb,
  version integer NOT NULL
);

CREATE TABLE ${s}.requests (
  request_id text PRIMARY KEY,
  ticket_ids text[] NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX requests_applied_idx ON ${s}.requests (applied_at);
`,
  },
  {
    version: 2,
    name: 'commit_command function: one round trip per command',
    up: (s) => [commitFunctionSql(s, TICKET_COLUMNS_V1)],
  },
  {
    version: 3,
    name: 'tickets.sla_states for SLA dashboards',
    up: (s) => [
      `ALTER TABLE ${s}.tickets ADD COLUMN sla_states text[] NOT NULL DEFAULT '{}'`,
      // Backfill from the stored tickets: the distinct states of their SLA clocks.
      `UPDATE ${s}.tickets SET sla_states = ARRAY(SELECT DISTINCT c->>'state' FROM jsonb_array_elements(doc->'sla') c
         WHERE jsonb_typeof(c) = 'object' AND c->>'state' IS NOT NULL)
       WHERE jsonb_typeof(doc->'sla') = 'array'`,
      commitFunctionSql(s, TICKET_COLUMNS_V3),
    ],
  },
  {
    version: 4,
    name: 'narrow ticket heap for dashboard scans',
    // Rows above 256 bytes move their widest values (the ticket JSON) to TOAST storage, so that
    // aggregates scanning status, assignees, SLA states or form data read a narrow heap; reading
    // one ticket fetches its JSON from TOAST, an index lookup more. Applies as rows are written.
    up: (s) => [`ALTER TABLE ${s}.tickets SET (toast_tuple_target = 256)`],
  },
  {
    version: 5,
    name: 'history.xid and history.pos: the global event feed',
    // Rows written before this migration share xid 0 and keep their physical order in pos; new
    // rows take the writing transaction's id and the next serial (see feed.ts for why both).
    up: (s) => [
      `ALTER TABLE ${s}.history ADD COLUMN pos bigserial`,
      `ALTER TABLE ${s}.history ADD COLUMN xid xid8 NOT NULL DEFAULT '0'`,
      `ALTER TABLE ${s}.history ALTER COLUMN xid SET DEFAULT pg_current_xact_id()`,
      `CREATE INDEX history_feed_idx ON ${s}.history (xid, pos)`,
    ],
  },
  {
    version: 6,
    name: 'tickets.viewers for queries scoped to one user',
    up: (s) => [
      `ALTER TABLE ${s}.tickets ADD COLUMN viewers text[] NOT NULL DEFAULT '{}'`,
      // Backfill: requester, watchers and participants of the stored tickets, as the commit writes them.
      `UPDATE ${s}.tickets t SET viewers = ${TICKET_COLUMNS_V6.find(([c]) => c === 'viewers')![1].replace(/\bx->/g, 't.doc->')}`,
      `CREATE INDEX tickets_viewers_idx ON ${s}.tickets USING gin (viewers)`,
      commitFunctionSql(s, TICKET_COLUMNS_V6),
    ],
  },
  {
    version: 7,
    name: 'drafts: one unpublished definition per workflow key',
    up: (s) => [
      `CREATE TABLE ${s}.drafts (
  key text COLLATE "C" PRIMARY KEY,
  revision integer NOT NULL,
  saved_at timestamptz NOT NULL,
  saved_by text NOT NULL,
  record jsonb NOT NULL
)`,
    ],
  },
  {
    version: 8,
    name: 'report columns: ticket stats and satisfaction for aggregate measures',
    up: (s) => [
      `ALTER TABLE ${s}.tickets ${REPORT_COLUMNS.map(([c]) => `ADD COLUMN ${c} ${REPORT_COLUMN_TYPES[c]}`).join(', ')}`,
      // Backfill from the stored tickets, as the commit writes them (doc + the normalized instants).
      `UPDATE ${s}.tickets t SET ${REPORT_COLUMNS.map(([c, e]) => `${c} = ${e}`).join(', ')}
         FROM (SELECT id, doc || jsonb_build_object('.updatedAt', updated_at) AS x FROM ${s}.tickets) src
         WHERE src.id = t.id`,
      `CREATE INDEX tickets_resolved_idx ON ${s}.tickets (resolved_at) WHERE resolved_at IS NOT NULL`,
      commitFunctionSql(s, TICKET_COLUMNS_V8),
    ],
  },
  {
    version: 9,
    name: 'notifications: the transactional outbox and inboxes',
    up: (s) => notificationsMigration(s),
  },
  {
    version: 10,
    name: 'tickets.search_fields and search_notes: full-text search on a GIN index',
    // New writes compute the words in JavaScript (query/search.ts) so that PostgreSQL and the
    // memory adapter agree; the backfill approximates them in SQL (letters and digits, lower case).
    up: (s) => [
      `ALTER TABLE ${s}.tickets ADD COLUMN search_fields tsvector NOT NULL DEFAULT ''::tsvector`,
      `ALTER TABLE ${s}.tickets ADD COLUMN search_notes tsvector NOT NULL DEFAULT ''::tsvector`,
      `UPDATE ${s}.tickets t SET search_fields = strip(to_tsvector('simple', regexp_replace(lower(concat_ws(' ', t.number, t.title,
         (SELECT string_agg(v #>> '{}', ' ') FROM jsonb_path_query(t.data, 'strict $.**') v
          WHERE jsonb_typeof(v) IN ('string', 'number')))), '[^[:alnum:]]+', ' ', 'g')))`,
      `UPDATE ${s}.tickets t SET search_notes = strip(to_tsvector('simple', regexp_replace(lower(h.words), '[^[:alnum:]]+', ' ', 'g')))
         FROM (SELECT ticket_id, string_agg(concat_ws(' ', event->>'comment', event->>'reason'), ' ') AS words
               FROM ${s}.history GROUP BY ticket_id) h
         WHERE h.ticket_id = t.id`,
      `CREATE INDEX tickets_search_idx ON ${s}.tickets USING gin ((search_fields || search_notes))`,
      commitFunctionSql(s, TICKET_COLUMNS, { searchNotes: true }),
    ],
  },
  {
    version: 11,
    name: 'covering report indexes: backlog, reopen rate and survey response over the whole desk',
    // Whole-table reports read these instead of the wide ticket rows (index-only scans): each
    // holds the population of one measure with the dimensions reports break it down by.
    up: (s) => [
      `CREATE INDEX tickets_report_open_idx ON ${s}.tickets
         ((COALESCE(ended_at, 'infinity'::timestamptz)), created_at) INCLUDE (${REPORT_DIMENSIONS}, ended_at)`,
      `CREATE INDEX tickets_report_reopen_idx ON ${s}.tickets (reopen_count)
         INCLUDE (${REPORT_DIMENSIONS}, resolved_at) WHERE resolved_at IS NOT NULL OR reopen_count > 0`,
      `CREATE INDEX tickets_report_survey_idx ON ${s}.tickets (satisfied)
         INCLUDE (${REPORT_DIMENSIONS}) WHERE surveyed`,
    ],
  },
  {
    version: 12,
    name: 'definitions and drafts as json: the authored key order of forms is kept',
    // jsonb sorts object keys (by length, then bytes), which reordered a form's fields and a
    // survey's questions. json keeps the text as written; nothing queries inside these records.
    // Records stored before keep the order jsonb gave them.
    up: (s) => [
      `ALTER TABLE ${s}.definitions ALTER COLUMN record TYPE json USING record::json`,
      `ALTER TABLE ${s}.drafts ALTER COLUMN record TYPE json USING record::json`,
    ],
  },
];

/** The columns whole-table reports group by, carried in the report indexes of migration 11. */
const REPORT_DIMENSIONS = 'status, priority, workflow_key, grp, agent, catalog, department';

/** SQL types of the {@link REPORT_COLUMNS}. */
const REPORT_COLUMN_TYPES: Record<string, string> = {
  resolved_at: 'timestamptz',
  ended_at: 'timestamptz',
  response_ms: 'float8',
  response_work_ms: 'float8',
  resolve_ms: 'float8',
  resolve_work_ms: 'float8',
  agent: 'text COLLATE "C"',
  catalog: 'text COLLATE "C"',
  department: 'text COLLATE "C"',
  reopen_count: 'integer NOT NULL DEFAULT 0',
  first_contact: 'boolean NOT NULL DEFAULT false',
  surveyed: 'boolean NOT NULL DEFAULT false',
  satisfied: 'boolean NOT NULL DEFAULT false',
  rating: 'float8',
};

/** The schema version this build of the adapter writes and expects. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Both halves of the advisory lock key: a Deskkit constant and the schema name's hash. */
const LOCK_CLASS = 0x44_4b_4d; // "DKM"

/**
 * Applies pending migrations in one transaction that first takes a transaction-scoped advisory
 * lock for this schema: processes that start together wait for each other, the first applies the
 * migrations, the others find nothing left to do. A failure rolls everything back.
 */
export async function migrate(driver: SqlDriver, schema: string): Promise<MigrationReport> {
  const s = quoteIdent(schema);
  try {
    return await driver.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [LOCK_CLASS, schema]);
      await tx.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await tx.query(
        `CREATE TABLE IF NOT EXISTS ${s}.deskkit_migrations (
           version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      const done = await tx.query<{ version: number }>(
        `SELECT version FROM ${s}.deskkit_migrations ORDER BY version`,
      );
      const have = new Set(done.rows.map((r) => Number(r.version)));
      const newest = Math.max(0, ...have);
      if (newest > SCHEMA_VERSION) {
        throw new DeskkitError(
          'STORAGE_FAILED',
          `Schema "${schema}" is at version ${newest}, newer than this @deskkit/runtime understands (${SCHEMA_VERSION}); upgrade @deskkit/runtime in this process.`,
        );
      }
      const applied: number[] = [];
      for (const m of MIGRATIONS) {
        if (have.has(m.version)) continue;
        // One statement per query: PGlite (like pg's extended protocol) runs one at a time.
        const sql = m.up(s);
        for (const statement of Array.isArray(sql) ? sql : sql.split(/;\s*\n/)) {
          if (statement.trim()) await tx.query(statement);
        }
        await tx.query(`INSERT INTO ${s}.deskkit_migrations (version, name) VALUES ($1, $2)`, [
          m.version,
          m.name,
        ]);
        applied.push(m.version);
      }
      return { schema, applied, version: SCHEMA_VERSION };
    });
  } catch (err) {
    throw storageError(err, `Migrating schema "${schema}"`);
  }
}
