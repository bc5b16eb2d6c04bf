import { NotFoundError } from '@deskkit/runtime';
import type { ChangeCollision, Ticket, TicketQuery } from '@deskkit/runtime';
import type {
  ChangePage,
  DashboardDataSource,
  DataRequest,
  DataRequests,
  DataResults,
  OnCallShift,
} from './dataSource.types';

const HOUR = 3_600_000;

/** Joins hourly `directory.onCall` answers into shifts (for directories that only answer "who, when"). */
async function sampledShifts(
  source: DashboardDataSource,
  rota: string,
  from: Date,
  to: Date,
): Promise<OnCallShift[]> {
  const directory = source.directory;
  if (!directory) throw missingDirectory(rota);
  const shifts: OnCallShift[] = [];
  const start = Math.floor(from.getTime() / HOUR) * HOUR;
  const samples: Array<Promise<string[]>> = [];
  for (let t = start; t < to.getTime(); t += HOUR)
    samples.push(directory.onCall(rota, new Date(t)));
  const answers = await Promise.all(samples);
  answers.forEach((users, n) => {
    const at = start + n * HOUR;
    const user = users.join(', ');
    const last = shifts[shifts.length - 1];
    if (last && last.user === user && Date.parse(last.to) === at) {
      last.to = new Date(at + HOUR).toISOString();
    } else if (user) {
      shifts.push({
        user,
        from: new Date(at).toISOString(),
        to: new Date(at + HOUR).toISOString(),
      });
    }
  });
  return shifts;
}

/**
 * A dashboard set up without what a widget needs (the on-call widget without a directory): a
 * `NotFoundError` that also names the rota, so the widget says what is missing in the desk's
 * language rather than the general "does not exist" of its code.
 */
export class MissingDirectoryError extends NotFoundError {
  constructor(readonly rota: string) {
    super(
      `The on-call widget needs a directory to look up rota "${rota}"; give the dashboard a data source with a directory (a runtime has one).`,
    );
  }
}

function missingDirectory(rota: string): MissingDirectoryError {
  return new MissingDirectoryError(rota);
}

async function listPages(source: DashboardDataSource, query: TicketQuery, pages = 1) {
  const first = await source.listTickets(query);
  const tickets = [...first.tickets];
  let next = first.next;
  for (let n = 1; n < pages && next; n++) {
    const page = await source.listTickets({ ...query, after: next });
    tickets.push(...page.tickets);
    next = page.next;
  }
  return { ...first, tickets, next };
}

/** Collision questions asked at once (a month of changes is a few dozen). */
const PARALLEL = 8;

/**
 * The runtime's answer for each open change listed: `changeCollisions` with the change's own
 * window and CI. Changes without a CI or a window are not asked about.
 */
async function collisionsOf(
  source: DashboardDataSource,
  tickets: readonly Ticket[],
  ask: NonNullable<Extract<DataRequest, { kind: 'changes' }>['collisions']>,
): Promise<Record<string, ChangeCollision[]>> {
  const out: Record<string, ChangeCollision[]> = {};
  const check = source.changeCollisions?.bind(source);
  if (!check) return out;
  const { start, end, target } = ask.fields;
  const open = tickets.filter(
    (t) =>
      (t.status === 'open' || t.status === 'pending') &&
      typeof t.data[target] === 'string' &&
      typeof t.data[start] === 'string',
  );
  for (let i = 0; i < open.length; i += PARALLEL) {
    await Promise.all(
      open.slice(i, i + PARALLEL).map(async (t) => {
        const from = t.data[start] as string;
        const to = typeof t.data[end] === 'string' ? (t.data[end] as string) : from;
        const found = await check({
          ...ask,
          start: from,
          end: to,
          target: t.data[target] as string,
          ticket: t.id,
        });
        if (found.length) out[t.id] = found;
      }),
    );
  }
  return out;
}

async function fetchOne(source: DashboardDataSource, request: DataRequest): Promise<unknown> {
  switch (request.kind) {
    case 'tickets':
      return listPages(source, request.query, request.pages);
    case 'changes': {
      const page = await listPages(source, request.query, request.pages);
      const collisions = request.collisions
        ? await collisionsOf(source, page.tickets, request.collisions)
        : {};
      return { ...page, collisions } satisfies ChangePage;
    }
    case 'aggregate':
      return source.aggregate(request.query);
    case 'tasks':
      return source.tasks(request.actor, request.filter);
    case 'onCall': {
      if (!source.directory && !source.onCallShifts) throw missingDirectory(request.rota);
      const from = new Date(request.from);
      const to = new Date(request.to);
      const at = source.now?.() ?? new Date();
      const [now, shifts] = await Promise.all([
        source.directory ? source.directory.onCall(request.rota, at) : Promise.resolve([]),
        source.onCallShifts
          ? source.onCallShifts(request.rota, from, to)
          : sampledShifts(source, request.rota, from, to),
      ]);
      return { rota: request.rota, now, shifts };
    }
  }
}

/**
 * Runs a widget's named requests against a data source, in parallel.
 *
 * @example
 * ```ts
 * const { open } = await fetchRequests(runtime, {
 *   open: { kind: 'aggregate', query: { groupBy: ['status'], status: ['open'] } },
 * });
 * ```
 */
export async function fetchRequests<Q extends DataRequests>(
  source: DashboardDataSource,
  requests: Q,
): Promise<DataResults<Q>> {
  const entries = await Promise.all(
    Object.entries(requests).map(
      async ([name, request]) => [name, await fetchOne(source, request)] as const,
    ),
  );
  return Object.fromEntries(entries) as DataResults<Q>;
}
