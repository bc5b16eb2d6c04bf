import type { TicketCondition, TicketQuery, TicketStatus } from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import type { WorkflowSummary } from '../desk/system.types';
import { t } from '../i18n';
import { href } from '../shell/router';
import { PriorityChip, SlaChip, StatusChip, formatDateTime } from '../ui/chips';
import { Empty, ErrorNote, PageHeader } from '../ui/layout';
import { UserSelect } from '../ui/UserSelect';

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
  const { nameOf, organisation } = useDesk();
  const groupName = (id: string) => organisation.groups.find((g) => g.id === id)?.name ?? id;
  const [text, setText] = useState('');
  const [status, setStatus] = useState<TicketStatus[]>([]);
  const [workflow, setWorkflow] = useState('');
  const [priority, setPriority] = useState('');
  const [requester, setRequester] = useState('');
  const [assignee, setAssignee] = useState('');
  const [conditions, setConditions] = useState<ConditionRow[]>([]);
  // Every published workflow, the demo ones and those designed in the Studio.
  const published = useDeskQuery(({ system }) => system.workflows(), []);
  const definitions = published.data ?? [];
  const fields = knownFields(definitions);

  const query: TicketQuery = {
    limit: 100,
    sort: { field: 'createdAt', direction: 'desc' },
    ...(text.trim() ? { text: text.trim() } : {}),
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
  // The client answers only the tickets this user may see (the runtime scopes the search).
  const result = useDeskQuery(
    ({ client }) => client.listTickets(JSON.parse(key) as TicketQuery),
    [key],
  );
  const tickets = result.data?.tickets ?? [];

  const toggleStatus = (s: TicketStatus) =>
    setStatus((prev) => (prev.includes(s) ? prev.filter((x) => x !== s) : [...prev, s]));
  const updateCondition = (id: number, patch: Partial<ConditionRow>) =>
    setConditions((prev) => prev.map((c) => (c.id === id ? { ...c, ...patch } : c)));

  return (
    <>
      <PageHeader
        title={t('Tickets')}
        hint={t('Search the tickets you may see by any combination of conditions.')}
      />
      <section className="pg-card pg-filters" aria-label={t('Search conditions')}>
        <div className="pg-filter-grid">
          <label className="pg-field">
            <span>{t('Number or title')}</span>
            <input
              className="pg-input"
              type="search"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
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
      <section className="pg-card" aria-label={t('Results')}>
        <header className="pg-card-header">
          <h2>
            {t('Results')} <span className="pg-count">{result.data?.total ?? tickets.length}</span>
          </h2>
        </header>
        {tickets.length === 0 ? (
          <Empty>{t('No ticket matches.')}</Empty>
        ) : (
          <table className="pg-table">
            <thead>
              <tr>
                <th scope="col">{t('Ticket')}</th>
                <th scope="col">{t('Title')}</th>
                <th scope="col">{t('Status')}</th>
                <th scope="col">{t('Priority')}</th>
                <th scope="col">{t('Requester')}</th>
                <th scope="col">{t('Assignees')}</th>
                <th scope="col">{t('SLA')}</th>
                <th scope="col">{t('Created')}</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => {
                const worst =
                  ticket.sla.find((c) => c.state === 'breached') ??
                  ticket.sla.find((c) => c.warned) ??
                  ticket.sla[0];
                return (
                  <tr key={ticket.id}>
                    <td>
                      <a className="pg-mono" href={href('ticket', ticket.id)}>
                        {ticket.number}
                      </a>
                    </td>
                    <td>{ticket.title ?? ''}</td>
                    <td>
                      <StatusChip status={ticket.status} />
                    </td>
                    <td>
                      <PriorityChip priority={ticket.priority} />
                    </td>
                    <td>{nameOf(ticket.requester)}</td>
                    <td>
                      {ticket.assignees.length ? (
                        ticket.assignees.map(nameOf).join(', ')
                      ) : ticket.group &&
                        (ticket.status === 'open' || ticket.status === 'pending') ? (
                        <span className="pg-muted">
                          {t('{group} queue', { group: groupName(ticket.group) })}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      {worst ? <SlaChip clock={worst} /> : <span className="pg-muted">—</span>}
                    </td>
                    <td className="pg-muted">{formatDateTime(ticket.createdAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
