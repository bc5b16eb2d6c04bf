import { parseExpression } from '@deskkit/runtime';
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { TranslateFn } from '../i18n/messages';
import { ConditionBuilder } from './ConditionBuilder';
import { type ExpressionTranslate, useExpressionTranslator } from './translate';
import { conditionToJsonata, jsonataToCondition, type FieldChoice } from './condition';

export type { FieldChoice } from './condition';

export interface ExpressionInputProps {
  label: string;
  value: string;
  onChange(next: string): void;
  /** Fields offered as completions and by the condition builder (names, or name + type + options). */
  fields: ReadonlyArray<FieldChoice | string>;
  /**
   * A translator asked first for the `expression.*` and `condition.*` keys (the forms one, or the
   * designer's); the rest come from the forms catalogs of the nearest `DeskkitI18nProvider`.
   */
  t?: ExpressionTranslate;
  placeholder?: string;
  /** Empty is fine (the expression is optional). */
  optional?: boolean;
  /**
   * A true/false condition: it opens in the condition builder (field, operator, value, and/or
   * groups) when the builder can read it, else as jsonata with the reason.
   */
  condition?: boolean;
}

const IDENT = /[A-Za-z_][\w]*$/;

function quoteField(name: string): string {
  return /^[A-Za-z_]\w*$/.test(name) ? name : `\`${name}\``;
}

interface Resolved extends Omit<ExpressionInputProps, 'fields' | 't'> {
  fields: readonly FieldChoice[];
  t: TranslateFn;
}

/**
 * The one jsonata input of Deskkit (form rules, workflow edges, SLA conditions, triggers) — with
 * `condition`, a condition builder (field, operator, value, and/or groups) that writes jsonata and
 * reads it back, whose advanced mode is the raw jsonata input. See {@link ConditionBuilder}.
 *
 * @example
 * ```tsx
 * <ExpressionInput condition label="Visible when" value={rule.visible ?? ''}
 *   fields={[{ name: 'urgency', options: ['low', 'high'] }]} onChange={setVisible} />
 * ```
 */
export function ExpressionInput(props: ExpressionInputProps) {
  const t = useExpressionTranslator(props.t);
  const fields = useMemo(
    () => props.fields.map((f) => (typeof f === 'string' ? { name: f } : f)),
    [props.fields],
  );
  const resolved: Resolved = { ...props, t, fields };
  if (!props.condition) return <JsonataInput {...resolved} />;
  return <ConditionInput {...resolved} />;
}

function ConditionInput(props: Resolved) {
  const { label, value, onChange, fields, t } = props;
  const labelId = useId();
  const [state, setState] = useState(() => ({ text: value, reading: jsonataToCondition(value) }));
  // A value that did not come from the builder (typed as jsonata, undo) is read again.
  let { reading } = state;
  if (state.text !== value) {
    reading = jsonataToCondition(value);
    setState({ text: value, reading });
  }
  const [mode, setMode] = useState<'builder' | 'code'>(reading.ok ? 'builder' : 'code');
  const why = reading.ok
    ? null
    : reading.reason === 'parse'
      ? t('expression.unparsable')
      : t('expression.unreadable', { part: reading.part });
  const builder = mode === 'builder' && reading.ok;
  return (
    <div className={`dk-expr dk-expr--condition${builder ? ' is-builder' : ''}`}>
      <div className="dk-expr__head">
        <span className="dk-label dk-field__label" id={labelId}>
          {label}
        </span>
        <div className="dk-seg" role="group" aria-label={t('expression.mode', { label })}>
          <button
            type="button"
            className="dk-seg__btn"
            aria-pressed={builder}
            aria-disabled={!reading.ok}
            title={why ?? undefined}
            onClick={() => reading.ok && setMode('builder')}
          >
            {t('expression.builder')}
          </button>
          <button
            type="button"
            className="dk-seg__btn"
            aria-pressed={!builder}
            onClick={() => setMode('code')}
          >
            {t('expression.code')}
          </button>
        </div>
      </div>
      {builder && reading.ok ? (
        <div role="group" aria-labelledby={labelId}>
          <ConditionBuilder
            value={reading.condition}
            fields={fields}
            t={t}
            onChange={(next) => {
              const text = conditionToJsonata(next);
              setState({ text, reading: { ok: true, condition: next } });
              if (text !== value) onChange(text);
            }}
          />
          {value && (
            <p className="dk-expr__preview">
              <span>{t('expression.preview')}</span> <code>{value}</code>
            </p>
          )}
        </div>
      ) : (
        <>
          {!reading.ok && reading.reason === 'unsupported' && (
            <p className="dk-hint dk-field__help dk-expr__why" role="note">
              {why}
            </p>
          )}
          <JsonataInput {...props} label={label} hideLabel />
        </>
      )}
    </div>
  );
}

/**
 * A jsonata input: parse errors appear inline (line, column and the runtime parser's message) as
 * you type, and field names of the form are offered as you type an identifier (↓/↑ to move, Enter
 * or Tab to insert, Escape to close) — an ARIA combobox.
 */
function JsonataInput(props: Resolved & { hideLabel?: boolean }) {
  const { label, value, onChange, fields, t, placeholder, optional = true, hideLabel } = props;
  const i18n = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);

  const parsed = useMemo(
    () => (value.trim() === '' && optional ? null : parseExpression(value)),
    [value, optional],
  );
  const token = useMemo(() => {
    if (caret === null) return null;
    const m = IDENT.exec(value.slice(0, caret));
    if (!m) return null;
    // `$name` is a variable or function, not a field.
    if (value[caret - m[0].length - 1] === '$') return null;
    return { text: m[0], start: caret - m[0].length };
  }, [value, caret]);
  const suggestions = useMemo(() => {
    if (!token) return [];
    const q = token.text.toLowerCase();
    return fields
      .filter((f) => f.name.toLowerCase().startsWith(q) && f.name !== token.text)
      .slice(0, 8);
  }, [fields, token]);
  const showList = open && suggestions.length > 0;

  const insert = (f: FieldChoice) => {
    if (!token || caret === null) return;
    const text = quoteField(f.name);
    const next = value.slice(0, token.start) + text + value.slice(caret);
    onChange(next);
    const pos = token.start + text.length;
    setCaret(pos);
    setOpen(false);
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(pos, pos));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!showList) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const d = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a + d + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      insert(suggestions[Math.min(active, suggestions.length - 1)]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  const errorId = `${id}-error`;
  const listId = `${id}-list`;
  const invalid = parsed !== null && !parsed.ok;
  return (
    <div className={`${hideLabel ? '' : 'dk-expr '}${invalid ? 'is-invalid' : ''}`}>
      <label
        className={hideLabel ? 'dk-sr-only dk-visually-hidden' : 'dk-label dk-field__label'}
        htmlFor={id}
      >
        {label}
      </label>
      <div className="dk-expr__box">
        <input
          ref={inputRef}
          id={id}
          className="dk-input dk-input--code dk-input--mono dk-expr__input"
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(e) => {
            onChange(e.target.value);
            setCaret(e.target.selectionStart);
            setActive(0);
            setOpen(true);
          }}
          onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('expression.suggestions')}
          className="dk-expr__list"
          hidden={!showList}
        >
          {suggestions.map((f, i) => (
            <li
              key={f.name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                insert(f);
              }}
            >
              <code>{f.name}</code>
              {f.label && f.label !== f.name && <span>{f.label}</span>}
            </li>
          ))}
        </ul>
      </div>
      {invalid && parsed && !parsed.ok ? (
        <p id={errorId} className="dk-expr__error dk-error-text" role="alert">
          {t('expression.error', {
            line: parsed.line,
            column: parsed.column,
            error: i18n.expressionMessage(parsed),
          })}
          <code className="dk-expr__where">
            {value.slice(0, parsed.position)}
            <mark>{value.slice(parsed.position, parsed.position + 1) || ' '}</mark>
            {value.slice(parsed.position + 1)}
          </code>
        </p>
      ) : null}
    </div>
  );
}
