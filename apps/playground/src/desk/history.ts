import type { DirectoryUser, Runtime, StorageAdapter, Ticket, WorkItem } from '@deskkit/runtime';
import { DAY, HOUR } from './clock';
import { plays, random, REASSIGN, type Cast, type Play, type Wait } from './historyPlays';

/** How much history {@link seedDemoHistory} makes. */
export interface DemoHistoryOptions {
  /** Days of history before now (default 60). */
  days?: number;
  /** Tickets raised per working day, on average (default 6; weekends get a third). */
  perDay?: number;
  /** Seed of the pseudo-random choices, so a reset makes the same desk (default 17). */
  seed?: number;
}

/** The history the playground starts with (server and in-browser modes). */
export const DEMO_HISTORY: DemoHistoryOptions = { days: 60, perDay: 7 };

/** What the seeding did, for logs and tests. */
export interface DemoHistoryReport {
  /** Tickets raised by people (scheduled tickets and subworkflows come on top). */
  tickets: number;
  /** Commands sent through `runtime.client(actor)`. */
  commands: number;
  /** Commands the runtime refused (the ticket waits, as real backlogs do). */
  stalled: number;
  /** The first refusals' messages, to find a play that no longer fits its workflow. */
  refusals: string[];
  ms: number;
}

interface Step {
  at: number;
  seq: number;
  /** What the step does, for the refusals of the report. */
  what: string;
  run: () => Promise<void>;
}

/** Moves `at + ms` into working hours (weekdays 07–17 UTC, 08–18 in Paris) unless urgent. */
function working(at: number, wait: Wait, r: ReturnType<typeof random>): number {
  if ('at' in wait) return Math.max(at + 60_000, wait.at);
  let t = at + wait.ms;
  if (wait.urgent) return t;
  for (let i = 0; i < 4; i++) {
    const d = new Date(t);
    const hour = d.getUTCHours();
    const weekend = d.getUTCDay() % 6 === 0;
    if (!weekend && hour >= 7 && hour < 17) return t;
    const morning = Math.floor(t / DAY) * DAY + 7 * HOUR + r.hours(0, 2);
    t = hour < 7 && !weekend ? morning : morning + DAY;
  }
  return t;
}

/**
 * Seeds a desk with about `days` of history by driving the real runtime, on a clock this function
 * moves, through `runtime.client(actor)`: employees report incidents and password resets and ask
 * for access, managers onboard new hires, engineers plan changes for evening windows the CAB
 * approves or rejects, and team leads open problems behind recurring incidents. Agents claim
 * queued work, sometimes hand it on, and resolve it; requesters rate most fixes and reopen a few.
 * Nothing is written as rows: every ticket, SLA clock, breach and figure is the engine's own.
 *
 * Steps run in time order over the whole desk (a queue of timed steps) and the timers of each
 * simulated day fire at its end, so the event feed reads in order and SLA breaches fire as they
 * would have. Work not finished by `now` stays open: today's backlog and next week's changes.
 */
export async function seedDemoHistory(
  runtimeAt: (clock: () => Date) => Runtime,
  storage: StorageAdapter,
  users: readonly DirectoryUser[],
  now: number,
  options: DemoHistoryOptions = {},
): Promise<DemoHistoryReport> {
  const started = Date.now();
  const r = random(options.seed ?? 17);
  const days = options.days ?? 60;
  const perDay = options.perDay ?? 6;
  const first = Math.floor((now - days * DAY) / DAY) * DAY;
  let at = first;
  const runtime = runtimeAt(() => new Date(at));
  const report: DemoHistoryReport = { tickets: 0, commands: 0, stalled: 0, refusals: [], ms: 0 };
  const cast: Cast = {
    users,
    withRole: (role) => users.filter((u) => u.roles?.includes(role)).map((u) => u.id),
    inGroup: (group) => users.filter((u) => u.groups?.includes(group)).map((u) => u.id),
    incidents: [],
  };

  const queue: Step[] = [];
  let seq = 0;
  const later = (when: number, what: string, run: () => Promise<void>) => {
    const step = { at: when, seq: seq++, what, run };
    let lo = 0;
    let hi = queue.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (queue[mid]!.at <= when) lo = mid + 1;
      else hi = mid;
    }
    queue.splice(lo, 0, step);
  };
  const refused = (what: string) => (error: unknown) => {
    report.stalled++;
    if (report.refusals.length < 8)
      report.refusals.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  };
  /** One command as one person, through the client every user of the desk gets. */
  const as = (actor: string) => {
    report.commands++;
    return runtime.client(actor);
  };

  const waiting = new Set<string>();
  const playOf = (t: Ticket): Play | undefined => plays[t.workflow.key];
  /** Works the ticket again after the play's delay for the step it is at (once at a time). */
  const soon = (t: Ticket, nodeId?: string) => {
    const play = playOf(t);
    if (!play || waiting.has(t.id)) return;
    waiting.add(t.id);
    later(working(at, play.delay(t, nodeId, r), r), `${t.number} ${nodeId ?? ''}`, () => {
      waiting.delete(t.id);
      return step(t.id, play);
    });
  };

  async function step(id: string, play: Play) {
    const items = await storage.listWorkItems({ ticketId: id, state: ['open'] });
    const item: WorkItem | undefined = items.find((w) => w.state === 'open');
    if (!item) return;
    const ticket = await work(id, item, play);
    if (ticket && items.length > 1) soon(ticket, items[1]!.nodeId);
  }

  /** Claims a queued item (the first response) or decides it, as its holder. */
  async function work(id: string, item: WorkItem, play: Play): Promise<Ticket | null> {
    const holder = item.assignee;
    if (!holder) {
      const actor = r.pick(item.candidates ?? []);
      if (!actor) return null;
      let t = await as(actor).act({ ticket: id, workItem: item.id, action: 'claim' });
      const others = (item.candidates ?? []).filter((c) => c !== actor);
      if (item.kind === 'task' && others.length && r.chance(0.12)) {
        const to = r.pick(others);
        t = await as(actor)
          .act({ ticket: id, workItem: item.id, action: 'reassign', to, reason: r.pick(REASSIGN) })
          .catch(() => t);
      }
      soon(t, item.nodeId);
      return t;
    }
    const ticket = latest.get(id);
    if (!ticket) return null;
    const move = play.move(item, ticket, r, at);
    return as(holder).act({
      ticket: id,
      workItem: item.id,
      action: move.action,
      ...(move.data ? { data: move.data } : {}),
      ...(move.reason ? { reason: move.reason } : {}),
    });
  }

  /** After a fix: the requester rates most, and reopens a few, with a reason. */
  function followUp(t: Ticket) {
    const play = playOf(t);
    if (!play) return;
    later(at + r.hours(1, 30), `${t.number} follow-up by ${t.requester}`, async () => {
      if (t.workflow.key === 'incident' && r.chance(0.07)) {
        const reason = r.pick(['Still broken this morning', 'It happened again']);
        await as(t.requester).act({ ticket: t.id, action: 'reopen', reason });
      } else if (play.survey && r.chance(0.7)) {
        const rating = r.pick([5, 5, 5, 5, 4, 4, 4, 3, 2, 1]);
        await as(t.requester).act({
          ticket: t.id,
          action: 'rate',
          data: play.rating ? play.rating(rating, r) : { rating },
        });
      }
    });
  }

  // Every ticket the runtime makes (by hand, by a schedule, as a subworkflow) is worked when a
  // step is entered; a resolution is followed up by its requester.
  // The latest state of every ticket, as the events of its commands carry it (no read back).
  const latest = new Map<string, Ticket>();
  const off = runtime.subscribe((e) => {
    latest.set(e.ticket.id, e.ticket);
    if (e.type === 'entered' && e.ticket.status !== 'resolved') soon(e.ticket, e.nodeId);
    else if (e.type === 'statusChanged' && e.ticket.status === 'resolved') followUp(e.ticket);
  });

  async function raise(key: string, play: Play) {
    const requester = r.pick(play.requesters(cast));
    const data = play.data(r, at, requester, cast);
    if (!data) return;
    const t = await as(requester).startTicket({ workflow: key, data });
    report.tickets++;
    if (key === 'incident')
      cast.incidents.push({
        id: t.id,
        number: t.number,
        category: String(t.data.category ?? 'other'),
        ...(typeof t.data.affectedService === 'string' ? { service: t.data.affectedService } : {}),
        at,
      });
    // A problem is linked to the incidents it explains, so both tickets show the link.
    if (key === 'problem')
      for (const number of data.incidents as string[]) {
        const incident = cast.incidents.find((i) => i.number === number);
        if (incident)
          await as(requester)
            .relate({ op: 'link', ticket: t.id, to: incident.id, type: 'causes' })
            .catch(refused(`link ${t.number}`));
      }
  }

  // Arrivals: a few a day in office hours, fewer at weekends (incidents and resets only).
  const entries = Object.entries(plays);
  for (let day = 0; day <= days; day++) {
    const midnight = first + day * DAY;
    const weekday = new Date(midnight).getUTCDay() % 6 !== 0;
    const open = entries.filter(([, p]) => weekday || p.weekend);
    const total = open.reduce((sum, [, p]) => sum + p.share, 0);
    const count = Math.round((weekday ? perDay : perDay / 3) * (0.6 + r.next() * 0.8));
    for (let i = 0; i < count; i++) {
      const when = midnight + r.hours(7, 17);
      let roll = r.next() * total;
      const [key, play] = open.find(([, p]) => (roll -= p.share) < 0) ?? open[0]!;
      if (when < now) later(when, `raise ${key}`, () => raise(key, play));
    }
  }

  let nextTick = first + DAY;
  try {
    while (queue.length && queue[0]!.at <= now) {
      const next = queue.shift()!;
      // The timers of each simulated day (SLA warnings and breaches, auto-close, schedules).
      for (; nextTick <= next.at; nextTick += DAY) {
        at = nextTick;
        await runtime.tick(new Date(at));
      }
      at = next.at;
      await next.run().catch(refused(next.what));
    }
    at = now;
    await runtime.tick(new Date(now));
  } finally {
    off();
  }
  report.ms = Date.now() - started;
  return report;
}
