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
];

/** The registry a {@link Dashboard} uses when it is given none: the built-ins. */
export const defaultWidgetRegistry = createWidgetRegistry(builtinWidgets);
