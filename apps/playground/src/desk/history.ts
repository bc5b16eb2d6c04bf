import type {
  JsonSchema,
  Runtime,
  StorageAdapter,
  Ticket,
  WorkflowDefinition,
  WorkItem,
} from '@deskkit/runtime';
import type { DirectoryUser } from '@deskkit/runtime';
import { DAY, HOUR } from './clock';

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
export const DEMO_HISTORY: DemoHistoryOptions = { days: 60, perDay: 4 };

/** What the seeding did, for logs and tests. */
export interface DemoHistoryReport {
  tickets: number;
  commands: number;
  /** Tickets whose lifecycle stopped on a refused command (they stay open, as backlogs do). */
  stalled: number;
  ms: number;
}

/** A small deterministic generator (mulberry32). */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    hours: (from: number, to: number) => (from + next() * (to - from)) * HOUR,
  };
}
type Random = ReturnType<typeof random>;

/** A plausible value for a form field, from its JSON Schema. */
function sampleValue(name: string, schema: JsonSchema | undefined, r: Random, at: number) {
  const s = (schema ?? {}) as Record<string, unknown>;
  if (Array.isArray(s.enum) && s.enum.length) return r.pick(s.enum as unknown[]);
  if (s.type === 'boolean') return false;
  if (s.type === 'number' || s.type === 'integer')
    return typeof s.minimum === 'number' ? s.minimum : 1;
  if (s.type === 'array') return [];
  if (s.type === 'object') return undefined;
  if (s.format === 'date-time') return new Date(at + DAY).toISOString();
  if (s.format === 'date') return new Date(at + 7 * DAY).toISOString().slice(0, 10);
  // The demo forms' only patterned field is a phone number.
  if (typeof s.pattern === 'string') return '+33 612 345 678';
  return `${String(s.title ?? name)} — done`;
}

function fieldsOf(def: WorkflowDefinition, nodeId: string, all: boolean) {
  const node = def.nodes.find((n) => n.id === nodeId) as { fields?: Record<string, string> };
  return Object.entries(node?.fields ?? {})
    .filter(([, p]) => p === 'required' || (all && p === 'edit'))
    .map(([f]) => f);
}

/**
 * Seeds a desk with about `days` of realistic history by driving the real runtime (built on a
 * clock this function moves): employees report incidents and password resets, agents claim,
 * sometimes hand off, and resolve them, engineers raise changes the CAB approves, requesters rate
 * most resolutions and reopen a few. Nothing is written as rows: every ticket is the result of
 * commands, so SLA clocks, history and report stats are the engine's own. Lifecycles that would
 * end after `now` stop there (today's backlog).
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
  let at = now - days * DAY;
  const runtime = runtimeAt(() => new Date(at));
  const report: DemoHistoryReport = { tickets: 0, commands: 0, stalled: 0, ms: 0 };
  const has = (role: string) => users.filter((u) => u.roles?.includes(role)).map((u) => u.id);
  const employees = has('employee');
  const changers = has('engineer');
  const defs = new Map<string, WorkflowDefinition>();
  const def = async (key: string) => {
    let d = defs.get(key);
    if (!d) defs.set(key, (d = await runtime.getDefinition(key)));
    return d;
  };

  const act = async (input: Parameters<Runtime['act']>[0]) => {
    report.commands++;
    return runtime.act(input);
  };

  /** Works one open item: claims it from a queue, sometimes hands it off, then completes it. */
  async function work(t: Ticket, item: WorkItem, d: WorkflowDefinition): Promise<boolean> {
    let actor = item.assignee ?? r.pick(item.candidates ?? []);
    if (!actor) return false;
    if (!item.assignee) await act({ ticket: t.id, workItem: item.id, action: 'claim', actor });
    if (item.kind === 'approval') {
      await act({ ticket: t.id, workItem: item.id, action: 'approve', actor });
      return true;
    }
    const others = (item.candidates ?? []).filter((c) => c !== actor);
    if (others.length && r.next() < 0.15) {
      const to = r.pick(others);
      await act({ ticket: t.id, workItem: item.id, action: 'reassign', actor, to });
      actor = to;
      at += r.hours(0.5, 4);
      if (at > now) return false;
    }
    for (const all of [false, true]) {
      const data: Record<string, unknown> = {};
      const props = (d.form.schema.properties ?? {}) as Record<string, JsonSchema>;
      for (const f of fieldsOf(d, item.nodeId, all)) {
        const v = f === 'resolutionCode' ? 'fixed' : sampleValue(f, props[f], r, at);
        if (v !== undefined) data[f] = v;
      }
      try {
        await act({ ticket: t.id, workItem: item.id, action: 'submit', actor, data });
        return true;
      } catch {
        // A rule wanted more than the required fields: try again with every editable one.
      }
    }
    return false;
  }

  /** Drives one ticket from creation to resolution (or to `now`), then rates or reopens it. */
  async function lifecycle(t: Ticket) {
    const d = await def(t.workflow.key);
    for (let step = 0; step < 8; step++) {
      at += step === 0 ? r.hours(0.1, 3) : r.hours(0.5, 20);
      if (at > now) return;
      const items = (await storage.listWorkItems({ ticketId: t.id, state: ['open'] })).filter(
        (w) => w.state === 'open',
      );
      if (!items.length) break;
      for (const item of items) {
        const ok = await work(t, item, d).catch(() => false);
        if (!ok) {
          report.stalled++;
          return;
        }
      }
    }
    t = await runtime.getTicket(t.id);
    if (t.status !== 'resolved') return;
    at += r.hours(1, 30);
    if (at > now) return;
    const view = await runtime.viewTicket(t.id, t.requester);
    if (view.actions.includes('reopen') && r.next() < 0.06) {
      await act({ ticket: t.id, action: 'reopen', actor: t.requester, reason: 'Still broken' });
      await lifecycle(await runtime.getTicket(t.id));
    } else if (view.actions.includes('rate') && r.next() < 0.65) {
      const rating = r.pick([5, 5, 5, 4, 4, 4, 3, 2, 1]);
      await act({ ticket: t.id, action: 'rate', actor: t.requester, data: { rating } });
    }
  }

  async function start(workflow: string, actor: string): Promise<Ticket | null> {
    const d = await def(workflow);
    const template = d.form.templates?.length ? r.pick(d.form.templates) : undefined;
    const props = (d.form.schema.properties ?? {}) as Record<string, JsonSchema>;
    const data: Record<string, unknown> = { ...template?.values };
    for (const f of d.form.schema.required ?? []) {
      if (data[f] === undefined) data[f] = sampleValue(f, props[f], r, at);
    }
    if (workflow === 'incident') data.priority = r.pick(['P1', 'P2', 'P3', 'P3', 'P3', 'P4']);
    report.commands++;
    const hidden = new Set(
      Object.entries(
        (d.nodes.find((n) => n.type === 'start') as { fields?: Record<string, string> })?.fields ??
          {},
      )
        .filter(([, p]) => p === 'hidden')
        .map(([f]) => f),
    );
    return runtime.startTicket({ workflow, actor, data }).catch(() => {
      // A rule asked for more (a phone number for SMS): fill every field the form shows.
      for (const [f, schema] of Object.entries(props)) {
        if (data[f] !== undefined || hidden.has(f)) continue;
        const v = sampleValue(f, schema, r, at);
        if (v !== undefined) data[f] = v;
      }
      report.commands++;
      return runtime.startTicket({ workflow, actor, data }).catch(() => null);
    });
  }

  const first = at;
  for (let day = 0; day < days; day++) {
    const midnight = first + day * DAY;
    const weekday = new Date(midnight).getUTCDay() % 6 !== 0;
    const count = Math.round((weekday ? perDay : perDay / 3) * (0.6 + r.next() * 0.8));
    const starts = Array.from({ length: count }, () => midnight + r.hours(7, 18)).sort();
    for (const when of starts) {
      at = when;
      if (at > now) break;
      const roll = r.next();
      const [workflow, people] =
        roll < 0.68
          ? ['incident', employees]
          : roll < 0.88
            ? ['password-reset', employees]
            : ['change-request', changers];
      const t = await start(workflow, r.pick(people));
      if (!t) continue;
      report.tickets++;
      await lifecycle(t).catch(() => {
        report.stalled++;
      });
    }
  }
  report.ms = Date.now() - started;
  return report;
}
