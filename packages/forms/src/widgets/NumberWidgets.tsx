import type { ReactElement } from 'react';
import { useState } from 'react';
import type { DeskWidgetProps } from './base';
import { controlClass, uiProp, widgetContext } from './base';

interface NumberSpec {
  integer: boolean;
  /** Text shown before the input (currency symbol). */
  prefix?: (props: DeskWidgetProps) => string | undefined;
  suffix?: string;
  step?: number;
  displayName: string;
}

function currencySymbol(code: string, locale?: string): string {
  try {
    const parts = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: code,
    }).formatToParts(1);
    return parts.find((p) => p.type === 'currency')?.value ?? code;
  } catch {
    return code;
  }
}

function numberWidget(spec: NumberSpec) {
  function NumberWidget(props: DeskWidgetProps): ReactElement {
    const { id, value, readonly, disabled, placeholder, onBlur, onFocus, onChange, schema } = props;
    const { describedBy, invalid, ui, opts } = widgetContext(props);
    // Keep what the person typed ("1." or "-") while it is not a number yet.
    const [draft, setDraft] = useState<{ text: string; value: unknown } | undefined>();
    const shown =
      draft && draft.value === value ? draft.text : typeof value === 'number' ? String(value) : '';
    const prefix = spec.prefix?.(props);
    const suffix = spec.suffix;
    const input = (
      <input
        id={id}
        name={id}
        type="text"
        inputMode={spec.integer ? 'numeric' : 'decimal'}
        className={controlClass('dk-input dk-input--number', invalid)}
        value={shown}
        placeholder={placeholder || undefined}
        readOnly={readonly}
        disabled={disabled}
        required={props.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-labelledby={opts.cellLabelId}
        onChange={(e) => {
          const text = e.target.value.replace(',', '.');
          const trimmed = text.trim();
          const parsed = trimmed === '' ? undefined : Number(trimmed);
          const next =
            parsed === undefined || Number.isNaN(parsed)
              ? undefined
              : spec.integer
                ? Math.trunc(parsed)
                : parsed;
          setDraft({ text: e.target.value, value: next });
          onChange(next);
        }}
        onBlur={() => {
          setDraft(undefined);
          onBlur(id, value);
        }}
        onFocus={() => onFocus(id, value)}
        min={typeof schema.minimum === 'number' ? schema.minimum : undefined}
        max={typeof schema.maximum === 'number' ? schema.maximum : undefined}
        step={uiProp(ui, 'step', spec.step)}
      />
    );
    if (!prefix && !suffix) return input;
    return (
      <div className={controlClass('dk-affix', invalid)}>
        {prefix && (
          <span className="dk-affix__text" aria-hidden="true">
            {prefix}
          </span>
        )}
        {input}
        {suffix && (
          <span className="dk-affix__text" aria-hidden="true">
            {suffix}
          </span>
        )}
      </div>
    );
  }
  NumberWidget.displayName = spec.displayName;
  return NumberWidget;
}

/** A decimal number. */
export const NumberWidget = numberWidget({ integer: false, displayName: 'NumberWidget' });
/** A whole number. */
export const IntegerWidget = numberWidget({ integer: true, displayName: 'IntegerWidget' });
/** An amount of money; `FieldUi.props.currency` is the ISO 4217 code (default `USD`). */
export const CurrencyWidget = numberWidget({
  integer: false,
  displayName: 'CurrencyWidget',
  prefix: (props) => {
    const { ui } = widgetContext(props);
    return currencySymbol(
      uiProp(ui, 'currency', 'USD'),
      uiProp<string | undefined>(ui, 'locale', undefined),
    );
  },
});
/** A percentage, stored as the number shown (`42` for 42 %). */
export const PercentageWidget = numberWidget({
  integer: false,
  displayName: 'PercentageWidget',
  suffix: '%',
});
