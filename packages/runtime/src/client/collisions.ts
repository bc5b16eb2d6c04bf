import { ValidationError } from '../errors/errors';
import type { Ticket } from '../model/ticket.types';
import type {
  ChangeCollision,
  ChangeCollisionQuery,
  TicketPage,
  TicketQuery,
} from '../query/query.types';

/** Open changes examined on one CI or service (pages of 100). */
const MAX_CANDIDATES = 500;
const FIELD = /^[A-Za-z_$][\w$-]*$/;

function invalid(path: string, message: string): never {
  throw new ValidationError(`changeCollisions${path.replace(/\//g, '.')}: ${message}`, [
    { path, code: 'invalid', severity: 'error', message },
  ]);
}

function instant(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** The query, checked (`ValidationError` naming the bad part). */
function checked(q: ChangeCollisionQuery): { from: number; to: number } {
  if (q === null || typeof q !== 'object')
    invalid('', 'must be { workflows, fields, start, end, target }');
  if (
    !Array.isArray(q.workflows) ||
    !q.workflows.length ||
    q.workflows.some((w) => typeof w !== 'string')
  )
    invalid('/workflows', 'must list the workflow keys of changes');
  for (const key of ['start', 'end', 'target'] as const)
    if (typeof q.fields?.[key] !== 'string' || !FIELD.test(q.fields[key]))
      invalid(`/fields/${key}`, 'must name a top-level form field');
  if (typeof q.target !== 'string' || !q.target) invalid('/target', 'must name the CI or service');
  const from = instant(q.start);
  const to = instant(q.end);
  if (from === null) invalid('/start', 'must be an ISO date-time');
  if (to === null) invalid('/end', 'must be an ISO date-time');
  if (to < from) invalid('/end', 'must not be before start');
  return { from, to };
}

/**
 * The open changes this user may see that touch the same CI or service as a planned change in an
 * overlapping window (`[start, end]` intervals that share more than an instant), earliest first.
 * Read through `listTickets`, so it answers only what the user may see and refuses a field hidden
 * from them, as every query does.
 */
export async function changeCollisions(
  q: ChangeCollisionQuery,
  listTickets: (query: TicketQuery) => Promise<TicketPage>,
): Promise<ChangeCollision[]> {
  const { from, to } = checked(q);
  const { start, end, target } = q.fields;
  const query: TicketQuery = {
    workflow: q.workflows,
    status: ['open', 'pending'],
    where: [{ field: `data.${target}`, op: 'eq', value: q.target }],
    limit: 100,
  };
  const found: ChangeCollision[] = [];
  let seen = 0;
  for (let after: string | undefined; seen < MAX_CANDIDATES;) {
    const page = await listTickets(after ? { ...query, after } : query);
    for (const t of page.tickets) {
      const hit = collision(t, q, from, to, { start, end, target });
      if (hit) found.push(hit);
    }
    seen += page.tickets.length;
    if (!page.next || !page.tickets.length) break;
    after = page.next;
  }
  return found.sort(
    (a, b) => Date.parse(a.start) - Date.parse(b.start) || a.number.localeCompare(b.number),
  );
}

function collision(
  t: Ticket,
  q: ChangeCollisionQuery,
  from: number,
  to: number,
  fields: ChangeCollisionQuery['fields'],
): ChangeCollision | null {
  if (t.id === q.ticket) return null;
  const s = t.data[fields.start];
  const e = t.data[fields.end] ?? s;
  const a = instant(s);
  const b = instant(e);
  if (a === null || b === null || !(a < to && b > from)) return null;
  return {
    id: t.id,
    number: t.number,
    ...(t.title ? { title: t.title } : {}),
    status: t.status,
    start: s as string,
    end: e as string,
    target: q.target,
  };
}
