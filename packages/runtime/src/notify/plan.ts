import { sightOf } from '../client/sight';
import { titleMayHide } from '../client/scope';
import type { CommandContext, StagedTicket } from '../engine/engine.types';
import type { HistoryEvent, WorkItem } from '../model/ticket.types';
import { mentionedUsers } from './mentions';
import type { NotificationRecord, NotificationType } from './notify.types';
import {
  NOTIFY_STATE,
  channelsFor,
  getPreferences,
  type NotificationDefaults,
  type NotificationPreferences,
} from './prefs';
import type { WebhookEndpoint } from './webhook.types';

/** One notification before preferences: who, what, from which event. */
export interface PlannedNotification {
  type: NotificationType;
  to: string[];
  event: HistoryEvent;
  detail?: NotificationRecord['detail'];
  /** Recipients must be checked to see the ticket (mentions name anyone). */
  checkSight?: boolean;
  /** False: no desk-wide webhook copy (another entry of the same event has it). */
  broadcast?: boolean;
}

type Detail = NonNullable<NotificationRecord['detail']>;

const holders = (w: WorkItem | undefined): string[] =>
  !w ? [] : w.assignee !== undefined ? [w.assignee] : (w.candidates ?? []);

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Who is told what about one ticket's events in one command (before preferences). */
export async function whoIsTold(
  s: StagedTicket,
  ctx: CommandContext,
): Promise<PlannedNotification[]> {
  const out: PlannedNotification[] = [];
  const open = await ctx.openItems(s);
  const byId = new Map(open.map((w) => [w.id, w]));
  const t = s.ticket;
  const working = [...new Set(open.flatMap(holders))];
  for (const e of ctx.eventsOf(t.id)) {
    switch (e.type) {
      case 'assigned': {
        const item = byId.get(str(e.detail?.workItem) ?? '');
        if (!item || item.state !== 'open') break;
        const node = item.nodeName ?? item.nodeId;
        if (item.kind === 'approval') {
          out.push({ type: 'approvalRequested', to: holders(item), event: e, detail: { node } });
        } else if (item.assignee !== undefined) {
          out.push({ type: 'assigned', to: [item.assignee], event: e, detail: { node } });
        } else {
          out.push({ type: 'queued', to: item.candidates ?? [], event: e, detail: { node } });
        }
        break;
      }
      case 'action':
        if (e.action === 'urge') {
          const urged = open.filter((w) => w.urgedAt === ctx.at);
          out.push({ type: 'urged', to: [...new Set(urged.flatMap(holders))], event: e });
        } else if (e.action === 'comment' && e.comment) {
          out.push(await mentioned(e, ctx));
        }
        break;
      case 'notified': {
        const to = Array.isArray(e.detail?.to)
          ? (e.detail.to as unknown[]).flatMap((u) => str(u) ?? [])
          : [];
        if (e.detail?.reason === 'urgeFollowUp') {
          out.push({ type: 'urged', to, event: e, detail: { followUp: true } });
        } else {
          const message = str(e.detail?.message);
          out.push({ type: 'notice', to, event: e, ...(message ? { detail: { message } } : {}) });
        }
        break;
      }
      case 'slaWarning':
      case 'slaBreached': {
        const detail: Detail = {};
        for (const k of ['policy', 'target', 'threshold', 'dueAt'] as const) {
          const v = e.detail?.[k];
          if (typeof v === 'string' || typeof v === 'number') detail[k] = v;
        }
        out.push({ type: e.type, to: working, event: e, detail });
        break;
      }
      case 'statusChanged': {
        const from = str(e.detail?.from) ?? '';
        const to = str(e.detail?.to) ?? t.status;
        const people = [t.requester, ...(t.watchers ?? [])];
        if (to === 'resolved') {
          const survey = !!s.wf.def.survey;
          // A survey with its own form is answered on the ticket; the 1–5 rating also from the mail.
          const own: Record<string, boolean> = s.wf.def.survey?.form ? { surveyForm: true } : {};
          out.push({
            type: 'resolved',
            to: [t.requester],
            event: e,
            detail: { from, to, survey, ...own },
          });
          if (t.watchers?.length) {
            const detail = { from, to };
            out.push({ type: 'statusChanged', to: t.watchers, event: e, detail, broadcast: false });
          }
        } else {
          out.push({ type: 'statusChanged', to: people, event: e, detail: { from, to } });
        }
        break;
      }
      default:
        break;
    }
  }
  return out;
}

/**
 * `mentioned`: users named in a comment. Uses the comment's resolved mentions when the engine
 * records them (`detail.mentions`), else parses `@id`. A work note's text is never copied (its
 * recipients may include people who see only the ticket), and the checked sight leaves out anyone
 * who may not see the ticket or, for a work note, its work notes.
 */
async function mentioned(e: HistoryEvent, ctx: CommandContext): Promise<PlannedNotification> {
  const resolved = e.detail?.mentions;
  const to = Array.isArray(resolved)
    ? resolved.flatMap((u) => str(u) ?? [])
    : await mentionedUsers(e.comment ?? '', ctx.core.directory);
  const detail: Detail = e.internal
    ? { internal: true }
    : { comment: (e.comment ?? '').slice(0, 500) };
  return { type: 'mentioned', to, event: e, detail, checkSight: true };
}

/** What the planner reads once per command: the admin's defaults and webhook endpoints. */
interface Settings {
  defaults: NotificationDefaults | undefined;
  webhooks: WebhookEndpoint[];
  own: Map<string, NotificationPreferences>;
}

/** Options of {@link planOutbox}. */
export interface PlanOptions {
  /** Digest window (ms): digest lines wait for the window's end; default 1 hour. */
  digestMs: number;
}

/**
 * Turns the command's events into outbox entries, one per recipient and event, plus a desk-wide
 * entry per event for the webhook endpoints whose filter matches. The actor is not told about
 * their own doing. Channels follow preferences; an inbox-only entry is delivered as it commits.
 */
export async function planOutbox(
  changed: StagedTicket[],
  ctx: CommandContext,
  options: PlanOptions,
): Promise<NotificationRecord[]> {
  const planned: Array<{ s: StagedTicket; p: PlannedNotification }> = [];
  for (const s of changed) for (const p of await whoIsTold(s, ctx)) planned.push({ s, p });
  if (!planned.length) return [];
  const storage = ctx.core.storage;
  const settings: Settings = {
    defaults: (await storage.getState<NotificationDefaults>(NOTIFY_STATE.defaults))?.value,
    webhooks: (await storage.getState<WebhookEndpoint[]>(NOTIFY_STATE.webhooks))?.value ?? [],
    own: new Map(),
  };
  const hidesTitle = new Map<string, boolean>();
  const out: NotificationRecord[] = [];
  for (const { s, p } of planned) {
    const t = s.ticket;
    if (!hidesTitle.has(t.workflow.key))
      hidesTitle.set(t.workflow.key, await titleMayHide(ctx.core, t.workflow.key));
    const base = {
      type: p.type,
      ticketId: t.id,
      ticketNumber: t.number,
      at: ctx.at,
      eventId: p.event.id,
      ...(p.event.actor !== undefined ? { actor: p.event.actor } : {}),
      ...(p.detail ? { detail: p.detail } : {}),
    };
    const recipients: string[] = [];
    for (const user of new Set(p.to)) {
      if (user === p.event.actor) continue;
      if (p.checkSight) {
        const sight = await sightOf(ctx.core, t, user);
        if (!sight.access.see || (p.event.internal && !sight.access.desk)) continue;
      }
      let own = settings.own.get(user);
      if (!own) settings.own.set(user, (own = await getPreferences(storage, user)));
      const dirUser = await ctx.core.directory.getUser(user);
      const channels = channelsFor(p.type, dirUser, own, settings.defaults);
      if (!channels.length) continue;
      recipients.push(user);
      const digestOnly = channels.includes('digest') && !channels.includes('email');
      const due = digestOnly
        ? new Date(Math.ceil((ctx.now.getTime() + 1) / options.digestMs) * options.digestMs)
        : ctx.now;
      const deliverable = channels.some((c) => c !== 'inbox');
      out.push({
        ...base,
        id: `${p.event.id}:${p.type}:${user}`,
        recipient: user,
        channels,
        ...(!hidesTitle.get(t.workflow.key) && t.title !== undefined ? { title: t.title } : {}),
        delivery: deliverable
          ? { state: 'pending', attempts: 0, nextAttemptAt: due.toISOString() }
          : { state: 'delivered', attempts: 0, nextAttemptAt: ctx.at, deliveredAt: ctx.at },
      });
    }
    const targets = settings.webhooks
      .filter((w) => w.enabled !== false && (w.events.includes('*') || w.events.includes(p.type)))
      .map((w) => w.id);
    if (p.broadcast !== false && targets.length && (recipients.length || !p.to.length)) {
      out.push({
        ...base,
        id: `${p.event.id}:${p.type}:*`,
        channels: ['webhook'],
        targets,
        ...(t.title !== undefined ? { title: t.title } : {}),
        ...(recipients.length ? { recipients } : {}),
        delivery: { state: 'pending', attempts: 0, nextAttemptAt: ctx.at },
      });
    }
  }
  return out;
}
