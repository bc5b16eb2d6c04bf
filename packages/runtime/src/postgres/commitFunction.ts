/**
 * SQL of `commit_command(...)`, the server-side function that applies one runtime command: the
 * request id, every ticket at its expected version, history, work items and timers. Running it is
 * one statement, hence one round trip and one implicit transaction; the rows of the command's
 * tickets stay locked only while the function runs, so hot tickets see little contention. A
 * version mismatch raises SQLSTATE `DK409` with the ticket's index and stored version in DETAIL,
 * which rolls back everything the function did.
 *
 * `columns` are the ticket columns of the migration that creates the function (a migration that
 * adds a column recreates the function with the new list).
 */
export function commitFunctionSql(
  s: string,
  columns: ReadonlyArray<[column: string, expr: string]>,
  options: { searchNotes?: boolean } = {},
): string {
  // Migration 10 on: the words of the events' comments join their ticket's `search_notes`.
  const notes = options.searchNotes
    ? `
    UPDATE ${s}.tickets t SET search_notes = strip(t.search_notes || to_tsvector('simple', w.words))
      FROM (SELECT r->>'t' AS id, string_agg(r->>'w', ' ') AS words FROM jsonb_array_elements(p_events) r
            WHERE coalesce(r->>'w', '') <> '' GROUP BY r->>'t') w
      WHERE t.id = w.id;`
    : '';
  const cols = columns.map(([c]) => c).join(', ');
  const exprs = columns.map(([, e]) => e).join(', ');
  const sets = columns.map(([c, e]) => `${c} = ${e}`).join(', ');
  return `
CREATE OR REPLACE FUNCTION ${s}.commit_command(
  p_request text, p_ticket_ids text[], p_tickets jsonb, p_events jsonb,
  p_items jsonb, p_items_remove text[], p_timers jsonb, p_timers_cancel text[]
) RETURNS jsonb LANGUAGE plpgsql AS $fn$
DECLARE
  x jsonb;
  n integer;
  expected_v integer;
  actual_v integer;
  prior_ids text[];
BEGIN
  IF p_request IS NOT NULL THEN
    INSERT INTO ${s}.requests (request_id, ticket_ids) VALUES (p_request, p_ticket_ids)
      ON CONFLICT (request_id) DO NOTHING;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n = 0 THEN
      SELECT q.ticket_ids INTO prior_ids FROM ${s}.requests q WHERE q.request_id = p_request;
      RETURN jsonb_build_object('applied', false, 'ticketIds', to_jsonb(prior_ids));
    END IF;
  END IF;

  FOR i IN 0 .. jsonb_array_length(p_tickets) - 1 LOOP
    x := p_tickets->i->'x';
    expected_v := (p_tickets->i->>'e')::integer;
    IF expected_v IS NULL THEN
      INSERT INTO ${s}.tickets (id, ${cols}) VALUES (x->>'id', ${exprs})
        ON CONFLICT (id) DO NOTHING;
    ELSE
      UPDATE ${s}.tickets SET ${sets} WHERE id = x->>'id' AND version = expected_v;
    END IF;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF n <> 1 THEN
      SELECT k.version INTO actual_v FROM ${s}.tickets k WHERE k.id = x->>'id';
      RAISE EXCEPTION USING ERRCODE = 'DK409', MESSAGE = 'deskkit: ticket version conflict',
        DETAIL = jsonb_build_object('index', i, 'actual', actual_v)::text;
    END IF;
  END LOOP;

  IF p_events IS NOT NULL THEN
    INSERT INTO ${s}.history (ticket_id, seq, id, at, event)
      SELECT r->>'t', (r->>'s')::integer, r->>'i', (r->>'a')::timestamptz, r->'e'
      FROM jsonb_array_elements(p_events) r;${notes}
  END IF;
  IF p_items_remove IS NOT NULL THEN
    DELETE FROM ${s}.work_items WHERE id = ANY(p_items_remove);
  END IF;
  IF p_items IS NOT NULL THEN
    INSERT INTO ${s}.work_items (id, ticket_id, assignee, candidates, state, created_at, item)
      SELECT r->>'id', r->>'t', r->>'u', ARRAY(SELECT jsonb_array_elements_text(r->'c')), r->>'s',
             (r->>'a')::timestamptz, r->'w'
      FROM jsonb_array_elements(p_items) r
      ON CONFLICT (id) DO UPDATE SET ticket_id = excluded.ticket_id, assignee = excluded.assignee,
        candidates = excluded.candidates, state = excluded.state, created_at = excluded.created_at,
        item = excluded.item;
  END IF;
  IF p_timers_cancel IS NOT NULL THEN
    DELETE FROM ${s}.timers WHERE id = ANY(p_timers_cancel);
  END IF;
  IF p_timers IS NOT NULL THEN
    -- Rescheduling an id replaces the timer and frees any lease on it.
    INSERT INTO ${s}.timers (id, kind, ticket_id, due_at, timer)
      SELECT r->>'id', r->>'k', r->>'t', (r->>'d')::timestamptz, r->'timer'
      FROM jsonb_array_elements(p_timers) r
      ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, ticket_id = excluded.ticket_id,
        due_at = excluded.due_at, timer = excluded.timer, lease_owner = NULL, lease_until = NULL;
  END IF;
  RETURN jsonb_build_object('applied', true);
END
$fn$`;
}
