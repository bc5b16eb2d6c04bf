import type { Ticket } from '@deskkit/runtime';
import type { ReactNode } from 'react';
import { t } from '../../i18n';
import { PriorityChip, SlaChip, StatusChip, formatDateTime } from '../../ui/chips';

/** What a column needs to render a cell: names of people and groups. */
export interface CellContext {
  nameOf(id: string | undefined): string;
  groupName(id: string): string;
  workflowName(key: string): string;
}

export interface TicketColumn {
  id: string;
  label: string;
  /** The query's sort field, when the list can be sorted by this column. */
  sort?: string;
  cell(ticket: Ticket, ctx: CellContext): ReactNode;
}

/** The columns of the ticket list, in their order; the number column is always shown. */
export const ticketColumns: readonly TicketColumn[] = [
  { id: 'title', label: 'Title', sort: 'title', cell: (x) => x.title ?? '' },
  {
    id: 'status',
    label: 'Status',
    sort: 'status',
    cell: (x) => <StatusChip status={x.status} />,
  },
  {
    id: 'priority',
    label: 'Priority',
    sort: 'priority',
    cell: (x) => <PriorityChip priority={x.priority} />,
  },
  {
    id: 'workflow',
    label: 'Workflow',
    cell: (x, c) => <span className="pg-muted">{c.workflowName(x.workflow.key)}</span>,
  },
  { id: 'requester', label: 'Requester', sort: 'requester', cell: (x, c) => c.nameOf(x.requester) },
  {
    id: 'assignees',
    label: 'Assignees',
    cell: (x, c) =>
      x.assignees.length ? (
        x.assignees.map(c.nameOf).join(', ')
      ) : x.group && (x.status === 'open' || x.status === 'pending') ? (
        <span className="pg-muted">{t('{group} queue', { group: c.groupName(x.group) })}</span>
      ) : null,
  },
  {
    id: 'sla',
    label: 'SLA',
    cell: (x) => {
      const worst =
        x.sla.find((s) => s.state === 'breached') ?? x.sla.find((s) => s.warned) ?? x.sla[0];
      return worst ? <SlaChip clock={worst} /> : <span className="pg-muted">—</span>;
    },
  },
  {
    id: 'createdAt',
    label: 'Created',
    sort: 'createdAt',
    cell: (x) => <span className="pg-muted">{formatDateTime(x.createdAt)}</span>,
  },
  {
    id: 'updatedAt',
    label: 'Updated',
    sort: 'updatedAt',
    cell: (x) => <span className="pg-muted">{formatDateTime(x.updatedAt)}</span>,
  },
];

/** Shown until the user chooses their own. */
export const defaultColumns = [
  'title',
  'status',
  'priority',
  'requester',
  'assignees',
  'sla',
  'createdAt',
];
