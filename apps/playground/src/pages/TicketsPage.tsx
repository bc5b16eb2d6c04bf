import type {
  ActionName,
  ListView,
  ListViewInput,
  TicketCondition,
  Ticket,
  TicketQuery,
  TicketStatus,
} from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import type { WorkflowSummary } from '../desk/system.types';
import { t } from '../i18n';
import { href } from '../shell/router';
import { StatusChip } from '../ui/chips';
import { useDescribeError } from '../ui/errors';
import { Empty, ErrorNote, PageHeader } from '../ui/layout';
import { UserSelect } from '../ui/UserSelect';
import { BulkBar, type BulkOutcome } from './tickets/BulkBar';
import { ColumnChooser } from './tickets/ColumnChooser';
import { defaultColumns, ticketColumns, type CellContext } from './tickets/columns';
import { useListPrefs } from './tickets/prefs';
import { downloadCsv, exportColumns } from './tickets/exportCsv';
import { SavedViews } from './tickets/SavedViews';

const statuses: TicketStatus[] = ['open', 'pending', 'resolved', 'closed', 'rejected', 'cancelled'];
const ops: Array<{ value: TicketCondition['op']; label: string }> = [
  { value: 'eq', label: 'is' },
  { value: 'neq', label: 'is not' },
  { value: 'contains', label: 'contains' },
  { value: 'gt', label: 'after / above' },
  { value: 'lt', label: 'before / below' },
  { value: 'exists', label: 'is filled' },
];

interface ConditionRow {
  id: number;
  field: string;
  op: TicketCondition['op'];
  value: string;
}

/** Form fields of every published workflow, for the condition builder. */
function knownFields(defs: readonly WorkflowSummary[]): Array<{ value: string; label: string }> {
  const seen = new Map<string, string>();
  for (const def of defs) {
    for (const field of def.fields) if (!seen.has(field.name)) seen.set(field.name, field.label);
  }
  return [
    { value: 'number', label: t('Ticket number') },
    { value: 'title', label: t('Title') },
    ...[...seen].map(([name, title]) => ({
      value: `data.${name}`,
      label: `${t('Field')}: ${title}`,
    })),
  ];
}

/** Multi-condition search over the tickets this user may see. */
export function TicketsPage() {
  const { client, nameOf, organisation, user } = useDesk();
  const groupName = (id: string) => organisation.groups.find((g) => g.id === id)?.name ?? id;
  const [prefs, setPrefs] = useListPrefs(user.id, {
    columns: defaultColumns,
    sort: { field: 'createdAt', direction: 'desc' },
  });
  const describe = useDescribeError();
  const [selected, setSelected] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkError, setBulkError] = useState<Error | null>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<TicketStatus[]>([]);
  const [workflow, setWorkflow] = useState('');
  const [priority, setPriority] = useState('');
  const [requester, setRequester] = useState('');
  const [assignee, setAssignee] = useState('');
  const [conditions, setConditions] = useState<ConditionRow[]>([]);
  const [viewId, setViewId] = useState('');
  const [listNote, setListNote] = useState('');
  const [listError, setListError] = useState<Error | null>(null);
  const [listBusy, setListBusy] = useState(false);
  const saved = useDeskQuery(({ client }) => client.listViews(), []);
  // Every published workflow, the demo ones and those designed in the Studio.
  const published = useDeskQuery(({ system }) => system.workflows(), []);
  const definitions = published.data ?? [];
  const fields = knownFields(definitions);

  const query: TicketQuery = {
    limit: 100,
    sort: prefs.sort,
    // Full-text: number, title, the fields and comments this user sees (never work notes they may not read).
    ...(text.trim() ? { search: text.trim() } : {}),
    ...(status.length ? { status } : {}),
    ...(workflow ? { workflow: [workflow] } : {}),
    ...(priority ? { priority: [priority] } : {}),
    ...(requester ? { requester } : {}),
    ...(assignee ? { assignee } : {}),
  };
  const where = conditions
    .filter((c) => c.field && (c.op === 'exists' || c.value !== ''))
    .map((c): TicketCondition =>
      c.op === 'exists'
        ? { field: c.field, op: 'exists' }
        : { field: c.field, op: c.op, value: c.value },
    );
  if (where.length) query.where = where;
  const key = JSON.stringify(query);
  const { limit: _limit, ...filters } = query;

  /** Applies a saved view: its filters, order and columns (or back to everything). */
  const applyView = (view: ListView | null) => {
    const q = view?.query ?? {};
    setViewId(view?.id ?? '');
    setText(q.search ?? q.text ?? '');
    setStatus(q.status ?? []);
    setWorkflow(q.workflow?.[0] ?? '');
    setPriority(q.priority?.[0] ?? '');
    setRequester(q.requester ?? '');
    setAssignee(q.assignee ?? '');
    setConditions(
      (q.where ?? []).map((c, i) => ({
        id: i + 1,
        field: c.field,
        op: c.op,
        value: c.value === undefined ? '' : String(c.value),
      })),
    );
    setPrefs({
      columns: view ? view.columns.filter((c) => c !== 'number') : prefs.columns,
      sort: q.sort ?? { field: 'createdAt', direction: 'desc' },
    });
    setSelected([]);
  };
  const listCommand = async (run: () => Promise<string>) => {
    setListBusy(true);
    setListError(null);
    setListNote('');
    try {
      setListNote(await run());
    } catch (e) {
      setListError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setListBusy(false);
    }
  };
  const saveView = (input: ListViewInput) =>
    void listCommand(async () => {
      const view = await client.saveView({ ...input, columns: ['number', ...input.columns] });
      saved.reload();
      setViewId(view.id);
      return t('View “{name}” saved.', { name: view.name });
    });
  const deleteView = (id: string) =>
    void listCommand(async () => {
      await client.deleteView(id);
      saved.reload();
      setViewId('');
      return t('View deleted.');
    });
  const exportList = (format: 'csv' | 'xlsx') =>
    void listCommand(async () => {
      const shown = ticketColumns.filter((c) => prefs.columns.includes(c.id));
      const { rows, truncated } = await downloadCsv(client, {
        query: filters,
        columns: exportColumns(shown),
        fileName: `tickets-${new Date().toISOString().slice(0, 10)}.${format}`,
        format,
      });
      return truncated
        ? t('Exported the first {count} tickets (more matched).', { count: rows })
        : t('Exported {count} tickets.', { count: rows });
    });
  // The client answers only the tickets this user may see (the runtime scopes the search).
  // Each answer keeps the query it answers: while a new query is on its way, the rows shown are the
  // previous query's, marked busy and not selectable, so no one acts on rows the search will drop.
  const result = useDeskQuery(
    ({ client }) =>
      client.listTickets(JSON.parse(key) as TicketQuery).then((page) => ({ key, page })),
    [key],
  );
  const stale = result.data !== undefined && result.data.key !== key;
  const answer = result.data?.page;
  // Later pages of this same query ("Show more"), dropped when the query changes.
  const [more, setMore] = useState<{ key: string; tickets: Ticket[]; next?: string }>({
    key: '',
    tickets: [],
  });
  const [moreBusy, setMoreBusy] = useState(false);
  const extra = more.key === key ? more : { tickets: [], next: undefined };
  const tickets = [...(answer?.tickets ?? []), ...extra.tickets];
  const next = extra.tickets.length ? extra.next : answer?.next;
  const total = stale ? undefined : answer?.total;
  const showMore = () => {
    if (!next) return;
    setMoreBusy(true);
    setListError(null);
    client
      .listTickets({ ...(JSON.parse(key) as TicketQuery), after: next })
      .then((page) =>
        setMore({
          key,
          tickets: [...extra.tickets, ...page.tickets],
          ...(page.next ? { next: page.next } : {}),
        }),
      )
      .catch((e: unknown) => setListError(e instanceof Error ? e : new Error(String(e))))
      .finally(() => setMoreBusy(false));
  };
  const ctx: CellContext = {
    nameOf,
    groupName,
    workflowName: (key) => definitions.find((d) => d.key === key)?.name ?? key,
  };
  const columns = ticketColumns.filter((c) => prefs.columns.includes(c.id));
  // Only tickets still listed stay selected.
  const chosen = selected.filter((id) => tickets.some((x) => x.id === id));
  const chosenKey = JSON.stringify(chosen);
  // What each selected ticket offers this user now: the runtime's answer, not a rule of ours.
  const offers = useDeskQuery(
    async ({ client }) => {
      const views = await Promise.all(
        (JSON.parse(chosenKey) as string[]).map((id) => client.viewTicket(id).catch(() => null)),
      );
      const count: Partial<Record<ActionName, number>> = {};
      const needs = new Set<ActionName>();
      for (const v of views) {
        for (const a of v?.actions ?? []) count[a] = (count[a] ?? 0) + 1;
        for (const a of v?.needsReason ?? []) needs.add(a);
      }
      return { key: chosenKey, count, needs: [...needs] };
    },
    [chosenKey],
  );
  const offered = offers.data?.key === chosenKey ? offers.data : null;
  const runBulk = async (input: {
    action: ActionName;
    to?: string;
    reason?: string;
    comment?: string;
  }) => {
    setBulkBusy(true);
    setBulkError(null);
    try {
      const answers = await client.bulkAct({ ...input, tickets: chosen });
      const numberOf = (id: string) => tickets.find((x) => x.id === id)?.number ?? id;
      setOutcome({
        action: input.action,
        results: answers.map((r) => ({
          ticketId: r.ticketId,
          number: numberOf(r.ticketId),
          ok: r.ok,
          ...(r.error ? { message: describe(r.error) } : {}),
        })),
      });
      // Keep the refused ones selected, to try something else on them.
      setSelected(answers.filter((r) => !r.ok).map((r) => r.ticketId));
    } catch (e) {
      setBulkError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBulkBusy(false);
    }
  };
  const toggleRow = (id: string) =>
    setSelected((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  const allChosen = tickets.length > 0 && chosen.length === tickets.length;
  const sortBy = (field: string) =>
    setPrefs({
      ...prefs,
      sort:
        prefs.sort.field === field
          ? { field, direction: prefs.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { field, direction: field === 'createdAt' || field === 'updatedAt' ? 'desc' : 'asc' },
    });

  const toggleStatus = (s: TicketStatus) =>
    setStatus((prev) => (prev.includes(s) ? prev.filter((x) => x !== s) : [...prev, s]));
  const updateCondition = (id: number, patch: Partial<ConditionRow>) =>
    setConditions((prev) => prev.map((c) => (c.id === id ? { ...c, ...patch } : c)));

  return (
    <>
      <PageHeader
        title={t('Tickets')}
        hint={t('Search the tickets you may see by any combination of conditions.')}
        actions={
          <SavedViews
            views={saved.data ?? []}
            current={viewId}
            snapshot={{ columns: prefs.columns, query: filters }}
            busy={listBusy}
            onApply={applyView}
            onSave={saveView}
            onDelete={deleteView}
          />
        }
      />
      {listError ? <ErrorNote error={listError} /> : null}
      {listNote ? (
        <p className="pg-notice" role="status">
          {listNote}
        </p>
      ) : null}
      <div className="pg-searchbar" role="search">
        <input
          className="pg-input"
          type="search"
          aria-label={t('Search tickets')}
          placeholder={t('Search number, title, description, replies…')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <section className="pg-card pg-filters" aria-label={t('Search conditions')}>
        <div className="pg-filter-grid">
          <label className="pg-field">
            <span>{t('Workflow')}</span>
            <select
              className="pg-input"
              value={workflow}
              onChange={(e) => setWorkflow(e.target.value)}
            >
              <option value="">{t('Any')}</option>
              {definitions.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label className="pg-field">
            <span>{t('Priority')}</span>
            <select
              className="pg-input"
              value={priority}
              onChange={(e) => setPriority(e.target.value)}
            >
              <option value="">{t('Any')}</option>
              {['P1', 'P2', 'P3', 'P4'].map((p) => (
                <option key={p}>{p}</option>
              ))}
            </select>
          </label>
          <UserSelect
            label={t('Requester')}
            placeholder={t('Anyone')}
            value={requester}
            onChange={setRequester}
          />
          <UserSelect
            label={t('Assignee')}
            placeholder={t('Anyone')}
            value={assignee}
            onChange={setAssignee}
          />
        </div>
        <fieldset className="pg-status-filter">
          <legend>{t('Status')}</legend>
          {statuses.map((s) => (
            <label key={s} className="pg-check">
              <input
                type="checkbox"
                checked={status.includes(s)}
                onChange={() => toggleStatus(s)}
              />
              <StatusChip status={s} />
            </label>
          ))}
        </fieldset>
        <div className="pg-conditions">
          {conditions.map((c, i) => (
            <div
              className="pg-condition"
              key={c.id}
              role="group"
              aria-label={t('Condition {n}', { n: i + 1 })}
            >
              <select
                className="pg-input"
                aria-label={t('Field')}
                value={c.field}
                onChange={(e) => updateCondition(c.id, { field: e.target.value })}
              >
                {fields.map((f) => (
                  <option key={f.value} value={f.value}>
                    {f.label}
                  </option>
                ))}
              </select>
              <select
                className="pg-input"
                aria-label={t('Operator')}
                value={c.op}
                onChange={(e) =>
                  updateCondition(c.id, { op: e.target.value as TicketCondition['op'] })
                }
              >
                {ops.map((o) => (
                  <option key={o.value} value={o.value}>
                    {t(o.label)}
                  </option>
                ))}
              </select>
              {c.op !== 'exists' ? (
                <input
                  className="pg-input"
                  aria-label={t('Value')}
                  value={c.value}
                  onChange={(e) => updateCondition(c.id, { value: e.target.value })}
                />
              ) : null}
              <button
                type="button"
                className="pg-button pg-button-ghost"
                onClick={() => setConditions((prev) => prev.filter((x) => x.id !== c.id))}
              >
                {t('Remove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="pg-button"
            onClick={() =>
              setConditions((prev) => [
                ...prev,
                { id: Date.now(), field: fields[2]?.value ?? 'title', op: 'eq', value: '' },
              ])
            }
          >
            {t('+ Add condition')}
          </button>
        </div>
      </section>
      {result.error ? <ErrorNote error={result.error} /> : null}
      {bulkError ? <ErrorNote error={bulkError} /> : null}
      <BulkBar
        count={chosen.length}
        offers={offered?.count ?? null}
        needsReason={offered?.needs ?? []}
        busy={bulkBusy}
        outcome={outcome}
        onRun={(input) => void runBulk(input)}
        onClear={() => setSelected([])}
      />
      <section className="pg-card" aria-label={t('Results')}>
        <header className="pg-card-header">
          <h2>
            {t('Results')}{' '}
            <span className="pg-count">
              {stale ? '…' : (total ?? `${tickets.length}${next ? '+' : ''}`)}
            </span>
          </h2>
          <div className="pg-list-tools">
            <button
              type="button"
              className="pg-button"
              disabled={listBusy}
              onClick={() => exportList('csv')}
            >
              {t('Export CSV')}
            </button>
            <button
              type="button"
              className="pg-button"
              disabled={listBusy}
              onClick={() => exportList('xlsx')}
            >
              {t('Export XLSX')}
            </button>
            <ColumnChooser
              columns={ticketColumns}
              shown={prefs.columns}
              onChange={(next) => setPrefs({ ...prefs, columns: next })}
            />
          </div>
        </header>
        {tickets.length === 0 ? (
          <Empty>{t('No ticket matches.')}</Empty>
        ) : (
          <table
            className={stale ? 'pg-table pg-stale' : 'pg-table'}
            aria-label={t('Tickets')}
            aria-busy={stale}
          >
            <thead>
              <tr>
                <th scope="col" className="pg-select">
                  <input
                    type="checkbox"
                    aria-label={t('Select all listed tickets')}
                    disabled={stale}
                    checked={allChosen}
                    ref={(el) => {
                      if (el) el.indeterminate = chosen.length > 0 && !allChosen;
                    }}
                    onChange={() => setSelected(allChosen ? [] : tickets.map((x) => x.id))}
                  />
                </th>
                <SortableHeader
                  label={t('Ticket')}
                  field="number"
                  sort={prefs.sort}
                  onSort={sortBy}
                />
                {columns.map((c) =>
                  c.sort ? (
                    <SortableHeader
                      key={c.id}
                      label={t(c.label)}
                      field={c.sort}
                      sort={prefs.sort}
                      onSort={sortBy}
                    />
                  ) : (
                    <th key={c.id} scope="col">
                      {t(c.label)}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => {
                const on = chosen.includes(ticket.id);
                return (
                  <tr key={ticket.id} data-ticket={ticket.number} aria-selected={on}>
                    <td className="pg-select">
                      <input
                        type="checkbox"
                        aria-label={t('Select {number}', { number: ticket.number })}
                        disabled={stale}
                        checked={on}
                        onChange={() => toggleRow(ticket.id)}
                      />
                    </td>
                    <td>
                      <a className="pg-mono" href={href('ticket', ticket.id)}>
                        {ticket.number}
                      </a>
                    </td>
                    {columns.map((c) => (
                      <td key={c.id}>{c.cell(ticket, ctx)}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {next ? (
          <div className="pg-list-more">
            <span>
              {total === undefined
                ? t('Showing {shown}; more match.', { shown: tickets.length })
                : t('Showing {shown} of {total}.', { shown: tickets.length, total })}
            </span>
            <button type="button" className="pg-button" disabled={moreBusy} onClick={showMore}>
              {t('Show more')}
            </button>
          </div>
        ) : null}
      </section>
    </>
  );
}

/** A column header that sorts the list by its field (again: the other way round). */
function SortableHeader(props: {
  label: string;
  field: string;
  sort: { field: string; direction: 'asc' | 'desc' };
  onSort(field: string): void;
}) {
  const active = props.sort.field === props.field;
  return (
    <th
      scope="col"
      aria-sort={active ? (props.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
    >
      <button type="button" className="pg-sort" onClick={() => props.onSort(props.field)}>
        {props.label}
      </button>
    </th>
  );
}
