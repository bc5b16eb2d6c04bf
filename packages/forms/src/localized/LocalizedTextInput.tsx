import type { LocalizedText } from '@deskkit/runtime';
import { useId, useMemo, type ReactElement } from 'react';
import { useFormsTranslator, useI18n } from '../i18n/I18nProvider';
import { variantOf, withVariant } from './variants';

/** Props of {@link LocalizedTextInput}. */
export interface LocalizedTextInputProps {
  /** What the text is ("Name", "Label"): the label of the input, or of the group of inputs. */
  label: string;
  /** The text as written: a string, or a map of variants by locale. */
  value: LocalizedText | undefined;
  /**
   * The definition's declared locales, its default first. Two or more: one input per locale, side
   * by side when there is room. One: a single input that writes a string. None: a single input for
   * the UI locale's variant (a map stays a map).
   */
  locales?: readonly string[] | undefined;
  /** The new text: a string with one locale, a map otherwise; `undefined` when emptied. */
  onChange(value: LocalizedText | undefined): void;
  /** A text area instead of a one-line input. */
  multiline?: boolean;
  /** The label is for screen readers only (in a table cell, say). */
  hideLabel?: boolean;
  placeholder?: string;
  /** Classes of the wrapper, the label and the inputs, to match the host's form. */
  className?: string;
  labelClassName?: string;
  inputClassName?: string;
}

/**
 * A definition text edited per locale: when the definition declares `locales`, one labelled input
 * per locale, side by side when wide and stacked when narrow (44 px targets under a coarse
 * pointer), so an author writes the English and the Chinese variant together.
 *
 * @example
 * ```tsx
 * <LocalizedTextInput
 *   label="Name"
 *   value={definition.name}
 *   locales={definition.locales}
 *   onChange={(name) => setDefinition({ ...definition, name: name ?? '' })}
 * />
 * ```
 */
export function LocalizedTextInput(props: LocalizedTextInputProps): ReactElement {
  const { value, onChange, multiline, placeholder } = props;
  const i18n = useI18n();
  const t = useFormsTranslator();
  const id = useId();
  const declared = props.locales ?? [];
  const inputs = declared.length > 1 ? declared : [declared[0] ?? i18n.locale];
  const names = useMemo(() => {
    let display: Intl.DisplayNames | undefined;
    try {
      display = new Intl.DisplayNames([i18n.locale], { type: 'language' });
    } catch {
      display = undefined;
    }
    return (tag: string) => display?.of(tag) ?? tag;
  }, [i18n.locale]);
  const inputClass = `${props.inputClassName ?? 'dk-input'}${multiline ? ' dk-textarea' : ''}`;
  const labelClass = props.labelClassName ?? 'dk-field__label';
  const field = (locale: string, ariaLabel: string | undefined, key: string) => {
    const common = {
      id: key,
      className: inputClass,
      lang: declared.length > 0 ? locale : undefined,
      value: variantOf(value, locale, declared),
      placeholder,
      onChange: (e: { target: { value: string } }) =>
        onChange(withVariant(value, locale, e.target.value, declared)),
    };
    const named = ariaLabel === undefined ? {} : { 'aria-label': ariaLabel };
    return multiline ? (
      <textarea {...common} rows={2} {...named} />
    ) : (
      <input {...common} {...named} />
    );
  };

  if (inputs.length === 1) {
    const key = `${id}-0`;
    return (
      <div className={props.className ?? 'dk-inspector__row'}>
        {!props.hideLabel && (
          <label htmlFor={key} className={labelClass}>
            {props.label}
          </label>
        )}
        {field(inputs[0]!, props.hideLabel ? props.label : undefined, key)}
      </div>
    );
  }
  return (
    <fieldset
      className={`dk-localized ${props.className ?? 'dk-inspector__row'}`}
      aria-label={props.hideLabel ? props.label : undefined}
    >
      {!props.hideLabel && <legend className={labelClass}>{props.label}</legend>}
      <div className="dk-localized__variants">
        {inputs.map((locale, i) => {
          const key = `${id}-${i}`;
          const label = t('localized.variant', { label: props.label, language: names(locale) });
          return (
            <div key={locale} className="dk-localized__variant">
              {!props.hideLabel && (
                <label htmlFor={key} className="dk-localized__lang">
                  {names(locale)}
                </label>
              )}
              {field(locale, label, key)}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
