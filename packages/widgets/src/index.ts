/**
 * @deskkit/widgets — the overview dashboard: a responsive, editable grid of ITSM widgets reading a
 * runtime's tickets, aggregates and to-do lists.
 *
 * @packageDocumentation
 */

/** Version of this package. */
export const WIDGETS_VERSION = '0.1.0';

export { Dashboard } from './dashboard/Dashboard';
export type { DashboardEditTarget, DashboardProps } from './dashboard/Dashboard';
export { writeWidgetFile, downloadWidgetFile } from './dashboard/exportTable';
export type { WidgetExportFile } from './dashboard/exportTable';

export type {
  Breakpoint,
  DashboardDocument,
  DashboardItem,
  DashboardLayouts,
  LayoutItem,
  PersonalLayout,
  WidgetInstance,
  WidgetLibrary,
} from './model/dashboard.types';
export {
  DEFAULT_BREAKPOINTS,
  DEFAULT_COLS,
  addToLayouts,
  dashboardsForRoles,
  effectiveLayouts,
  isDashboardForRoles,
  moveLayoutItem,
  removeFromLayouts,
  resizeLayoutItem,
} from './model/layouts';
export type { LayoutStep } from './model/layouts';

export type {
  DashboardDataSource,
  ChangePage,
  DataRequest,
  DataRequests,
  DataResult,
  DataResults,
  OnCallSchedule,
  OnCallShift,
} from './data/dataSource.types';
export { fetchRequests } from './data/fetchRequest';
export { filtersToQuery, mergeFilters } from './data/filters';
export type { WidgetFilters } from './data/filters';

export { createWidgetRegistry, defineWidget } from './registry/registry';
export type { WidgetRegistry } from './registry/registry';
export type {
  SetWidgetState,
  TicketLink,
  WidgetContext,
  WidgetQueryContext,
  WidgetSize,
  WidgetSpec,
  WidgetToolbarProps,
  WidgetType,
  WidgetViewProps,
} from './registry/widget.types';

export { builtinWidgets, defaultWidgetRegistry } from './widgets/builtins';
export { todoWidget } from './widgets/todo/todo';
export type { TodoConfig } from './widgets/todo/todo';
export { countersWidget } from './widgets/counters/counters';
export type { CountersConfig } from './widgets/counters/counters';
export { ticketTableWidget } from './widgets/table/table';
export type { TicketColumn, TicketTableConfig, TicketTableState } from './widgets/table/table';
export { slaBoardWidget, slaEntries } from './widgets/sla/sla';
export type { SlaBoardConfig, SlaBoardState, SlaEntry } from './widgets/sla/sla';
export { chartWidget } from './widgets/chart/chart';
export type { ChartConfig, ChartKind } from './widgets/chart/chart';
export { changeCalendarWidget } from './widgets/calendar/calendar';
export type { ChangeCalendarConfig, ChangeCalendarState } from './widgets/calendar/calendar';
export { onCallWidget } from './widgets/oncall/oncall';
export type { OnCallConfig } from './widgets/oncall/oncall';
export { workloadWidget } from './widgets/workload/workload';
export type { WorkloadConfig } from './widgets/workload/workload';
export { kpiWidget, kpiTrend } from './widgets/reports/kpi';
export type { KpiConfig } from './widgets/reports/kpi';
export { createdResolvedWidget } from './widgets/reports/createdResolved';
export type { CreatedResolvedConfig } from './widgets/reports/createdResolved';
export { reportChartWidget, REPORT_DIMENSIONS } from './widgets/reports/reportChart';
export type { ReportChartConfig } from './widgets/reports/reportChart';
export { agentScorecardWidget } from './widgets/reports/scorecard';
export type { AgentScorecardConfig } from './widgets/reports/scorecard';
export { backlogAgeingWidget, ageBuckets } from './widgets/reports/backlogAgeing';
export type { BacklogAgeingConfig } from './widgets/reports/backlogAgeing';
export { formatMeasure, periodQuery, REPORT_METRICS } from './widgets/reports/measure';
export type { MeasureOptions } from './widgets/reports/measure';
export { BarChart } from './charts/BarChart';
export type { BarChartProps } from './charts/BarChart';
export { LineChart } from './charts/LineChart';
export type { LineChartProps } from './charts/LineChart';
export { PieChart } from './charts/PieChart';
export type { PieChartProps } from './charts/PieChart';
export { CHART_PALETTE } from './charts/chart.types';
export type { ChartBaseProps, ChartData, ChartSeries } from './charts/chart.types';
export { niceTicks } from './charts/scale';
export { FilterBar } from './widgets/shared/FilterBar';
export type { FilterBarProps, FilterKind } from './widgets/shared/FilterBar';

export { createTranslator, defaultMessages } from './i18n/messages';
export { zhCNMessages as WIDGETS_MESSAGES_ZH_CN } from './i18n/zh-CN';
export { useWidgetsTranslator } from './i18n/useTranslator';
export type { MessageKey, MessageVars, T, Translate } from './i18n/messages';
