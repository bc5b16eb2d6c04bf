export {
  NATURAL_CALENDAR,
  NATURAL_CALENDAR_SPEC,
  compileCalendar,
  createCalendarRegistry,
  naturalCalendar,
} from './calendar';
export type { CalendarRegistry, Weekday, WorkingCalendar } from './calendar';
export { addWorkingTime, isWorkingTime, nextWorkingTime, workingTimeBetween } from './working-time';
export type { CalendarInput } from './working-time';
export { durationToMs, parseDuration } from './duration';
export type { IsoDuration } from './duration';
export { computeSlaClocks, computeSlaClocksAsync } from './sla';
export type { SlaAsyncOptions } from './sla';
export { replaySnapshots } from './snapshots';
export type { ReplayOptions } from './snapshots';
export type {
  SlaClockState,
  SlaComputation,
  SlaComputeInput,
  SlaConditionEvaluator,
  SlaConditionKind,
  SlaSnapshot,
  SlaUpcoming,
} from './sla.types';
export type {
  DueRuns,
  MissedRunPolicy,
  ScheduleEntry,
  ScheduleFrequency,
  ScheduleStore,
  TicketSchedule,
} from './schedule.types';
export { onCallAssignment, onCallTimeline, onCallUsers } from './oncall';
export type { OnCallAssignment, OnCallPeriod, OnCallRotation } from './oncall';
export { timeIssues } from './definition-check';
