import type { Widget } from '@rjsf/utils';
import { AttachmentsWidget } from './AttachmentsWidget';
import {
  CascaderWidget,
  CheckboxesWidget,
  MultiSelectWidget,
  RadioWidget,
  RatingWidget,
  SelectWidget,
  SwitchWidget,
} from './ChoiceWidgets';
import { DateTimeWidget } from './DateTimeWidget';
import {
  DateWidget,
  EmailWidget,
  PhoneWidget,
  TextareaWidget,
  TextWidget,
  TimeWidget,
  UrlWidget,
} from './InputWidgets';
import { LookupWidget } from './LookupWidget';
import { DateRangeWidget, StaticWidget } from './MiscWidgets';
import { CurrencyWidget, IntegerWidget, NumberWidget, PercentageWidget } from './NumberWidgets';
import { DepartmentPickerWidget, GroupPickerWidget, UserPickerWidget } from './PickerWidget';
import { RichTextWidget } from './RichTextWidget';
import { TableWidget } from './TableWidget';

/** A map of widget name → rjsf widget component; what `FieldUi.widget` names. */
export type WidgetRegistry = Record<string, Widget>;

/**
 * The built-in widgets, registered exactly as a host registers its own: pass `widgets` to the
 * renderer to add names or replace any of these.
 */
export const defaultWidgets: Readonly<WidgetRegistry> = Object.freeze({
  text: TextWidget,
  textarea: TextareaWidget,
  richtext: RichTextWidget,
  number: NumberWidget,
  integer: IntegerWidget,
  currency: CurrencyWidget,
  percentage: PercentageWidget,
  email: EmailWidget,
  phone: PhoneWidget,
  url: UrlWidget,
  date: DateWidget,
  time: TimeWidget,
  datetime: DateTimeWidget,
  daterange: DateRangeWidget,
  select: SelectWidget,
  radio: RadioWidget,
  multiselect: MultiSelectWidget,
  checkboxes: CheckboxesWidget,
  switch: SwitchWidget,
  rating: RatingWidget,
  user: UserPickerWidget,
  group: GroupPickerWidget,
  department: DepartmentPickerWidget,
  cascader: CascaderWidget,
  attachments: AttachmentsWidget,
  lookup: LookupWidget,
  table: TableWidget,
  static: StaticWidget,
});

/**
 * The registry a form uses: the built-ins, then the host's additions and overrides.
 *
 * @example
 * ```tsx
 * const widgets = createWidgetRegistry({ colour: ColourWidget, text: MyTextWidget });
 * <FormRenderer form={form} widgets={widgets} />
 * ```
 */
export function createWidgetRegistry(overrides: WidgetRegistry = {}): WidgetRegistry {
  return { ...defaultWidgets, ...overrides };
}
