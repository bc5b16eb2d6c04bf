import type { Ticket } from '@deskkit/runtime';
import { filtersToQuery, type WidgetFilters } from '../../data/filters';
import type { MessageKey } from '../../i18n/messages';
import { defineWidget } from '../../registry/registry';
import type { WidgetContext } from '../../registry/widget.types';
import { PriorityBadge, StatusBadge } from '../shared/Badges';
import { FilterBar, type FilterKind } from '../shared/FilterBar';
import { Pager } from '../shared/Pager';
import { formatDateTime } from '../shared/format';
import { filterProperties, fixedFilters, type FilteredConfig } from '../shared/schema';
import { TicketLink } from '../shared/TicketLink';

/** Columns the ticket table can show. */
export type TicketColumn =
  | 'number'
  | 'title'
  | 'status'
  | 'priority'
  | 'assignees'
  | 'group'
  | 'workflow'
  | 'requester'
  | 'createdAt'
  | 'updatedAt';

const SORTABLE: Partial<Record<TicketColumn, string>> = {
  number: 'number',
  title: 'title',
  status: 'status',
  priority: 'priority',
  group: 'group',
  workflow: 'workflow',
  requester: 'requester',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
};

/** Configuration of the ticket table. */
export interface TicketTableConfig extends FilteredConfig {
  columns: TicketColumn[];
  pageSize: number;
  /** Default order: a ticket field (`createdAt`, `priority`, `data.<name>` ...). */
  sortField: string;
  sortDirection: 'asc' | 'desc';
  /** Filters offered to the person looking at the table. */
  userFilters: FilterKind[];
}

/** Interactive state: the person's filters, sort and page cursors. */
export interface TicketTableState {
  filters: WidgetFilters;
  sort: { field: string; direction: 'asc' | 'desc' };
  /** `after` cursors of the pages before the current one (the first page has none). */
  cursors: string[];
}

function Cell({
  ticket,
  column,
  context,
}: {
  ticket: Ticket;
  column: TicketColumn;
  context: WidgetContext;
}) {
  switch (column) {
    case 'number':
      return (
        <TicketLink
          ticket={{ id: ticket.id, number: ticket.number }}
          context={context}
          className="dk-table__number"
        >
          {ticket.number}
        </TicketLink>
      );
    case 'title':
      return <span className="dk-table__title">{ticket.title ?? ''}</span>;
    case 'status':
      return <StatusBadge status={ticket.status} t={context.t} />;
    case 'priority':
      return <PriorityBadge priority={ticket.priority} />;
    case 'assignees':
      return <>{ticket.assignees.map((a) => context.userName(a)).join(', ') || '—'}</>;
    case 'group':
      return <>{ticket.group ? context.groupName(ticket.group) : '—'}</>;
    case 'workflow':
      return <>{ticket.workflow.key}</>;
    case 'requester':
      return <>{context.userName(ticket.requester)}</>;
    case 'createdAt':
    case 'updatedAt':
      return <time dateTime={ticket[column]}>{formatDateTime(ticket[column], context.i18n)}</time>;
  }
}

const COLUMN_ENUM: TicketColumn[] = [
  'number',
  'title',
  'status',
  'priority',
  'assignees',
  'group',
  'workflow',
  'requester',
  'createdAt',
  'updatedAt',
];

/** Tickets with sortable columns, filters that become queries, and keyset pagination. */
export const ticketTableWidget = defineWidget({
  type: 'ticketTable',
  label: (t) => t('type.ticketTable'),
  description: (t) => t('type.ticketTable.description'),
  config: {
    schema: {
      type: 'object',
      required: ['columns', 'pageSize'],
      properties: {
        columns: {
          type: 'array',
          title: 'Columns',
          items: { type: 'string', enum: COLUMN_ENUM },
          minItems: 1,
          uniqueItems: true,
        },
        pageSize: { type: 'integer', title: 'Rows per page', minimum: 1, maximum: 100 },
        sortField: { type: 'string', title: 'Order by', enum: Object.values(SORTABLE) },
        sortDirection: { type: 'string', title: 'Direction', enum: ['asc', 'desc'] },
        userFilters: {
          type: 'array',
          title: 'Filters people can set',
          items: { type: 'string', enum: ['text', 'status', 'priority', 'group', 'dates'] },
          uniqueItems: true,
        },
        ...filterProperties,
      },
    },
  },
  defaultConfig: {
    columns: ['number', 'title', 'status', 'priority', 'assignees', 'createdAt'],
    pageSize: 8,
    sortField: 'createdAt',
    sortDirection: 'desc',
    userFilters: ['text', 'status', 'priority', 'group', 'dates'],
  } as TicketTableConfig,
  defaultSize: { w: 8, h: 8, minW: 4, minH: 4 },
  initialState: (config: TicketTableConfig): TicketTableState => ({
    filters: {},
    sort: { field: config.sortField, direction: config.sortDirection },
    cursors: [],
  }),
  query: (config: TicketTableConfig, state: TicketTableState) => ({
    page: {
      kind: 'tickets' as const,
      query: {
        ...filtersToQuery(fixedFilters(config), state.filters),
        sort: state.sort,
        limit: config.pageSize,
        ...(state.cursors.length ? { after: state.cursors[state.cursors.length - 1] } : {}),
      },
    },
  }),
  Toolbar: ({ config, state, setState, context, id }) => (
    <FilterBar
      id={id}
      context={context}
      show={config.userFilters}
      value={state.filters}
      onChange={(filters) => setState({ ...state, filters, cursors: [] })}
    />
  ),
  isEmpty: (data) => data.page.tickets.length === 0,
  emptyMessage: (t) => t('table.empty'),
  Component: ({ data, config, state, setState, context }) => {
    const { t } = context;
    const page = state.cursors.length + 1;
    const sortBy = (field: string) =>
      setState({
        ...state,
        cursors: [],
        sort: {
          field,
          direction: state.sort.field === field && state.sort.direction === 'asc' ? 'desc' : 'asc',
        },
      });
    return (
      <div className="dk-table-wrap">
        <div className="dk-table-scroll">
          <table className="dk-table">
            <thead>
              <tr>
                {config.columns.map((c) => {
                  const field = SORTABLE[c];
                  const sorted = field && state.sort.field === field;
                  const name = t(`table.${c}` as MessageKey);
                  return (
                    <th
                      key={c}
                      scope="col"
                      aria-sort={
                        sorted
                          ? state.sort.direction === 'asc'
                            ? 'ascending'
                            : 'descending'
                          : undefined
                      }
                    >
                      {field ? (
                        <button
                          type="button"
                          className="dk-table__sort"
                          onClick={() => sortBy(field)}
                          title={t('table.sortBy', { column: name })}
                        >
                          {name}
                          <span aria-hidden="true" className="dk-table__arrow">
                            {sorted ? (state.sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                          </span>
                        </button>
                      ) : (
                        name
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {data.page.tickets.map((ticket) => (
                <tr key={ticket.id}>
                  {config.columns.map((c) => (
                    <td key={c} className={`dk-table__cell--${c}`}>
                      <Cell ticket={ticket} column={c} context={context} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Pager
          t={t}
          cursors={state.cursors}
          next={data.page.next}
          info={
            <>
              {data.page.total !== undefined && t('table.total', { total: data.page.total })} ·{' '}
              {t('table.page', { page })}
            </>
          }
          onChange={(cursors) => setState({ ...state, cursors })}
        />
      </div>
    );
  },
});
