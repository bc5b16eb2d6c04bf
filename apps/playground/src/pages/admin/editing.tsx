import { useI18n } from '@deskkit/forms';
import { DefinitionError, ValidationError, type Issue } from '@deskkit/runtime';
import { useId, useState, type ReactNode } from 'react';
import { t } from '../../i18n';
import { ErrorText, useDescribeError, type ShownError } from '../../ui/errors';

/**
 * The issue about one field: its path is `prefix` exactly or lies under it
 * (`/users/3/roles` and `/users/3/roles/0` both belong to `/users/3/roles`).
 */
export function issueAt(issues: readonly Issue[], prefix: string): Issue | undefined {
  return issues.find((i) => i.path === prefix || i.path.startsWith(`${prefix}/`));
}

/** The state of one admin form: saving, its outcome, and the issues of the last attempt. */
export function useSave() {
  const [busy, setBusy] = useState(false);
  const describe = useDescribeError();
  const [error, setError] = useState<ShownError | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [notice, setNotice] = useState('');
  const run = async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setIssues([]);
    setNotice('');
    try {
      await action();
      setNotice(done);
      return true;
    } catch (e) {
      if (e instanceof ValidationError || e instanceof DefinitionError) {
        setIssues(e.issues.filter((i) => i.severity === 'error'));
      }
      setError(describe(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  /** Shows problems found before saving (e.g. text that does not parse). */
  const refuse = (found: Issue[]) => {
    setIssues(found);
    setNotice('');
    setError({
      text:
        t('Not saved: {count} problem(s) to fix.', { count: found.length }) +
        ` ${found[0]?.message ?? ''}`,
    });
  };
  const clear = () => {
    setError(null);
    setIssues([]);
    setNotice('');
  };
  return { busy, error, issues, notice, run, refuse, clear };
}

/** The outcome line of a form: the error (an alert) or the notice. */
export function Outcome(props: { error: ShownError | null; notice: string }) {
  if (props.error)
    return (
      <div className="pg-error" role="alert">
        <ErrorText error={props.error} />
      </div>
    );
  if (props.notice)
    return (
      <p className="pg-notice" role="status">
        {props.notice}
      </p>
    );
  return null;
}

/**
 * The foot of an admin form: its outcome line, then the submit button (primary unless
 * `secondary`) followed by the form's other buttons.
 */
export function SaveBar(props: {
  save: { busy: boolean; error: ShownError | null; notice: string };
  label: string;
  secondary?: boolean;
  /** The id of the form the button submits, when the bar sits outside it. */
  form?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <Outcome error={props.save.error} notice={props.save.notice} />
      <div className="pg-actions-bar">
        <button
          type="submit"
          form={props.form}
          className={props.secondary ? 'pg-button' : 'pg-button pg-button-primary'}
          disabled={props.save.busy}
        >
          {props.label}
        </button>
        {props.children}
      </div>
    </>
  );
}

/**
 * A labelled control with its issue underneath; the control gets `aria-invalid` and
 * `aria-describedby` through the render function.
 */
export function Field(props: {
  label: string;
  issue?: Issue | undefined;
  hint?: string;
  className?: string;
  children: (a11y: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const i18n = useI18n();
  const noteId = `${id}-note`;
  // The runtime's finding in the desk's language (its own English message for codes it has none).
  const note = props.issue ? i18n.findingMessage(props.issue) : props.hint;
  return (
    <div
      className={`pg-field ${props.className ?? ''}`}
      data-invalid={props.issue ? 'true' : undefined}
    >
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        ...(props.issue ? { 'aria-invalid': true as const } : {}),
        ...(note ? { 'aria-describedby': noteId } : {}),
      })}
      {note ? (
        <span id={noteId} className={props.issue ? 'pg-field-error' : 'pg-field-hint'}>
          {note}
        </span>
      ) : null}
    </div>
  );
}

/**
 * A problem under an input that is not a {@link Field} (a duration, a condition, a people picker):
 * the runtime's finding at that path.
 */
export function IssueNote(props: { issue: Issue | undefined }) {
  const i18n = useI18n();
  return props.issue ? (
    <span className="pg-field-error" role="note">
      {i18n.findingMessage(props.issue)}
    </span>
  ) : null;
}

/**
 * A field of an admin form holding one of the designer's inputs (DurationInput, ExpressionInput),
 * which label themselves: the input sits in a designer part, since the designer's styles apply only
 * inside one (components never restyle the host page), then an optional hint, then the runtime's
 * finding at the field's path. `wide` spans the form row.
 *
 * @example
 * ```tsx
 * <DesignerField issue={issueAt(save.issues, '/rotas/0/shift')}>
 *   <DurationInput label="Shift length" value={shift} t={dt} onChange={setShift} />
 * </DesignerField>
 * ```
 */
export function DesignerField(props: {
  issue: Issue | undefined;
  hint?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={props.wide ? 'pg-field pg-field-wide' : 'pg-field'}
      data-invalid={props.issue ? 'true' : undefined}
    >
      <div className="dk-designer dk-designer--part">{props.children}</div>
      {props.hint ? <span className="pg-field-hint">{props.hint}</span> : null}
      <IssueNote issue={props.issue} />
    </div>
  );
}

/** A {@link Field} holding a single-line text input. */
export function TextField(props: {
  label: string;
  issue?: Issue | undefined;
  hint?: string;
  className?: string;
  value: string;
  onChange(value: string): void;
}) {
  const { value, onChange, ...field } = props;
  return (
    <Field {...field}>
      {(a) => (
        <input
          {...a}
          className="pg-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

/** `"50, 75"` → `[50, 75]`; `null` when a part is not a number. */
export function parseNumbers(text: string): number[] | null {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.some((n) => !Number.isFinite(n)) ? null : numbers;
}

/** `"a, b"` → `['a', 'b']`. */
export function parseList(text: string): string[] {
  return text
    .split(/[,\n]+/)
    .map((p) => p.trim())
    .filter(Boolean);
}
