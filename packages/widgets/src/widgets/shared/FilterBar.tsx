import type { TicketStatus } from '@deskkit/runtime';
import { useEffect, useState } from 'react';
import type { WidgetFilters } from '../../data/filters';
import type { WidgetContext } from '../../registry/widget.types';
import { statusLabel } from './Badges';
import { DEFAULT_PRIORITIES, TICKET_STATUSES } from './schema';

/** Which filters a bar offers. */
export type FilterKind = 'status' | 'priority' | 'group' | 'dates' | 'text';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  id: string;
  value: WidgetFilters;
  onChange(value: WidgetFilters): void;
  context: WidgetContext;
  show: FilterKind[];
  /** Statuses offered (all by default). */
  statuses?: TicketStatus[];
  priorities?: string[];
}

function useGroups(context: WidgetContext, wanted: boolean): Array<{ id: string; name: string }> {
  const [groups, setGroups] = useState<Array<{ id: string; name: string }>>([]);
  const list = context.dataSource.directory?.list;
  useEffect(() => {
    if (!wanted || !list) return;
    let live = true;
    list('group')
      .then((g) => live && setGroups(g))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [wanted, list]);
  return groups;
}

/** Filters a person sets on a widget; each change becomes a new query. */
export function FilterBar({
  id,
  value,
  onChange,
  context,
  show,
  statuses,
  priorities,
}: FilterBarProps) {
  const { t } = context;
  const groups = useGroups(context, show.includes('group'));
  const one = <K extends 'status' | 'priority' | 'group'>(key: K, v: string) =>
    onChange({ ...value, [key]: v ? [v] : undefined });
  const active = Object.values(value).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
  const select = (
    key: 'status' | 'priority' | 'group',
    label: string,
    all: string,
    options: Array<{ value: string; label: string }>,
  ) => {
    const current = value[key]?.[0] ?? '';
    return (
      <select
        id={`${id}-${key}`}
        className={current ? 'dk-select dk-select--active' : 'dk-select'}
        aria-label={label}
        title={label}
        value={current}
        onChange={(e) => one(key, e.target.value)}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {current && !options.some((o) => o.value === current) && (
          <option value={current}>{current}</option>
        )}
      </select>
    );
  };
  return (
    <div className="dk-filters">
      {show.includes('text') && (
        <input
          id={`${id}-text`}
          className="dk-input dk-input--small dk-input--search"
          type="search"
          aria-label={t('filter.text')}
          placeholder={t('filter.text')}
          value={value.text ?? ''}
          onChange={(e) => onChange({ ...value, text: e.target.value || undefined })}
        />
      )}
      {show.includes('status') &&
        select(
          'status',
          t('filter.status'),
          t('filter.allStatuses'),
          (statuses ?? TICKET_STATUSES).map((s) => ({ value: s, label: statusLabel(s, t) })),
        )}
      {show.includes('priority') &&
        select(
          'priority',
          t('filter.priority'),
          t('filter.allPriorities'),
          (priorities ?? DEFAULT_PRIORITIES).map((p) => ({ value: p, label: p })),
        )}
      {show.includes('group') &&
        select(
          'group',
          t('filter.group'),
          t('filter.allGroups'),
          groups.map((g) => ({ value: g.id, label: g.name })),
        )}
      {show.includes('dates') && (
        <span className="dk-filters__range">
          <input
            id={`${id}-from`}
            className="dk-input dk-input--small"
            type="date"
            aria-label={t('filter.from')}
            title={t('filter.from')}
            value={value.createdFrom ?? ''}
            onChange={(e) => onChange({ ...value, createdFrom: e.target.value || undefined })}
          />
          <span aria-hidden="true">–</span>
          <input
            id={`${id}-to`}
            className="dk-input dk-input--small"
            type="date"
            aria-label={t('filter.to')}
            title={t('filter.to')}
            value={value.createdTo ?? ''}
            onChange={(e) => onChange({ ...value, createdTo: e.target.value || undefined })}
          />
        </span>
      )}
      {active && (
        <button
          type="button"
          className="dk-button dk-button--ghost dk-button--small"
          onClick={() => onChange({})}
        >
          {t('filter.clear')}
        </button>
      )}
    </div>
  );
}
