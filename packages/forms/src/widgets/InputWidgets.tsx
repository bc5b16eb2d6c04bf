import type { ChangeEvent, ReactElement } from 'react';
import type { DeskWidgetProps } from './base';
import { controlClass, uiProp, widgetContext } from './base';

type InputType = 'text' | 'email' | 'tel' | 'url' | 'date' | 'time';

/** A `time` input shows `HH:MM`; JSON Schema's `time` format wants seconds. */
function toTimeValue(raw: string): string {
  return /^\d\d:\d\d$/.test(raw) ? `${raw}:00` : raw;
}

function inputWidget(type: InputType, displayName: string, autoComplete?: string) {
  function InputWidget(props: DeskWidgetProps): ReactElement {
    const { id, value, readonly, disabled, autofocus, placeholder, onBlur, onFocus, onChange } =
      props;
    const { describedBy, invalid, ui, t, opts } = widgetContext(props);
    let shown: string;
    if (type === 'time' && typeof value === 'string') shown = value.slice(0, 5);
    else shown = value === undefined || value === null ? '' : String(value);
    const handle = (event: ChangeEvent<HTMLInputElement>): void => {
      const raw = event.target.value;
      if (raw === '') return onChange(undefined);
      if (type === 'time') return onChange(toTimeValue(raw));
      return onChange(raw);
    };
    // An empty read-only date or time reads "—", not the browser's "mm/dd/yyyy" mask.
    const emptyLocked = (readonly || disabled) && shown === '';
    return (
      <input
        id={id}
        name={id}
        type={emptyLocked ? 'text' : type}
        className={controlClass('dk-input', invalid)}
        value={shown}
        placeholder={emptyLocked ? t('field.empty') : placeholder || undefined}
        readOnly={readonly}
        disabled={disabled}
        required={props.required}
        // Autofocus is the host's choice, set per field in the definition.
        // eslint-disable-next-line jsx-a11y/no-autofocus
        autoFocus={autofocus}
        autoComplete={uiProp(ui, 'autoComplete', autoComplete)}
        maxLength={typeof props.schema.maxLength === 'number' ? props.schema.maxLength : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        // A table cell has no <label>: its column header names it.
        aria-labelledby={opts.cellLabelId}
        onChange={handle}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
    );
  }
  InputWidget.displayName = displayName;
  return InputWidget;
}

/** Single-line text. */
export const TextWidget = inputWidget('text', 'TextWidget');
/** Email address (`format: email`). */
export const EmailWidget = inputWidget('email', 'EmailWidget', 'email');
/** Phone number (`type=tel`; validate with the schema's `pattern`). */
export const PhoneWidget = inputWidget('tel', 'PhoneWidget', 'tel');
/** Web address (`format: uri`). */
export const UrlWidget = inputWidget('url', 'UrlWidget', 'url');
/** Calendar date, stored as `YYYY-MM-DD`. */
export const DateWidget = inputWidget('date', 'DateWidget');
/** Time of day, stored as `HH:MM:SS`. */
export const TimeWidget = inputWidget('time', 'TimeWidget');

/** Multi-line text; `FieldUi.props.rows` sets the height (default 4). */
export function TextareaWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, readonly, disabled, placeholder, onBlur, onFocus, onChange } = props;
  const { describedBy, invalid, ui, opts } = widgetContext(props);
  return (
    <textarea
      id={id}
      name={id}
      className={controlClass('dk-input dk-textarea', invalid)}
      value={typeof value === 'string' ? value : ''}
      rows={uiProp(ui, 'rows', 4)}
      placeholder={placeholder || undefined}
      readOnly={readonly}
      disabled={disabled}
      required={props.required}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-labelledby={opts.cellLabelId}
      onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}
