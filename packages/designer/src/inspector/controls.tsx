import { LocalizedTextInput } from '@deskkit/forms';
import type { LocalizedText, WorkflowDefinition } from '@deskkit/runtime';
import { type ReactNode, useId, useState } from 'react';

/**
 * A text the author wrote per locale, stored where the designer's types say `string`: the designer
 * edits the definition as written, whose texts may carry a variant per locale.
 */
export const written = (text: LocalizedText | undefined): string | undefined =>
  text as string | undefined;

/** A definition text, one labelled input per declared locale (see `LocalizedTextInput`). */
export function LocalizedField(props: {
  label: string;
  value: LocalizedText | undefined;
  def: Pick<WorkflowDefinition, 'locales'>;
  onChange(v: LocalizedText | undefined): void;
  multiline?: boolean;
}) {
  return (
    <LocalizedTextInput
      label={props.label}
      value={props.value}
      locales={props.def.locales}
      onChange={props.onChange}
      className="dk-prop-field"
      labelClassName="dk-label"
      {...(props.multiline ? { multiline: true } : {})}
    />
  );
}

/** A labelled text input. */
export function TextField(props: {
  label: string;
  value: string;
  onChange(v: string): void;
  placeholder?: string;
  hint?: string;
  list?: string;
  invalid?: string;
  multiline?: boolean;
  code?: boolean;
}) {
  const id = useId();
  const cls = `dk-input${props.code ? ' dk-input--code' : ''}`;
  return (
    <div className="dk-prop-field">
      <label className="dk-label" htmlFor={id}>
        {props.label}
      </label>
      {props.multiline ? (
        <textarea
          id={id}
          className={`${cls} dk-textarea`}
          value={props.value}
          placeholder={props.placeholder}
          aria-invalid={props.invalid ? true : undefined}
          aria-describedby={props.invalid || props.hint ? `${id}-hint` : undefined}
          onChange={(e) => props.onChange(e.target.value)}
          spellCheck={!props.code}
        />
      ) : (
        <input
          id={id}
          className={cls}
          value={props.value}
          placeholder={props.placeholder}
          list={props.list}
          aria-invalid={props.invalid ? true : undefined}
          aria-describedby={props.invalid || props.hint ? `${id}-hint` : undefined}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {(props.invalid || props.hint) && (
        <p id={`${id}-hint`} className={props.invalid ? 'dk-error' : 'dk-hint'}>
          {props.invalid ?? props.hint}
        </p>
      )}
    </div>
  );
}

/** A labelled number input; empty means "not set". */
export function NumberField(props: {
  label: string;
  value: number | undefined;
  onChange(v: number | undefined): void;
  min?: number;
  max?: number;
  step?: number;
}) {
  const id = useId();
  return (
    <div className="dk-prop-field">
      <label className="dk-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        type="number"
        className="dk-input"
        value={props.value ?? ''}
        min={props.min}
        max={props.max}
        step={props.step}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </div>
  );
}

/** A labelled select. */
export function SelectField<V extends string>(props: {
  label: string;
  value: V | '';
  options: ReadonlyArray<{ value: V | ''; label: string }>;
  onChange(v: V | ''): void;
}) {
  const id = useId();
  return (
    <div className="dk-prop-field">
      <label className="dk-label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        className="dk-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as V | '')}
      >
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A checkbox with its label. */
export function CheckField(props: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="dk-check">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <span>{props.label}</span>
    </label>
  );
}

/** A titled group of inspector fields. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="dk-section" aria-labelledby={id}>
      <h3 className="dk-section__title" id={id}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** Parses `50, 75` into `[50, 75]`, ignoring what is not a number. */
export function parseNumberList(text: string): number[] | undefined {
  const list = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isFinite(n));
  return list.length ? list : undefined;
}

const sameList = (a: readonly number[] | undefined, b: readonly number[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b?.[i]);

/**
 * A labelled list of numbers typed as `50, 75`. The text is kept as typed (a trailing comma or
 * space survives re-rendering); it is replaced only when the value changes from outside (undo).
 */
export function NumberListField(props: {
  label: string;
  value: readonly number[] | undefined;
  onChange(next: number[] | undefined): void;
  placeholder?: string;
}) {
  const [text, setText] = useState(() => (props.value ?? []).join(', '));
  if (!sameList(parseNumberList(text), props.value)) setText((props.value ?? []).join(', '));
  return (
    <TextField
      label={props.label}
      value={text}
      placeholder={props.placeholder}
      onChange={(v) => {
        setText(v);
        const list = parseNumberList(v);
        if (!sameList(list, props.value)) props.onChange(list);
      }}
    />
  );
}
