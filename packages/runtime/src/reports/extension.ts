import type { Principal } from '../definition/definition.types';
import type { EngineCore, RuntimeExtension } from '../engine/engine.types';
import type { NotificationRecord } from '../notify/notify.types';
import { loadRecurrence } from '../time/recurrence.load';
import { errorRecord } from '../errors/record';
import { computeSnapshot } from './snapshot';
import { renderSnapshotMail } from './snapshotMail';
import { deskZone, readSubscriptions, recordRun, scheduleOf, type StoreOptions } from './store';
import type { ReportSubscription } from './subscription.types';

/** Options of {@link reportSnapshots}. */
export interface ReportSnapshotOptions extends StoreOptions {
  /** Who may manage everyone's subscriptions (e.g. `[{ role: 'admin' }]`); others manage their own. */
  admins?: Principal[];
  /** The zone of schedules and of the e-mails' dates; default the runtime's `timeZone`, else UTC. */
  timeZone?: string;
  /** The link under the figures: the dashboard's page in the desk. */
  dashboardUrl?: (subscription: ReportSubscription) => string;
  /** The locale of recipients whose directory entry has none (default `en`). */
  locale?: string;
  /** Called when a recipient's snapshot fails (it is retried at the next run). */
  onError?: (error: unknown, subscription: ReportSubscription) => void;
}

/** The report extension as `runtime.client` finds it (`DeskClient.saveReportSubscription`, ...). */
export interface ReportsExtension extends RuntimeExtension {
  name: 'reports';
  readonly reportOptions: ReportSnapshotOptions;
}

/** The outbox id of one recipient's snapshot of one run: processes ticking together store it once. */
export const snapshotId = (sub: string, run: Date, recipient: string): string =>
  `report:${sub}:${run.toISOString()}:${recipient}`;

/** One recipient's snapshot of one run, computed as them and staged in the notifications outbox. */
async function stageSnapshot(
  core: EngineCore,
  o: ReportSnapshotOptions,
  sub: ReportSubscription,
  run: Date,
  recipient: string,
  now: Date,
): Promise<void> {
  const user = await core.directory.getUser(recipient);
  if (!user?.email) return; // nobody to write to
  const owner = await core.directory.getUser(sub.owner);
  const sections = await computeSnapshot(core.client(recipient), sub.reports, run);
  const mail = await renderSnapshotMail(sub, sections, {
    locale: user.locale ?? o.locale ?? 'en',
    timeZone: deskZone(core, o),
    run,
    ownerName: owner?.name ?? sub.owner,
    ...(o.dashboardUrl ? { url: o.dashboardUrl(sub) } : {}),
  });
  const id = snapshotId(sub.id, run, recipient);
  const entry: NotificationRecord = {
    id,
    type: 'report',
    recipient,
    channels: ['email'],
    ticketId: '',
    ticketNumber: '',
    title: sub.name,
    at: run.toISOString(),
    eventId: id,
    detail: { subscription: sub.id },
    mail,
    delivery: { state: 'pending', attempts: 0, nextAttemptAt: now.toISOString() },
  };
  // No ticket changes: the entry alone, under a request id per run and recipient.
  await core.storage.commit({ requestId: id, tickets: [], events: [], notifications: [entry] });
}

/**
 * At each tick: for every subscription whose schedule fell due since its last run, each recipient's
 * snapshot goes into the notifications outbox. Runs missed while nothing ticked collapse into one.
 * Processes ticking together may both compute a run; its outbox entries (ids per run and
 * recipient) are stored once and delivered once on the outbox's leases, and the run bookkeeping
 * is advanced with compare-and-set.
 */
export async function sendDueSnapshots(
  core: EngineCore,
  o: ReportSnapshotOptions,
  now: Date,
): Promise<number> {
  if (!core.storage.claimNotifications) return 0;
  const subs = (await readSubscriptions(core)).filter((s) => s.enabled);
  if (!subs.length) return 0;
  const { dueRuns } = await loadRecurrence();
  let staged = 0;
  for (const sub of subs) {
    const since = new Date(sub.lastRunAt ?? sub.createdAt);
    if (since.getTime() >= now.getTime()) continue;
    let runs: Date[];
    try {
      runs = dueRuns(scheduleOf(sub, deskZone(core, o)), since, now).runs;
    } catch (error) {
      o.onError?.(error, sub);
      continue;
    }
    if (!runs.length) continue;
    let lastError: ReportSubscription['lastError'];
    for (const run of runs) {
      for (const recipient of sub.recipients) {
        try {
          await stageSnapshot(core, o, sub, run, recipient, now);
          staged++;
        } catch (error) {
          lastError = { at: now.toISOString(), ...errorRecord(error) };
          o.onError?.(error, sub);
        }
      }
    }
    await recordRun(core, sub.id, {
      lastRunAt: now.toISOString(),
      ...(lastError ? { lastError } : {}),
    });
  }
  return staged;
}

/**
 * Dashboard snapshots e-mailed on a schedule: users subscribe recipients to a set of reports
 * (`DeskClient.saveReportSubscription`); at every run of the subscription's RRULE (in the desk's
 * time zone), `tick` computes each recipient's figures through `runtime.client(recipient)` and
 * queues one e-mail per recipient in the notifications outbox, with the figures as HTML tables
 * and CSV / XLSX attachments, in the recipient's locale. Needs the `notifications` extension
 * (its e-mail transport sends them).
 *
 * @example
 * ```ts
 * import { notifications } from '@deskkit/runtime/notify';
 * import { reportSnapshots } from '@deskkit/runtime/reports';
 * const runtime = createRuntime({
 *   storage, directory, timeZone: 'Europe/Paris',
 *   extensions: [notifications({ email, templates }), reportSnapshots({ admins: [{ role: 'admin' }] })],
 * });
 * await runtime.client('maya').saveReportSubscription({
 *   name: 'Weekly SLA', recipients: ['maya', 'leo'], formats: ['xlsx'],
 *   schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=8;BYMINUTE=0', start: '2026-01-05T08:00' },
 *   reports: [{ title: 'SLA by group', days: 7, query: { groupBy: ['group'], metric: 'slaMetRate' } }],
 * });
 * ```
 */
export function reportSnapshots(options: ReportSnapshotOptions = {}): ReportsExtension {
  return {
    name: 'reports',
    reportOptions: options,
    async onTick(now, core) {
      await sendDueSnapshots(core, options, now);
    },
  };
}
