import type { ReactElement, ReactNode } from 'react';
import { useId } from 'react';

/** A labelled row of the inspector, with help and an error under the control. */
export function Row(props: {
  label: string;
  children: (id: string) => ReactNode;
  help?: string;
  error?: string | undefined;
}): ReactElement {
  const id = useId();
  return (
    <div className="dk-inspector__row">
      <label htmlFor={id} className="dk-field__label">
        {props.label}
      </label>
      {props.children(id)}
      {props.help && <div className="dk-field__help">{props.help}</div>}
      {props.error && (
        <div className="dk-error-text" role="alert">
          {props.error}
        </div>
      )}
    </div>
  );
}

/** A choice of the inspector: a labelled `<select>`; `empty` adds a first option with value ''. */
export function SelectRow(props: {
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  empty?: string;
  onChange: (value: string) => void;
}): ReactElement {
  return (
    <Row label={props.label}>
      {(id) => (
        <select
          id={id}
          className="dk-input dk-select"
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          {props.empty !== undefined && <option value="">{props.empty}</option>}
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Row>
  );
}

/** The column spans (and row columns) an author picks from. */
export const SPANS = ['1', '2', '3', '4'].map((n) => ({ value: n, label: n }));

export const asOptions = (values: readonly string[]): Array<{ value: string; label: string }> =>
  values.map((v) => ({ value: v, label: v }));

/** A labelled checkbox. */
export function Check(props: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}): ReactElement {
  const id = useId();
  return (
    <div className="dk-inspector__check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** A number input that reports `undefined` when emptied (or not a number). */
export function NumberInput(props: {
  label: string;
  value: unknown;
  onChange: (v: number | undefined) => void;
}): ReactElement {
  return (
    <Row label={props.label}>
      {(id) => (
        <input
          id={id}
          className="dk-input"
          inputMode="decimal"
          value={typeof props.value === 'number' ? String(props.value) : ''}
          onChange={(e) => {
            const n = e.target.value.trim() === '' ? undefined : Number(e.target.value);
            props.onChange(n === undefined || Number.isNaN(n) ? undefined : n);
          }}
        />
      )}
    </Row>
  );
}
