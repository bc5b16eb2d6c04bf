import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n';
import type { TicketColumn } from './columns';

/** A "Columns" menu of checkboxes choosing which of the list's columns show. */
export function ColumnChooser(props: {
  columns: readonly TicketColumn[];
  shown: readonly string[];
  onChange(shown: string[]): void;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (
        e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  const toggle = (column: string) =>
    props.onChange(
      props.shown.includes(column)
        ? props.shown.filter((c) => c !== column)
        : props.columns.map((c) => c.id).filter((c) => c === column || props.shown.includes(c)),
    );
  return (
    <div className="pg-menu" ref={root}>
      <button
        type="button"
        className="pg-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        onClick={() => setOpen((o) => !o)}
      >
        {t('Columns')}
      </button>
      {open ? (
        <fieldset className="pg-menu-popover" id={`${id}-menu`}>
          <legend>{t('Show columns')}</legend>
          {props.columns.map((c) => (
            <label key={c.id} className="pg-check">
              <input
                type="checkbox"
                checked={props.shown.includes(c.id)}
                onChange={() => toggle(c.id)}
              />
              {t(c.label)}
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
