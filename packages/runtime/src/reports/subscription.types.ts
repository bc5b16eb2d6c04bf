import type { ErrorRecord } from '../errors/record';
import type { AggregateQuery } from '../query/query.types';

/** One report of a snapshot: an `aggregate` query (a dashboard widget's figures) with its title. */
export interface SnapshotReport {
  /** The heading of its table in the e-mail and the name of its CSV file / worksheet. */
  title: string;
  query: AggregateQuery;
  /**
   * A rolling period ending at each run, in days: the resolutions of the last `days` days for
   * `resolved` / `resolveTime`, the backlog at the run for `backlog`, the tickets created in the
   * last `days` days for every other measure (as the report widgets' `days`).
   */
  days?: number;
}

/** The attachments of a snapshot e-mail; the HTML body always holds the figures as tables. */
export type SnapshotFormat = 'csv' | 'xlsx';

/**
 * When snapshots go out: an RFC 5545 rule (`FREQ=WEEKLY;BYDAY=MO;BYHOUR=8;BYMINUTE=0`, no
 * DTSTART) from `start`, in the desk's time zone (`createRuntime({ timeZone })`).
 */
export interface SnapshotSchedule {
  rrule: string;
  /** First possible run, local `YYYY-MM-DDTHH:mm` in the desk's time zone. */
  start: string;
}

/** What a user gives to create (no `id`) or replace (`id`) a report subscription. */
export interface ReportSubscriptionInput {
  id?: string;
  /** The e-mail's subject, e.g. the dashboard's name. */
  name: string;
  reports: SnapshotReport[];
  /** User ids; each gets the figures computed as themselves (`runtime.client(recipient)`). */
  recipients: string[];
  schedule: SnapshotSchedule;
  /** Attachments besides the HTML body (default none). */
  formats?: SnapshotFormat[];
  /** Paused subscriptions send nothing; default true. */
  enabled?: boolean;
  /** Admins only: whose subscription it is (default: the user saving it). */
  owner?: string;
}

/**
 * A dashboard snapshot e-mailed on a schedule (`DeskClient.saveReportSubscription`): at every run
 * of its schedule, each recipient gets one e-mail with the reports' figures as they may see them.
 */
export interface ReportSubscription extends Omit<ReportSubscriptionInput, 'id' | 'owner'> {
  id: string;
  /** Who manages it (admins manage everyone's). */
  owner: string;
  formats: SnapshotFormat[];
  enabled: boolean;
  createdAt: string;
  updatedAt: string;
  /** The runs were sent up to this instant. */
  lastRunAt?: string;
  /** The next run, or `null` when the schedule is over. */
  next?: string | null;
  /**
   * The last run that failed for a recipient, with the reason: its error code and values
   * (`i18n.errorMessage(lastError)` shows it in the reader's language) and its English `message`.
   */
  lastError?: { at: string } & ErrorRecord;
}

/** What `DeskClient.listReportSubscriptions` reads. */
export interface ReportSubscriptionQuery {
  /** Admins only: another user's subscriptions, or `*` for everyone's. Default: your own. */
  owner?: string;
}
