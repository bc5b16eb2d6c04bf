/**
 * @deskkit/designer — the visual workflow designer (`WorkflowDesigner`) and the ticket progress
 * viewer (`WorkflowViewer`), on @xyflow/react.
 *
 * @packageDocumentation
 */
export { WorkflowDesigner } from './designer/WorkflowDesigner';
export type {
  DesignerTab,
  FormBuilderLikeProps,
  WorkflowDesignerProps,
} from './designer/designer.types';
export { WorkflowViewer } from './viewer/WorkflowViewer';
export type { WorkflowViewerProps } from './viewer/WorkflowViewer';
export { deriveProgress } from './viewer/progress';
export type { StepRecord, TicketProgress } from './viewer/progress';
export { createTranslator, defaultMessages } from './i18n/messages';
export { zhCNMessages as DESIGNER_MESSAGES_ZH_CN } from './i18n/zh-CN';
export { useDesignerTranslator } from './i18n/useTranslator';
export type {
  DesignerMessageKey,
  DesignerTranslate,
  MessageVars,
  Translator,
} from './i18n/messages';
export { defaultNodeKinds, nodeSummary } from './model/nodeKinds';
export type { NodeKind } from './model/nodeKinds';
export type { DirectorySource, PrincipalKind } from './inspector/PrincipalPicker';
export type { WorkflowChoice } from './inspector/inspector.types';
// The expression input and condition builder live in @deskkit/forms (one for both builders).
export { ExpressionInput, ConditionBuilder } from '@deskkit/forms';
export type { ExpressionInputProps, ExpressionTranslate, FieldChoice } from '@deskkit/forms';
export { DurationInput } from './duration/DurationInput';
export { formFieldChoices } from './model/fieldChoices';
export type { DurationInputProps } from './duration/DurationInput';
export { DiffList } from './diff/DiffList';
export type { DiffListProps } from './diff/DiffList';
export { ScheduleEditor } from './schedule/ScheduleEditor';
export type { ScheduleEditorProps } from './schedule/ScheduleEditor';
export { readRecurrence, writeRecurrence } from './schedule/recurrence';
export type { MonthPosition, RecurrenceForm, RecurrenceReading } from './schedule/recurrence';
export {
  CONDITION_OPERATORS,
  conditionToJsonata,
  isCompleteRule,
  jsonataToCondition,
} from '@deskkit/forms';
export type {
  ConditionGroup,
  ConditionLiteral,
  ConditionOperator,
  ConditionReading,
  ConditionRule,
  ConditionUnreadable,
} from '@deskkit/forms';
export { layoutDefinition } from './model/layout';
export type { LayoutOptions } from './model/layout';
export { DefinitionImportError, parseDefinitionJson } from './model/importJson';
export { WorkflowSimulator } from './simulate/WorkflowSimulator';
export type { WorkflowSimulatorProps } from './simulate/WorkflowSimulator';
export { createSimulation } from './simulate/simulation';
export type { Simulation, SimulationOptions, SimulationSnapshot } from './simulate/simulation';
export { sampleData } from './simulate/sampleData';
export type { ImportErrorCode } from './model/importJson';

/** Version of this package. */
export const DESIGNER_VERSION = '0.1.0';
