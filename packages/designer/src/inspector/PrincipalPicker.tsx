import type { Principal } from '@deskkit/runtime';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { Translator } from '../i18n/messages';
import {
  addPrincipal,
  idOf,
  kindOf,
  type PrincipalKind,
  principalKey,
  removePrincipal,
} from '../model/principals';

export type { PrincipalKind } from '../model/principals';

/**
 * Where the picker finds people: the `list` method of the runtime's `Directory` fits as is
 * (`runtime` hosts pass their directory; others adapt their user service).
 */
export interface DirectorySource {
  list(kind: PrincipalKind, search?: string): Promise<Array<{ id: string; name: string }>>;
}

const KINDS: PrincipalKind[] = ['user', 'role', 'group', 'department'];

export interface PrincipalPickerProps {
  label: string;
  value: readonly Principal[];
  onChange(next: Principal[]): void;
  directory?: DirectorySource;
  t: Translator;
}

/**
 * Picks users, roles, groups and departments: choose a kind, search the host directory, and the
 * matches appear as a listbox (↓/↑, Enter). Without a directory, Enter adds the typed id.
 */
export function PrincipalPicker({ label, value, onChange, directory, t }: PrincipalPickerProps) {
  const id = useId();
  const [kind, setKind] = useState<PrincipalKind>('group');
  const [search, setSearch] = useState('');
  const [results, setResults] = useState<Array<{ id: string; name: string }>>([]);
  const [active, setActive] = useState(0);
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    if (!directory) return;
    let live = true;
    const timer = setTimeout(() => {
      directory
        .list(kind, search)
        .then((r) => {
          if (!live) return;
          setResults(r.slice(0, 20));
          setActive(0);
          setNames((n) => {
            const copy = { ...n };
            for (const x of r) copy[`${kind}:${x.id}`] = x.name;
            return copy;
          });
        })
        .catch(() => live && setResults([]));
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [directory, kind, search]);

  const chosen = new Set(value.map(principalKey));
  const options = results.filter((r) => !chosen.has(`${kind}:${r.id}`));
  const add = (pid: string) => {
    const next = addPrincipal(value, kind, pid);
    if (!next) return;
    onChange(next);
    setSearch('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (options.length)
        setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : -1) + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = options[active];
      if (directory && pick && search !== '') add(pick.id);
      else if (!directory || options.length === 0) add(search);
      else if (pick) add(pick.id);
    }
  };
  const listId = `${id}-list`;
  const kindLabel = t(`principal.${kind}`);
  return (
    <fieldset className="dk-picker">
      <legend className="dk-label">{label}</legend>
      <ul className="dk-chips" aria-label={label}>
        {value.length === 0 && <li className="dk-muted">{t('principal.none')}</li>}
        {value.map((p) => {
          const k = kindOf(p);
          const pid = idOf(p);
          const name = names[`${k}:${pid}`] ?? pid;
          return (
            <li key={`${k}:${pid}`} className={`dk-chip dk-chip--${k}`}>
              <span className="dk-chip__kind">{t(`principal.${k}`)}</span>
              <span>{name}</span>
              <button
                type="button"
                className="dk-chip__remove"
                aria-label={t('principal.remove', { name })}
                onClick={() => onChange(removePrincipal(value, k, pid))}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <div className="dk-picker__row">
        <select
          className="dk-select dk-picker__kind"
          aria-label={t('principal.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as PrincipalKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`principal.${k}`)}
            </option>
          ))}
        </select>
        <input
          className="dk-input"
          role="combobox"
          aria-label={t('principal.search', { kind: kindLabel })}
          aria-expanded={options.length > 0 && search !== ''}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={
            options.length && search !== '' ? `${listId}-${active}` : undefined
          }
          placeholder={t('principal.search', { kind: kindLabel })}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      {!directory && <p className="dk-hint">{t('principal.noDirectory')}</p>}
      <ul
        id={listId}
        role="listbox"
        className="dk-picker__list"
        aria-label={t('principal.search', { kind: kindLabel })}
        hidden={!directory || search === ''}
      >
        {options.length === 0 && <li className="dk-muted">{t('principal.noResults')}</li>}
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault();
              add(o.id);
            }}
          >
            {o.name} <span className="dk-muted">{o.id}</span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
