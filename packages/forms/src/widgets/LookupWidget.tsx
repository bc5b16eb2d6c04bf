import type { ReactElement } from 'react';
import { useEffect, useId, useState } from 'react';
import type { DataItem, DataPage } from '../renderer/context.types';
import type { DeskWidgetProps } from './base';
import { controlClass, isBlank, widgetContext } from './base';

const labels = new Map<string, string>();

/**
 * Looks a value up in a host data table (`FieldUi.source` names a `dataSources` entry): type-ahead
 * search, paged results with extra columns, pick one row. The stored value is the row's `value`.
 */
export function LookupWidget(props: DeskWidgetProps): ReactElement {
  const { id, value, disabled, readonly, onChange, label } = props;
  const { ctx, t, ui, describedBy, invalid } = widgetContext(props);
  const source = ui.source ? ctx.dataSources?.[ui.source] : undefined;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<(DataPage & { key: string }) | undefined>();
  const [, setResolved] = useState(0);
  const panelId = useId();
  const cacheKey = `${ui.source}:${String(value)}`;

  useEffect(() => {
    if (!open || !source) return;
    let live = true;
    const key = `${query}|${page}`;
    const timer = setTimeout(() => {
      Promise.resolve(source.search(query, page)).then(
        (found) => {
          if (!live) return;
          found.items.forEach((i) => labels.set(`${ui.source}:${String(i.value)}`, i.label));
          setResult({ ...found, key });
        },
        () => live && setResult({ items: [], key }),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, source, query, page, ui.source]);

  const needsLabel = !isBlank(value) && !labels.has(cacheKey) && Boolean(source?.get);
  useEffect(() => {
    if (!needsLabel || !source?.get) return;
    let live = true;
    Promise.resolve(source.get(value as DataItem['value'])).then((item) => {
      if (item) labels.set(cacheKey, item.label);
      if (live) setResolved((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [needsLabel, source, value, cacheKey]);

  const locked = disabled || readonly;
  const shown = isBlank(value) ? '' : (labels.get(cacheKey) ?? String(value));
  const columns = result?.items.reduce<string[]>((acc, item) => {
    for (const k of Object.keys(item.columns ?? {})) if (!acc.includes(k)) acc.push(k);
    return acc;
  }, []);
  const pages =
    result?.total !== undefined && result.items.length > 0
      ? Math.max(1, Math.ceil(result.total / Math.max(result.items.length, 1)))
      : undefined;
  const hasNext = result ? (result.hasMore ?? (pages !== undefined && page + 1 < pages)) : false;

  return (
    <div className={controlClass('dk-lookup', invalid)}>
      <div className="dk-lookup__value">
        <span id={id} className={shown ? '' : 'dk-muted'} aria-describedby={describedBy}>
          {shown || t('field.empty')}
        </span>
        {!locked && (
          <>
            <button
              type="button"
              className="dk-button dk-button--small"
              aria-expanded={open}
              aria-controls={panelId}
              onClick={() => setOpen((o) => !o)}
            >
              {t('lookup.choose')}
            </button>
            {!isBlank(value) && (
              <button
                type="button"
                className="dk-button dk-button--small dk-button--ghost"
                onClick={() => onChange(undefined)}
              >
                {t('select.clear')}
              </button>
            )}
          </>
        )}
      </div>
      {open && !locked && (
        <div id={panelId} className="dk-lookup__panel">
          <input
            type="search"
            className="dk-input"
            aria-label={t('lookup.search', { label })}
            placeholder={t('picker.search')}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPage(0);
            }}
          />
          <table className="dk-lookup__table">
            <caption className="dk-visually-hidden">{t('lookup.results')}</caption>
            <thead>
              <tr>
                <th scope="col">{label}</th>
                {columns?.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
                <th scope="col">
                  <span className="dk-visually-hidden">{t('lookup.choose')}</span>
                </th>
              </tr>
            </thead>
            <tbody aria-live="polite">
              {result?.items.length === 0 && (
                <tr>
                  <td colSpan={(columns?.length ?? 0) + 2} className="dk-muted">
                    {t('picker.noResults')}
                  </td>
                </tr>
              )}
              {result?.items.map((item) => (
                <tr
                  key={String(item.value)}
                  className={item.value === value ? 'dk-lookup__row--selected' : undefined}
                >
                  <td>
                    <strong>{item.label}</strong>
                    {item.description && <div className="dk-muted">{item.description}</div>}
                  </td>
                  {columns?.map((c) => (
                    <td key={c}>{String(item.columns?.[c] ?? '')}</td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="dk-button dk-button--small"
                      aria-label={`${t('lookup.choose')} ${item.label}`}
                      onClick={() => {
                        onChange(item.value);
                        setOpen(false);
                      }}
                    >
                      {t('lookup.choose')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dk-lookup__pager">
            <button
              type="button"
              className="dk-button dk-button--small"
              disabled={page === 0}
              onClick={() => setPage((p) => Math.max(0, p - 1))}
            >
              {t('lookup.previous')}
            </button>
            <span aria-live="polite">
              {t('lookup.page', { page: pages ? `${page + 1} / ${pages}` : page + 1 })}
            </span>
            <button
              type="button"
              className="dk-button dk-button--small"
              disabled={!hasNext}
              onClick={() => setPage((p) => p + 1)}
            >
              {t('lookup.next')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
