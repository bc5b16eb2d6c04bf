import type { ReactElement } from 'react';
import type { DeskWidgetProps } from './base';
import { controlClass, uiProp, widgetContext } from './base';

interface Range {
  start?: string;
  end?: string;
}

/** A date range (value: `{ start, end }`, `YYYY-MM-DD`); says so when the end is before the start. */
export function DateRangeWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange } = props;
  const { t, labelId, describedBy, invalid } = widgetContext(props);
  const range: Range = value && typeof value === 'object' ? (value as Range) : {};
  const set = (key: keyof Range, v: string): void => {
    const next: Range = { ...range };
    if (v === '') delete next[key];
    else next[key] = v;
    onChange(next.start || next.end ? next : undefined);
  };
  const reversed = Boolean(range.start && range.end && range.end < range.start);
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      className={controlClass('dk-daterange', invalid || reversed)}
      id={id}
    >
      <label className="dk-daterange__part" htmlFor={`${id}_start`}>
        <span className="dk-daterange__label">{t('daterange.start')}</span>
        <input
          id={`${id}_start`}
          type="date"
          className="dk-input"
          value={range.start ?? ''}
          max={range.end}
          disabled={disabled}
          readOnly={readonly}
          onChange={(e) => set('start', e.target.value)}
        />
      </label>
      <span aria-hidden="true" className="dk-daterange__dash">
        –
      </span>
      <label className="dk-daterange__part" htmlFor={`${id}_end`}>
        <span className="dk-daterange__label">{t('daterange.end')}</span>
        <input
          id={`${id}_end`}
          type="date"
          className="dk-input"
          value={range.end ?? ''}
          min={range.start}
          disabled={disabled}
          readOnly={readonly}
          onChange={(e) => set('end', e.target.value)}
        />
      </label>
      {reversed && (
        <span className="dk-error-text" role="alert">
          {t('daterange.order')}
        </span>
      )}
    </div>
  );
}

/**
 * Text to read, not to edit: `FieldUi.props.content` when given (instructions, notices), else the
 * field's stored value. `props.tone` = `info` | `warning` colours it.
 */
export function StaticWidget(props: DeskWidgetProps): ReactElement {
  const { id, value } = props;
  const { ui, t } = widgetContext(props);
  const content = uiProp<string | undefined>(ui, 'content', undefined);
  const tone = uiProp<string>(ui, 'tone', 'info');
  const text = content ?? (value === undefined || value === null ? '' : String(value));
  return (
    <div id={id} className={`dk-static dk-static--${tone}`}>
      {text === '' ? t('field.empty') : text.split('\n').map((line, i) => <p key={i}>{line}</p>)}
    </div>
  );
}
