/**
 * @deskkit/runtime — the headless ITSM engine: definitions, tickets, approvals, SLA and storage.
 *
 * @packageDocumentation
 */
export type {
  ActionName,
  ApprovalConfig,
  ApprovalMode,
  ApprovalNode,
  Assignment,
  AssignmentStrategy,
  AutomationAction,
  AutomationConfig,
  AutomationNode,
  EdgeDefinition,
  EndNode,
  ExclusiveNode,
  FieldOption,
  FieldPermission,
  FieldUi,
  FormDefinition,
  FormLayoutNode,
  FormRule,
  FormTemplate,
  FormUi,
  JsonSchema,
  LocalizedDefinition,
  LocalizedText,
  NodeBase,
  NodeDefinition,
  NodeType,
  OlaPolicy,
  ParallelNode,
  PeriodicAutomation,
  Principal,
  SlaPolicy,
  SlaPolicyChange,
  SlaTarget,
  StartNode,
  SubworkflowConfig,
  ReopenConfig,
  SurveyConfig,
  SubworkflowNode,
  TaskNode,
  TicketStatus,
  TimerConfig,
  TimerNode,
  TriggerDefinition,
  TriggerEvent,
  WorkflowDefinition,
} from './definition/definition.types';
export { ACTION_NAMES, NODE_TYPES } from './definition/definition.types';
export type {
  ApprovalState,
  FieldChange,
  CommentAttachment,
  HistoryEvent,
  HistoryEventType,
  LinkType,
  Satisfaction,
  TicketStats,
  SlaClock,
  TicketLink,
  Ticket,
  Timer,
  TimerKind,
  Token,
  WorkItem,
} from './model/ticket.types';
export type {
  ActInput,
  RelateInput,
  BulkActInput,
  BulkActResult,
  ActionHandler,
  CalendarSpec,
  CatalogEntry,
  ClientOptions,
  EventsPage,
  Runtime,
  RuntimeEvent,
  RuntimeOptions,
  StartTicketInput,
  TicketForm,
  TicketView,
  TickResult,
} from './engine/runtime.types';
export type {
  Commit,
  CommitResult,
  DefinitionRecord,
  DraftRecord,
  FeedEvent,
  FeedPage,
  StorageAdapter,
  TimerLease,
} from './storage/storage.types';
export type {
  SaveDraftOptions,
  StudioWorkflow,
  TicketMigrationBlock,
  TicketMigrationInput,
  TicketMigrationReport,
  TicketMigrationResult,
} from './engine/versions/versions.types';
export type {
  AggregateDimension,
  AggregateMetric,
  AggregateQuery,
  AggregateResult,
  ListView,
  ListViewInput,
  SlaCondition,
  SlaQueryState,
  Table,
  TableCell,
  TicketCondition,
  TicketExport,
  TicketExportInput,
  ChangeCollision,
  ChangeCollisionQuery,
  TicketPage,
  TicketQuery,
  SearchSplit,
  TicketScope,
  WorkItemQuery,
} from './query/query.types';
export type {
  DelegationRule,
  Directory,
  DirectoryUser,
  OnCallRota,
} from './directory/directory.types';
export type { DeskkitErrorCode, Issue, IssueLocation, IssueParams } from './errors/errors';
export { errorParams, errorRecord } from './errors/record';
export type { ErrorRecord } from './errors/record';
export {
  ActionNotAllowedError,
  AuthenticationError,
  ConflictError,
  DefinitionError,
  DeskkitError,
  ExpressionError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  RequestError,
  ValidationError,
} from './errors/errors';

// Definitions: the JSON Schema of the format, validation (errors) and lint (warnings).
export {
  assertValidDefinition,
  definitionSchema,
  diffDefinitions,
  expressionSites,
  externalReferences,
  fieldSites,
  lintDefinition,
  renameField,
  subworkflowKeys,
  validateDefinition,
  workingDay,
} from './definition/index';
export type {
  DefinitionChange,
  DefinitionChangeArea,
  DefinitionDiff,
  DefinitionSchema,
  LintOptions,
  DefinitionValidation,
  ExpressionSite,
  ExternalReferences,
  ValidateDefinitionOptions,
  FieldSite,
} from './definition/index';

// Expressions (jsonata): compile once, evaluate with limits, inspect and rewrite field references.
export {
  DEFAULT_EXPRESSION_LIMITS,
  compileExpression,
  evaluate,
  evaluateCondition,
  expressionFields,
  expressionReferences,
  parseExpression,
  renameFieldInExpression,
  toBoolean,
} from './expressions/index';
export type {
  EvaluateOptions,
  ExpressionContext,
  ExpressionLimits,
  FieldReference,
  ParseResult,
} from './expressions/index';

// Form logic shared by the runtime and @deskkit/forms: permissions, rules, data validation.
export {
  applyPermissionsToForm,
  applyPermissionsToSchema,
  baseFieldState,
  checkWritableFields,
  createFormEvaluator,
  evaluateForm,
  fieldPermissionsAt,
  formFieldNames,
  isEmptyValue,
  jsonEqual,
  labelFor,
  loadPatternEngine,
  pruneHidden,
  safeFormValidator,
  validateFormData,
} from './form/index';
export type {
  FieldAccess,
  FieldState,
  FormEvaluation,
  FormEvaluator,
  FormEvaluatorOptions,
  FormValidator,
  FormValidatorOptions,
  ValidateFormDataOptions,
} from './form/index';

// Ticket engine: runtime, memory adapters, engine extension points.
export type { DeskClient } from './client/client.types';
export { changeCollisions } from './client/collisions';
export type {
  InboxNotification,
  InboxPage,
  InboxQuery,
  NotificationChannel,
  NotificationDelivery,
  NotificationLease,
  NotificationPage,
  NotificationQuery,
  NotificationRecord,
  NotificationType,
  OutboxEntryType,
  DeliveryState,
} from './notify/notify.types';
export type {
  ReportSubscription,
  ReportSubscriptionInput,
  ReportSubscriptionQuery,
  SnapshotFormat,
  SnapshotReport,
  SnapshotSchedule,
} from './reports/subscription.types';
export type {
  NotificationDefaults,
  NotificationPreferences,
  PersonalChannel,
} from './notify/prefs';
export { createRuntime } from './engine/runtime';
export { requesterProfileOf } from './engine/requester';
export type { RequesterProfile } from './engine/requester';
export { timeExtension, withTimeExtension } from './engine/time/extension';
export type { TimeExtensionOptions } from './engine/time/extension';
export { SCHEDULES_STATE_KEY, createScheduleStore } from './engine/time/schedules';
export { startTimerLoop } from './engine/time/timer-loop';
export type { TimerLoopOptions } from './engine/time/timer-loop';
export type { EngineOptions } from './engine/runtime';
export type {
  CommandContext,
  EngineCore,
  EventInput,
  RuntimeExtension,
  StagedTicket,
  TimerHandler,
} from './engine/engine.types';
export { DEFAULT_NODE_ACTIONS, FINISHED_ACTIONS } from './engine/permissions';
export { LINK_TYPES } from './engine/link-types';
export type { NumberingOptions } from './engine/numbering';
export { approvalOutcome, quorumNeeded } from './engine/approval';
export { numberPrefix } from './engine/numbering';
export { memoryStorage } from './storage/memory/memory';
export type {
  MemoryChange,
  MemorySnapshot,
  MemoryStorage,
  MemoryStorageOptions,
} from './storage/memory/memory.types';
export { memoryDirectory } from './directory/memory';
export type { DirectoryEntry, MemoryDirectorySeed } from './directory/memory';
export { onCallAt } from './directory/onCall';
export { aggregateInMemory } from './query/aggregate';
export { inScope, matchesTicketQuery, ticketField } from './query/match';
export {
  eventWords,
  searchTerms,
  ticketWords,
  wordsMatch,
  wordsOfText,
  MAX_SEARCH_LENGTH,
  MAX_SEARCH_TERMS,
} from './query/search';

// Time: working calendars, SLA/OLA clocks, schedules, on-call rotations.
export {
  NATURAL_CALENDAR,
  NATURAL_CALENDAR_SPEC,
  addWorkingTime,
  compileCalendar,
  computeSlaClocks,
  computeSlaClocksAsync,
  createCalendarRegistry,
  durationToMs,
  isWorkingTime,
  naturalCalendar,
  nextWorkingTime,
  onCallAssignment,
  onCallTimeline,
  onCallUsers,
  parseDuration,
  replaySnapshots,
  timeIssues,
  workingTimeBetween,
} from './time/index';
export type {
  CalendarInput,
  CalendarRegistry,
  DueRuns,
  IsoDuration,
  MissedRunPolicy,
  OnCallAssignment,
  OnCallPeriod,
  OnCallRotation,
  ReplayOptions,
  ScheduleEntry,
  ScheduleFrequency,
  ScheduleStore,
  SlaAsyncOptions,
  SlaClockState,
  SlaComputation,
  SlaComputeInput,
  SlaConditionEvaluator,
  SlaConditionKind,
  SlaSnapshot,
  SlaUpcoming,
  TicketSchedule,
  Weekday,
  WorkingCalendar,
} from './time/index';

export const RUNTIME_VERSION = '0.1.0';
