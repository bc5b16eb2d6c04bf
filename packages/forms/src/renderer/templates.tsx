import type {
  FieldErrorProps,
  FieldHelpProps,
  FieldProps,
  FieldTemplateProps,
  Widget,
} from '@rjsf/utils';
import { errorId, getUiOptions, helpId } from '@rjsf/utils';
import type { ReactElement } from 'react';
import type { DeskWidgetOptions } from './context.types';

/** Label, required mark, control, help and errors of one field. */
export function DeskFieldTemplate(props: FieldTemplateProps): ReactElement {
  const { id, label, required, readonly, children, errors, help, rawErrors, uiSchema, hidden } =
    props;
  if (hidden) return <div className="dk-hidden">{children}</div>;
  const options = getUiOptions(uiSchema) as DeskWidgetOptions & { hideLabel?: boolean };
  const labelId = options.labelId ?? `${id}__label`;
  const invalid = Boolean(rawErrors && rawErrors.length > 0);
  const classes = ['dk-field'];
  if (invalid) classes.push('dk-field--invalid');
  if (readonly) classes.push('dk-field--readonly');
  return (
    <div className={classes.join(' ')} data-field={options.fieldName}>
      {!options.hideLabel && label && (
        <label id={labelId} htmlFor={id} className="dk-field__label">
          {label}
          {required && (
            <span className="dk-field__required" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </label>
      )}
      {children}
      {help}
      {errors}
    </div>
  );
}

/** The field's help text, referenced by the control's `aria-describedby`. */
export function DeskHelpTemplate(props: FieldHelpProps): ReactElement | null {
  const { help, fieldPathId } = props;
  if (!help) return null;
  return (
    <div id={helpId(fieldPathId)} className="dk-field__help">
      {help}
    </div>
  );
}

/**
 * The field's errors, announced when they appear. Nothing is drawn while there are none (a long
 * form had an empty hidden element per field); the widget's `aria-describedby` names this element
 * only while it is there.
 */
export function DeskErrorTemplate(props: FieldErrorProps): ReactElement | null {
  const { errors, fieldPathId } = props;
  const list = (errors ?? []).filter((e): e is string => typeof e === 'string' && e !== '');
  if (list.length === 0) return null;
  return (
    <div id={errorId(fieldPathId)} className="dk-field__errors" role="alert">
      {list.map((message) => (
        <div key={message} className="dk-error-text">
          {message}
        </div>
      ))}
    </div>
  );
}

/**
 * Draws an object-typed field (date range, for instance) with a registered widget: rjsf gives
 * widgets to scalar and array fields only.
 */
export function DeskWidgetField(props: FieldProps): ReactElement | null {
  const { uiSchema, registry, fieldPathId, formData, onChange } = props;
  const { widget, ...options } = getUiOptions(uiSchema);
  const Component =
    typeof widget === 'string' ? (registry.widgets[widget] as Widget | undefined) : undefined;
  if (!Component) return null;
  return (
    <Component
      id={fieldPathId.$id}
      name={props.name}
      label={props.name}
      value={formData}
      schema={props.schema}
      uiSchema={uiSchema}
      options={options}
      registry={registry}
      required={props.required}
      disabled={props.disabled}
      readonly={props.readonly}
      rawErrors={props.rawErrors}
      onBlur={props.onBlur}
      onFocus={props.onFocus}
      onChange={(value: unknown) => onChange(value, fieldPathId.path)}
    />
  );
}
