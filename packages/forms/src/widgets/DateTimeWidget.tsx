import type { ReactElement } from 'react';
import { useState } from 'react';
import type { DeskWidgetProps } from './base';
import { controlClass, widgetContext } from './base';
import type { LocalDateTime } from './dateTime';
import { instantToLocal, localToInstant, zoneName } from './dateTime';

/**
 * Date and time, entered on the person's clock and stored as an ISO 8601 instant (UTC). A date
 * input and a time input side by side (they wrap in a narrow column): one `datetime-local` input
 * in a narrow column cut off its AM/PM, so 20:00 read as "08:00". A half-entered value (a date
 * without a time) stays on screen and stores nothing until complete. The zone is named beside.
 */
export function DateTimeWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, readonly, disabled, onChange, onBlur, onFocus } = props;
  const { t, labelId, describedBy, invalid } = widgetContext(props);
  // Parts typed so far that are not an instant yet, for the value they were typed over.
  const [draft, setDraft] = useState<{ over: unknown; parts: LocalDateTime }>();
  const stored = instantToLocal(value);
  const parts =
    draft && Object.is(draft.over, value) ? draft.parts : (stored ?? { date: '', time: '' });
  const set = (key: keyof LocalDateTime, raw: string): void => {
    const next = { ...parts, [key]: raw };
    const instant = localToInstant(next);
    if (instant !== undefined || (next.date === '' && next.time === '')) {
      setDraft(undefined);
      onChange(instant);
      return;
    }
    // Incomplete: clear the stored value (it no longer says what is on screen), keep the parts.
    setDraft({ over: undefined, parts: next });
    if (value !== undefined) onChange(undefined);
  };
  const instant = typeof value === 'string' ? new Date(value) : undefined;
  const zone = zoneName(instant && !Number.isNaN(instant.getTime()) ? instant : undefined);
  if ((readonly || disabled) && parts.date === '' && parts.time === '') {
    // Nothing stored and nothing to type: "—", not two empty browser masks.
    return (
      <input
        id={id}
        name={id}
        type="text"
        className={controlClass('dk-input', invalid)}
        value=""
        placeholder={t('field.empty')}
        readOnly={readonly}
        disabled={disabled}
        aria-labelledby={labelId}
        aria-describedby={describedBy}
      />
    );
  }
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      aria-describedby={describedBy}
      className={controlClass('dk-datetime', invalid)}
    >
      <input
        id={id}
        name={id}
        type="date"
        className={controlClass('dk-input dk-datetime__date', invalid)}
        value={parts.date}
        readOnly={readonly}
        disabled={disabled}
        required={props.required}
        aria-invalid={invalid || undefined}
        aria-labelledby={`${labelId} ${id}__date`}
        aria-describedby={describedBy}
        onChange={(e) => set('date', e.target.value)}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
      <input
        id={`${id}__time`}
        type="time"
        className={controlClass('dk-input dk-datetime__time', invalid)}
        value={parts.time}
        readOnly={readonly}
        disabled={disabled}
        required={props.required}
        aria-invalid={invalid || undefined}
        aria-labelledby={`${labelId} ${id}__time-label`}
        aria-describedby={describedBy ? `${id}__zone ${describedBy}` : `${id}__zone`}
        onChange={(e) => set('time', e.target.value)}
        onBlur={() => onBlur(id, value)}
        onFocus={() => onFocus(id, value)}
      />
      <span className="dk-visually-hidden" id={`${id}__date`}>
        {t('datetime.date')}
      </span>
      <span className="dk-visually-hidden" id={`${id}__time-label`}>
        {t('datetime.time')}
      </span>
      <span className="dk-datetime__zone" id={`${id}__zone`}>
        {t('datetime.zone', { zone })}
      </span>
    </div>
  );
}
