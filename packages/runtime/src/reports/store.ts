import type { Principal } from '../definition/definition.types';
import type { EngineCore } from '../engine/engine.types';
import { newId } from '../engine/ids';
import { ConflictError, NotFoundError, PermissionError, ValidationError } from '../errors/errors';
import type { Issue } from '../errors/errors';
import { guardQuery } from '../client/scope';
import { loadRecurrence } from '../time/recurrence.load';
import type { TicketSchedule } from '../time/schedule.types';
import type {
  ReportSubscription,
  ReportSubscriptionInput,
  ReportSubscriptionQuery,
  SnapshotFormat,
} from './subscription.types';

/** Storage state key of every report subscription (`getState` / `setState`, one document). */
export const REPORT_SUBSCRIPTIONS_STATE = 'deskkit:report-subscriptions';

/** Most subscriptions one user may own, reports per subscription, recipients per subscription. */
export const SUBSCRIPTION_LIMITS = { perOwner: 20, reports: 20, recipients: 50 } as const;

const FORMATS: readonly SnapshotFormat[] = ['csv', 'xlsx'];

export interface SubscriptionsDoc {
  entries: Record<string, ReportSubscription>;
}

/** What the store reads of the `reportSnapshots` options. */
export interface StoreOptions {
  /** Who may manage everyone's subscriptions. */
  admins?: Principal[];
  /** The zone schedules run in; default the runtime's `timeZone` (the desk's), else UTC. */
  timeZone?: string;
}

function invalid(path: string, message: string, code = 'invalid'): never {
  const issue: Issue = { path, code, severity: 'error', message };
  throw new ValidationError(`subscription${path.replace(/\//g, '.')}: ${message}`, [issue]);
}

/** The ticket schedule the runtime's recurrence functions read for a subscription. */
export function scheduleOf(
  sub: Pick<ReportSubscription, 'id' | 'owner' | 'schedule'>,
  timeZone: string,
): TicketSchedule {
  return {
    id: sub.id,
    workflow: 'report-snapshot',
    actor: sub.owner,
    timeZone,
    start: sub.schedule.start,
    frequency: 'rrule',
    rrule: sub.schedule.rrule,
    missed: 'runOnce',
  };
}

export const deskZone = (core: EngineCore, o: StoreOptions): string =>
  o.timeZone ?? core.options.timeZone ?? 'UTC';

async function mutate<T>(core: EngineCore, change: (doc: SubscriptionsDoc) => T): Promise<T> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const state = await core.storage.getState<SubscriptionsDoc>(REPORT_SUBSCRIPTIONS_STATE);
    const doc: SubscriptionsDoc = state ? structuredClone(state.value) : { entries: {} };
    const result = change(doc);
    if (await core.storage.setState(REPORT_SUBSCRIPTIONS_STATE, doc, state?.version ?? null))
      return result;
  }
  throw new ConflictError('The report subscriptions were changed 20 times in a row; try again.');
}

/** Every subscription (the tick reads them all), as stored. */
export async function readSubscriptions(core: EngineCore): Promise<ReportSubscription[]> {
  const state = await core.storage.getState<SubscriptionsDoc>(REPORT_SUBSCRIPTIONS_STATE);
  return Object.values(state?.value.entries ?? {});
}

/** Records a run's bookkeeping with compare-and-set; a later run already recorded wins. */
export async function recordRun(
  core: EngineCore,
  id: string,
  update: Pick<ReportSubscription, 'lastRunAt'> & Partial<Pick<ReportSubscription, 'lastError'>>,
): Promise<void> {
  await mutate(core, (doc) => {
    const entry = doc.entries[id];
    if (!entry || (entry.lastRunAt && update.lastRunAt && entry.lastRunAt > update.lastRunAt))
      return;
    Object.assign(entry, update);
  });
}

/** A subscription as given, checked: shape, recipients, queries (as its owner) and schedule. */
async function checked(
  core: EngineCore,
  o: StoreOptions,
  owner: string,
  input: unknown,
): Promise<
  Required<Pick<ReportSubscriptionInput, 'formats' | 'enabled'>> & ReportSubscriptionInput
> {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    invalid('', 'must be an object { name, reports, recipients, schedule }', 'type');
  const v = input as Record<string, unknown>;
  if (v.id !== undefined && (typeof v.id !== 'string' || !v.id || v.id.length > 100))
    invalid('/id', 'must be a non-empty string of at most 100 characters');
  if (typeof v.name !== 'string' || !v.name.trim() || v.name.length > 200)
    invalid('/name', 'must be a non-empty string of at most 200 characters');
  const reports = v.reports;
  if (!Array.isArray(reports) || !reports.length || reports.length > SUBSCRIPTION_LIMITS.reports)
    invalid('/reports', `must list 1 to ${SUBSCRIPTION_LIMITS.reports} reports`);
  for (const [i, r] of (reports as unknown[]).entries()) {
    const report = r as Record<string, unknown> | null;
    if (!report || typeof report !== 'object')
      invalid(`/reports/${i}`, 'must be { title, query }', 'type');
    if (typeof report.title !== 'string' || !report.title.trim() || report.title.length > 200)
      invalid(`/reports/${i}/title`, 'must be a non-empty string of at most 200 characters');
    const q = report.query as Record<string, unknown> | null;
    if (!q || typeof q !== 'object' || !Array.isArray(q.groupBy))
      invalid(`/reports/${i}/query`, 'must be an aggregate query with groupBy', 'type');
    if (
      report.days !== undefined &&
      (!Number.isInteger(report.days) ||
        (report.days as number) < 1 ||
        (report.days as number) > 366)
    )
      invalid(`/reports/${i}/days`, 'must be a whole number of days from 1 to 366');
    // A report naming a field its owner may not group or filter by would be refused when run.
    await guardQuery(core, owner, q);
  }
  const recipients = v.recipients;
  if (
    !Array.isArray(recipients) ||
    !recipients.length ||
    recipients.length > SUBSCRIPTION_LIMITS.recipients
  )
    invalid('/recipients', `must list 1 to ${SUBSCRIPTION_LIMITS.recipients} users`);
  for (const [i, r] of (recipients as unknown[]).entries()) {
    if (typeof r !== 'string' || !(await core.directory.getUser(r)))
      invalid(
        `/recipients/${i}`,
        `${JSON.stringify(r)} is not a user of the directory`,
        'unknownUser',
      );
  }
  const formats = v.formats ?? [];
  if (!Array.isArray(formats) || formats.some((f) => !FORMATS.includes(f as SnapshotFormat)))
    invalid('/formats', `must list attachments among ${FORMATS.join(', ')}`);
  if (v.enabled !== undefined && typeof v.enabled !== 'boolean')
    invalid('/enabled', 'must be true or false', 'type');
  const s = v.schedule as Record<string, unknown> | null;
  if (!s || typeof s !== 'object' || typeof s.rrule !== 'string' || typeof s.start !== 'string')
    invalid('/schedule', 'must be { rrule, start }', 'type');
  const schedule = { rrule: s.rrule as string, start: s.start as string };
  try {
    (await loadRecurrence()).validateSchedule(
      scheduleOf({ id: 'new', owner, schedule }, deskZone(core, o)),
    );
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const field = error.issues[0]?.path.split('/').pop() === 'start' ? 'start' : 'rrule';
    invalid(`/schedule/${field}`, error.issues[0]?.message ?? error.message, 'schedule');
  }
  return {
    ...(v.id !== undefined ? { id: v.id as string } : {}),
    name: (v.name as string).trim(),
    reports: structuredClone(reports) as ReportSubscriptionInput['reports'],
    recipients: [...new Set(recipients as string[])],
    schedule,
    formats: [...new Set(formats as SnapshotFormat[])],
    enabled: (v.enabled as boolean | undefined) ?? true,
  };
}

async function withNext(
  core: EngineCore,
  o: StoreOptions,
  sub: ReportSubscription,
): Promise<ReportSubscription> {
  const { nextRun } = await loadRecurrence();
  const from = new Date(Math.max(core.now().getTime(), Date.parse(sub.lastRunAt ?? '') || 0));
  return { ...sub, next: nextRun(scheduleOf(sub, deskZone(core, o)), from)?.toISOString() ?? null };
}

/**
 * The report subscriptions one user manages (`DeskClient.listReportSubscriptions` and co.): their
 * own; admins (`reportSnapshots({ admins })`) everyone's.
 */
export function subscriptionsOf(core: EngineCore, actor: string, options: StoreOptions) {
  const isAdmin = async () =>
    !!options.admins?.length && (await core.directory.matches(actor, options.admins));
  const missing = (id: string) =>
    new NotFoundError(`You have no report subscription "${String(id)}".`);
  return {
    async list(query: ReportSubscriptionQuery = {}): Promise<ReportSubscription[]> {
      const owner = query.owner ?? actor;
      if (owner !== actor && !(await isAdmin()))
        throw new PermissionError("Only admins may read other users' report subscriptions.");
      const all = await readSubscriptions(core);
      const mine = all.filter((s) => owner === '*' || s.owner === owner);
      mine.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
      return Promise.all(mine.map((s) => withNext(core, options, s)));
    },
    async save(input: ReportSubscriptionInput): Promise<ReportSubscription> {
      const admin = await isAdmin();
      const given = (input as { owner?: unknown } | null)?.owner;
      if (given !== undefined && given !== actor && !admin)
        throw new PermissionError('Only admins may save a report subscription for someone else.');
      const at = core.now().toISOString();
      const v = await checked(core, options, typeof given === 'string' ? given : actor, input);
      const saved = await mutate(core, (doc) => {
        const old = v.id === undefined ? undefined : doc.entries[v.id];
        if (v.id !== undefined && (!old || (old.owner !== actor && !admin))) throw missing(v.id);
        const owner = typeof given === 'string' ? given : (old?.owner ?? actor);
        if (
          !old &&
          Object.values(doc.entries).filter((s) => s.owner === owner).length >=
            SUBSCRIPTION_LIMITS.perOwner
        )
          invalid(
            '',
            `${owner} has ${SUBSCRIPTION_LIMITS.perOwner} report subscriptions already; delete one first`,
            'maxItems',
          );
        const { id: _id, ...fields } = v;
        const sub: ReportSubscription = {
          ...fields,
          id: old?.id ?? newId(),
          owner,
          createdAt: old?.createdAt ?? at,
          updatedAt: at,
          // A changed schedule starts from now: runs before the change are not sent late.
          lastRunAt:
            old &&
            old.schedule.rrule === v.schedule.rrule &&
            old.schedule.start === v.schedule.start
              ? (old.lastRunAt ?? at)
              : at,
        };
        doc.entries[sub.id] = sub;
        return sub;
      });
      return withNext(core, options, saved);
    },
    async remove(id: string): Promise<void> {
      const admin = await isAdmin();
      await mutate(core, (doc) => {
        const old = doc.entries[id];
        if (!old || (old.owner !== actor && !admin)) throw missing(id);
        delete doc.entries[id];
      });
    },
  };
}
