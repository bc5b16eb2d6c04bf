import type { FieldOption } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { useEffect } from 'react';
import type { DeskWidgetProps } from './base';
import { controlClass, isBlank, uiProp, useOptions, widgetContext } from './base';

const indexOf = (options: FieldOption[], value: unknown): number =>
  options.findIndex((o) => o.value === value);

/** A dropdown of options (static, from the schema's `enum`, or from a host data source). */
export function SelectWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, placeholder } = props;
  const { t, describedBy, invalid } = widgetContext(props);
  const { options, loading } = useOptions(props);
  const index = indexOf(options, value);
  return (
    <select
      id={id}
      name={id}
      className={controlClass('dk-input dk-select', invalid)}
      value={index < 0 ? '' : String(index)}
      disabled={disabled || readonly}
      required={props.required}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      aria-busy={loading || undefined}
      onChange={(e) =>
        onChange(e.target.value === '' ? undefined : options[Number(e.target.value)]?.value)
      }
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      <option value="">
        {loading ? t('select.loading') : placeholder || t('select.placeholder')}
      </option>
      {options.map((o, i) => (
        <option key={String(o.value)} value={String(i)}>
          {o.label}
        </option>
      ))}
      {index < 0 && !isBlank(value) && (
        <option value="" disabled>
          {String(value)}
        </option>
      )}
    </select>
  );
}

/**
 * Category → subcategory: a dropdown whose options are filtered by the value of the field named in
 * `FieldUi.dependsOn` (each option's `parent`). A value that no longer fits the parent is cleared.
 */
export function CascaderWidget(props: DeskWidgetProps): ReactElement {
  const { value, onChange } = props;
  const { options, loading, waitingForParent } = useOptions(props);
  const { t } = widgetContext(props);
  const stale = !loading && !isBlank(value) && indexOf(options, value) < 0;
  useEffect(() => {
    if (stale) onChange(undefined);
  }, [stale, onChange]);
  return (
    <SelectWidget
      {...props}
      disabled={props.disabled || waitingForParent}
      placeholder={waitingForParent ? t('select.noOptions') : props.placeholder}
    />
  );
}

function ChoiceGroup(props: DeskWidgetProps & { multiple: boolean }): ReactElement {
  const { id, value, disabled, readonly, onChange, multiple } = props;
  const { labelId, describedBy, invalid, ui, t } = widgetContext(props);
  const { options } = useOptions(props);
  const selected = multiple ? (Array.isArray(value) ? value : []) : [value];
  const inline = uiProp(ui, 'inline', options.length <= 4);
  return (
    <div
      role={multiple ? 'group' : 'radiogroup'}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-required={!multiple && props.required ? true : undefined}
      className={`dk-choices${inline ? ' dk-choices--inline' : ''}`}
      id={id}
    >
      {options.length === 0 && <span className="dk-muted">{t('select.noOptions')}</span>}
      {options.map((o, i) => {
        const checked = selected.includes(o.value);
        return (
          <label
            key={String(o.value)}
            className={`dk-choice${checked ? ' dk-choice--checked' : ''}${disabled || readonly ? ' dk-choice--locked' : ''}`}
            htmlFor={`${id}-${i}`}
          >
            <input
              id={`${id}-${i}`}
              type={multiple ? 'checkbox' : 'radio'}
              name={id}
              checked={checked}
              disabled={disabled || readonly}
              onChange={() => {
                if (!multiple) return onChange(o.value);
                const next = checked
                  ? selected.filter((v) => v !== o.value)
                  : options
                      .filter((x) => x.value === o.value || selected.includes(x.value))
                      .map((x) => x.value);
                onChange(next.length > 0 ? next : undefined);
              }}
            />
            <span>{o.label}</span>
          </label>
        );
      })}
    </div>
  );
}

/** One option out of a few, shown all at once. */
export function RadioWidget(props: DeskWidgetProps): ReactElement {
  return <ChoiceGroup {...props} multiple={false} />;
}

/** Several options out of a few, shown all at once (value: an array). */
export function CheckboxesWidget(props: DeskWidgetProps): ReactElement {
  return <ChoiceGroup {...props} multiple />;
}

/** Several options out of many: chosen ones as removable chips, the rest in a dropdown. */
export function MultiSelectWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange, placeholder } = props;
  const { t, describedBy, invalid, labelId } = widgetContext(props);
  const { options, loading } = useOptions(props);
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const rest = options.filter((o) => !selected.includes(o.value));
  const labelOf = (v: unknown): string => options.find((o) => o.value === v)?.label ?? String(v);
  const locked = disabled || readonly;
  return (
    <div className={controlClass('dk-multi', invalid)}>
      {selected.length > 0 && (
        <ul className="dk-chips" aria-labelledby={labelId}>
          {selected.map((v) => (
            <li key={String(v)} className="dk-chip">
              <span>{labelOf(v)}</span>
              {!locked && (
                <button
                  type="button"
                  className="dk-chip__remove"
                  aria-label={t('multiselect.remove', { label: labelOf(v) })}
                  onClick={() => {
                    const next = selected.filter((x) => x !== v);
                    onChange(next.length > 0 ? next : undefined);
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <select
          id={id}
          name={id}
          className="dk-input dk-select"
          value=""
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-busy={loading || undefined}
          onChange={(e) => {
            const option = rest[Number(e.target.value)];
            if (option) onChange([...selected, option.value]);
          }}
        >
          <option value="">
            {rest.length === 0 ? t('select.noOptions') : placeholder || t('select.placeholder')}
          </option>
          {rest.map((o, i) => (
            <option key={String(o.value)} value={String(i)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

/** On/off (value: boolean). */
export function SwitchWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange, onBlur, onFocus } = props;
  const { t, describedBy, invalid } = widgetContext(props);
  const on = value === true;
  return (
    <button
      id={id}
      type="button"
      role="switch"
      aria-checked={on}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      aria-readonly={readonly || undefined}
      disabled={disabled}
      className={`dk-switch${on ? ' dk-switch--on' : ''}`}
      onClick={() => {
        if (!readonly) onChange(!on);
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    >
      <span className="dk-switch__track" aria-hidden="true">
        <span className="dk-switch__thumb" />
      </span>
      <span className="dk-switch__text">{on ? t('switch.on') : t('switch.off')}</span>
    </button>
  );
}

/** 1…N stars (N = the schema's `maximum`, default 5); native radios, so arrow keys work. */
export function RatingWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange, schema } = props;
  const { t, labelId, describedBy, invalid } = widgetContext(props);
  const max = typeof schema.maximum === 'number' ? Math.min(10, schema.maximum) : 5;
  const current = typeof value === 'number' ? value : 0;
  return (
    <div
      role="radiogroup"
      id={id}
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
      className="dk-rating"
    >
      {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
        <label
          key={n}
          htmlFor={`${id}-${n}`}
          className={`dk-rating__star${n <= current ? ' dk-rating__star--on' : ''}`}
        >
          <input
            id={`${id}-${n}`}
            type="radio"
            name={id}
            className="dk-visually-hidden"
            checked={current === n}
            disabled={disabled || readonly}
            aria-label={t('rating.star', { value: n, max })}
            onChange={() => onChange(n)}
          />
          <span aria-hidden="true">★</span>
        </label>
      ))}
    </div>
  );
}
