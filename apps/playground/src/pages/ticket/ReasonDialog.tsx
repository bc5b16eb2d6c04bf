import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../../i18n';
import '../../ui/lifecycle.css';

/**
 * A modal asking why before an action that needs a reason (hold, reject, cancel, reopen,
 * reassign): the reason goes with the action and shows in the ticket's history.
 */
export function ReasonDialog(props: {
  /** The dialog's title, e.g. "Put on hold". */
  title: string;
  /** What the action does, in a sentence. */
  description?: string;
  /** The confirm button's label. */
  confirm: string;
  danger?: boolean;
  busy?: boolean;
  /** The first text of the reason (e.g. a comment already written). */
  initial?: string;
  /** The text field's label (`Reason` by default). */
  label?: string;
  /** The text is an optional comment rather than a required reason. */
  optional?: boolean;
  /** Extra controls above the reason (e.g. whom to reassign to). */
  children?: ReactNode;
  onConfirm(reason: string): void;
  onCancel(): void;
}) {
  const [reason, setReason] = useState(props.initial ?? '');
  const [tried, setTried] = useState(false);
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<Element | null>(null);
  const cancel = useRef(props.onCancel);
  useEffect(() => {
    cancel.current = props.onCancel;
  });
  useEffect(() => {
    opener.current = document.activeElement;
    field.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, []);
  const missing = !props.optional && !reason.trim();
  const submit = () => {
    setTried(true);
    if (!missing) props.onConfirm(reason.trim());
  };
  return (
    <div className="pg-dialog-backdrop">
      <div
        className="pg-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        {...(props.description ? { 'aria-describedby': `${id}-desc` } : {})}
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        {props.description ? (
          <p className="pg-muted" id={`${id}-desc`}>
            {props.description}
          </p>
        ) : null}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          {props.children}
          <label className="pg-field">
            <span>{props.label ?? (props.optional ? t('Comment (optional)') : t('Reason'))}</span>
            <textarea
              ref={field}
              className="pg-input pg-textarea"
              value={reason}
              aria-required={!props.optional}
              aria-invalid={tried && missing}
              {...(tried && missing ? { 'aria-describedby': `${id}-error` } : {})}
              onChange={(e) => setReason(e.target.value)}
              {...(props.label ? {} : { placeholder: t('Shown in the ticket’s history') })}
            />
          </label>
          {tried && missing ? (
            <p className="pg-field-error" id={`${id}-error`} role="alert">
              {props.label ? t('Fill in {label}.', { label: props.label }) : t('Give a reason.')}
            </p>
          ) : null}
          <div className="pg-dialog-actions">
            <button type="button" className="pg-button" onClick={props.onCancel}>
              {t('Cancel')}
            </button>
            <button
              type="submit"
              className={`pg-button ${props.danger ? 'pg-button-danger-solid' : 'pg-button-primary'}`}
              disabled={props.busy}
            >
              {props.confirm}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
