import { parseExpression } from '@deskkit/runtime';
import type { KeyboardEvent, ReactElement } from 'react';
import { useId, useMemo, useRef, useState } from 'react';
import type { TranslateFn } from '../i18n/messages';

/** Props of {@link ExpressionInput}. */
export interface ExpressionInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Field keys offered as completions. */
  fields: string[];
  t: TranslateFn;
}

const WORD = /[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A jsonata input: parse errors shown inline (the runtime's parser, so the message matches what
 * the runtime reports) and completion of field keys while typing (↑/↓ to choose, Enter or Tab to
 * insert, Esc to close).
 */
export function ExpressionInput(props: ExpressionInputProps): ReactElement {
  const { label, value, onChange, fields, t } = props;
  const id = useId();
  const listId = useId();
  const errorId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const result = useMemo(
    () => (value.trim() === '' ? { ok: true as const } : parseExpression(value)),
    [value],
  );
  const prefix = caret === null ? undefined : WORD.exec(value.slice(0, caret))?.[0];
  const suggestions =
    prefix && !dismissed
      ? fields
          .filter((f) => f.toLowerCase().startsWith(prefix.toLowerCase()) && f !== prefix)
          .slice(0, 8)
      : [];
  const open = suggestions.length > 0;

  const insert = (field: string): void => {
    if (caret === null || !prefix) return;
    const start = caret - prefix.length;
    const next = value.slice(0, start) + field + value.slice(caret);
    onChange(next);
    const pos = start + field.length;
    setCaret(pos);
    requestAnimationFrame(() => ref.current?.setSelectionRange(pos, pos));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (!open) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      insert(suggestions[Math.min(active, suggestions.length - 1)] as string);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setDismissed(true);
    }
  };

  return (
    <div className="dk-expr">
      <label htmlFor={id} className="dk-field__label">
        {label}
      </label>
      <div className="dk-combobox">
        <input
          ref={ref}
          id={id}
          className={`dk-input dk-expr__input${result.ok ? '' : ' dk-control--invalid'}`}
          value={value}
          spellCheck={false}
          autoComplete="off"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          aria-invalid={result.ok ? undefined : true}
          aria-describedby={result.ok ? undefined : errorId}
          onChange={(e) => {
            setCaret(e.target.selectionStart);
            setDismissed(false);
            setActive(0);
            onChange(e.target.value);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onBlur={() => setDismissed(true)}
          onKeyDown={onKey}
        />
        {open && (
          <ul
            id={listId}
            role="listbox"
            className="dk-listbox"
            aria-label={t('builder.suggestions')}
          >
            {suggestions.map((s, i) => (
              // Keyboard choice goes through the input (aria-activedescendant).

              <li
                key={s}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`dk-listbox__option${i === active ? ' dk-listbox__option--active' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  insert(s);
                }}
              >
                <code>{s}</code>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!result.ok && (
        <div id={errorId} className="dk-error-text" role="alert">
          {t('builder.parseError', {
            line: result.line,
            column: result.column,
            error: result.error,
          })}
        </div>
      )}
    </div>
  );
}
