import { createWidgetRegistry } from '../registry/registry';
import type { WidgetType } from '../registry/widget.types';
import { changeCalendarWidget } from './calendar/calendar';
import { chartWidget } from './chart/chart';
import { countersWidget } from './counters/counters';
import { onCallWidget } from './oncall/oncall';
import { slaBoardWidget } from './sla/sla';
import { ticketTableWidget } from './table/table';
import { todoWidget } from './todo/todo';
import { workloadWidget } from './workload/workload';
import { agentScorecardWidget } from './reports/scorecard';
import { backlogAgeingWidget } from './reports/backlogAgeing';
import { createdResolvedWidget } from './reports/createdResolved';
import { kpiWidget } from './reports/kpi';
import { reportChartWidget } from './reports/reportChart';

/** Every built-in widget type, in picker order. */
export const builtinWidgets: readonly WidgetType[] = [
  todoWidget,
  countersWidget,
  ticketTableWidget,
  slaBoardWidget,
  chartWidget,
  changeCalendarWidget,
  onCallWidget,
  workloadWidget,
  kpiWidget,
  createdResolvedWidget,
  reportChartWidget,
  agentScorecardWidget,
  backlogAgeingWidget,
];

/** The registry a {@link Dashboard} uses when it is given none: the built-ins. */
export const defaultWidgetRegistry = createWidgetRegistry(builtinWidgets);
