import type { KeyboardEvent, ReactElement } from 'react';
import { useEffect, useId, useRef, useState } from 'react';
import type { DirectoryKind } from '../renderer/context.types';
import type { DeskWidgetProps } from './base';
import { controlClass, widgetContext } from './base';

interface Entry {
  id: string;
  name: string;
}

/** Remembers names of principals seen, so a stored id shows as a name without another search. */
const names = new Map<string, string>();

function pickerWidget(kind: DirectoryKind, displayName: string) {
  function PickerWidget(props: DeskWidgetProps): ReactElement {
    const { id, value, disabled, readonly, onChange, onBlur, placeholder, schema } = props;
    const { ctx, t, describedBy, invalid, labelId } = widgetContext(props);
    const multiple = schema.type === 'array';
    const selected: string[] = multiple
      ? Array.isArray(value)
        ? (value as string[])
        : []
      : typeof value === 'string'
        ? [value]
        : [];
    const [query, setQuery] = useState('');
    const [open, setOpen] = useState(false);
    const [results, setResults] = useState<Entry[]>([]);
    const [active, setActive] = useState(0);
    const [, setKnown] = useState(0);
    const listId = useId();
    const inputRef = useRef<HTMLInputElement>(null);
    // The directory, not a function bound on every render: an effect that depends on a new
    // function each render runs again after each answer, forever when an id stays unknown.
    const directory = ctx.directory;
    const list = directory?.list ? directory.list.bind(directory) : undefined;

    useEffect(() => {
      if (!open || !list) return;
      let live = true;
      const timer = setTimeout(() => {
        list(kind, query).then(
          (found) => {
            if (!live) return;
            found.forEach((e) => names.set(`${kind}:${e.id}`, e.name));
            setResults(found.slice(0, 50));
            setActive(0);
          },
          () => live && setResults([]),
        );
      }, 120);
      return () => {
        live = false;
        clearTimeout(timer);
      };
      // eslint-disable-next-line react-hooks/exhaustive-deps -- `list` follows `directory`
    }, [open, query, directory]);

    // Resolve names of stored ids once.
    const missing = selected.filter((s) => !names.has(`${kind}:${s}`)).join('|');
    useEffect(() => {
      if (!missing || !list) return;
      let live = true;
      list(kind, '').then(
        (all) => {
          all.forEach((e) => names.set(`${kind}:${e.id}`, e.name));
          if (live) setKnown((n) => n + 1);
        },
        () => undefined,
      );
      return () => {
        live = false;
      };
      // eslint-disable-next-line react-hooks/exhaustive-deps -- `list` follows `directory`
    }, [missing, directory]);

    const nameOf = (s: string): string => names.get(`${kind}:${s}`) ?? s;
    const choose = (entry: Entry): void => {
      if (multiple) {
        if (!selected.includes(entry.id)) onChange([...selected, entry.id]);
      } else onChange(entry.id);
      setQuery('');
      setOpen(false);
    };
    const remove = (s: string): void => {
      if (!multiple) return onChange(undefined);
      const next = selected.filter((x) => x !== s);
      onChange(next.length ? next : undefined);
    };
    const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        setOpen(true);
        setActive((a) => Math.min(a + 1, Math.max(results.length - 1, 0)));
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
      } else if (e.key === 'Enter' && open && results[active]) {
        e.preventDefault();
        choose(results[active]);
      } else if (e.key === 'Escape') {
        setOpen(false);
      } else if (e.key === 'Backspace' && query === '' && selected.length > 0) {
        remove(selected[selected.length - 1] as string);
      }
    };
    const locked = disabled || readonly;
    const showList = open && !locked;
    return (
      <div className={controlClass('dk-picker', invalid)}>
        {selected.length > 0 && (
          <ul className="dk-chips" aria-labelledby={labelId}>
            {selected.map((s) => (
              <li key={s} className="dk-chip">
                <span className="dk-chip__avatar" aria-hidden="true">
                  {nameOf(s).slice(0, 1).toUpperCase()}
                </span>
                <span>{nameOf(s)}</span>
                {!locked && (
                  <button
                    type="button"
                    className="dk-chip__remove"
                    aria-label={t('multiselect.remove', { label: nameOf(s) })}
                    onClick={() => remove(s)}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!locked && (multiple || selected.length === 0) && (
          <div className="dk-combobox">
            <input
              ref={inputRef}
              id={id}
              name={id}
              type="text"
              role="combobox"
              autoComplete="off"
              className="dk-input"
              aria-expanded={showList}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={
                showList && results[active] ? `${listId}-${active}` : undefined
              }
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              placeholder={placeholder || t('picker.search')}
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setOpen(true);
              }}
              onFocus={() => setOpen(true)}
              onBlur={() => {
                // Let a click on an option land before the list closes.
                setTimeout(() => setOpen(false), 150);
                onBlur(id, value);
              }}
              onKeyDown={onKey}
            />
            {showList && (
              <ul id={listId} role="listbox" className="dk-listbox" aria-labelledby={labelId}>
                {results.length === 0 && (
                  <li className="dk-listbox__empty" role="presentation">
                    {t('picker.noResults')}
                  </li>
                )}
                {results.map((r, i) => (
                  // Keyboard selection goes through the combobox input (aria-activedescendant).
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                  <li
                    key={r.id}
                    id={`${listId}-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={`dk-listbox__option${i === active ? ' dk-listbox__option--active' : ''}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(r)}
                  >
                    <span className="dk-chip__avatar" aria-hidden="true">
                      {r.name.slice(0, 1).toUpperCase()}
                    </span>
                    {r.name}
                    <span className="dk-muted"> {r.id}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {locked && selected.length === 0 && <span className="dk-muted">{t('field.empty')}</span>}
      </div>
    );
  }
  PickerWidget.displayName = displayName;
  return PickerWidget;
}

/** Picks a user (or users, when the schema type is `array`) from the host `directory`. */
export const UserPickerWidget = pickerWidget('user', 'UserPickerWidget');
/** Picks a group from the host `directory`. */
export const GroupPickerWidget = pickerWidget('group', 'GroupPickerWidget');
/** Picks a department from the host `directory`. */
export const DepartmentPickerWidget = pickerWidget('department', 'DepartmentPickerWidget');
