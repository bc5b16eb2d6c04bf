/**
 * `@deskkit/runtime/reports`: dashboard snapshots e-mailed on a schedule. `reportSnapshots()` is
 * the runtime extension that sends them at each `tick` through the notifications outbox; users
 * manage their subscriptions through `DeskClient.listReportSubscriptions`,
 * `saveReportSubscription` and `deleteReportSubscription`.
 *
 * @packageDocumentation
 */
export { reportSnapshots, sendDueSnapshots, snapshotId } from './extension';
export type { ReportSnapshotOptions, ReportsExtension } from './extension';
export { computeSnapshot, queryAt, measureKind } from './snapshot';
export type { MeasureKind, SnapshotSection } from './snapshot';
export { renderSnapshotMail, exportFigure } from './snapshotMail';
export type { SnapshotMailOptions } from './snapshotMail';
export { SNAPSHOT_MESSAGES_EN, SNAPSHOT_MESSAGES_ZH_CN } from './snapshot.messages';
export type { SnapshotMessageKey } from './snapshot.messages';
export { REPORT_SUBSCRIPTIONS_STATE, SUBSCRIPTION_LIMITS } from './store';
export type {
  ReportSubscription,
  ReportSubscriptionInput,
  ReportSubscriptionQuery,
  SnapshotFormat,
  SnapshotReport,
  SnapshotSchedule,
} from './subscription.types';
