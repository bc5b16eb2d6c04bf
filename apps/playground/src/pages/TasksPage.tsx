import type { WorkItem } from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { href } from '../shell/router';
import { PriorityChip, formatDateTime } from '../ui/chips';
import { Empty, ErrorNote, Loading, PageHeader, TableHead } from '../ui/layout';

interface Row {
  item: WorkItem;
  canClaim: boolean;
}

/** The current user's to-do list: work they hold and shared queues they may claim from. */
export function TasksPage() {
  const { client, user, nameOf } = useDesk();
  const [error, setError] = useState<Error | null>(null);
  const tasks = useDeskQuery(async ({ client }) => {
    const items = await client.tasks({ state: ['open'] });
    return Promise.all(
      items.map(async (item): Promise<Row> => {
        const view = await client.viewTicket(item.ticketId);
        return { item, canClaim: !item.assignee && view.actions.includes('claim') };
      }),
    );
  }, []);
  const rows = tasks.data ?? [];
  const mine = rows.filter((r) => r.item.assignee === user.id);
  const queue = rows.filter((r) => r.item.assignee !== user.id);

  const claim = async (item: WorkItem) => {
    setError(null);
    try {
      await client.act({
        ticket: item.ticketId,
        action: 'claim',
        workItem: item.id,
      });
    } catch (e) {
      setError(e instanceof Error ? e : new Error(String(e)));
    }
  };

  const table = (list: Row[], label: string) => (
    <table className="pg-table" aria-label={label}>
      <TableHead
        columns={[t('Ticket'), t('Title'), t('Step'), t('Priority'), t('Held by'), t('Since')]}
      />
      <tbody>
        {list.map(({ item, canClaim }) => (
          <tr key={item.id} data-ticket={item.ticketNumber}>
            <td>
              <a className="pg-mono" href={href('ticket', item.ticketId)}>
                {item.ticketNumber ?? item.ticketId}
              </a>
            </td>
            <td>{item.title ?? ''}</td>
            <td>
              <span className={`pg-kind pg-kind-${item.kind}`}>{item.nodeName ?? item.nodeId}</span>
            </td>
            <td>
              <PriorityChip priority={item.priority} />
            </td>
            <td>
              {item.assignee ? (
                nameOf(item.assignee)
              ) : (
                <span className="pg-muted">{t('Queue')}</span>
              )}
              {item.delegatedFrom ? (
                <span className="pg-muted">
                  {' '}
                  {t('(for {name})', { name: nameOf(item.delegatedFrom) })}
                </span>
              ) : null}
            </td>
            <td className="pg-muted">{formatDateTime(item.createdAt)}</td>
            <td className="pg-row-actions">
              {canClaim ? (
                <button
                  type="button"
                  className="pg-button"
                  aria-label={t('Claim {ticket}', { ticket: item.ticketNumber ?? item.ticketId })}
                  onClick={() => void claim(item)}
                >
                  {t('Claim')}
                </button>
              ) : null}
              <a className="pg-button pg-button-primary" href={href('ticket', item.ticketId)}>
                {t('Open')}
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <>
      <PageHeader
        title={t('My tasks')}
        hint={t('Work you hold, and shared queues you may claim from.')}
      />
      {error ? <ErrorNote error={error} /> : null}
      {tasks.error ? <ErrorNote error={tasks.error} /> : null}
      {tasks.status === 'loading' && !tasks.data ? <Loading /> : null}
      <section className="pg-card" aria-labelledby="pg-mine">
        <header className="pg-card-header">
          <h2 id="pg-mine">
            {t('Assigned to me')} <span className="pg-count">{mine.length}</span>
          </h2>
        </header>
        {mine.length ? (
          table(mine, t('Assigned to me'))
        ) : (
          <Empty>{t('Nothing assigned to you.')}</Empty>
        )}
      </section>
      <section className="pg-card" aria-labelledby="pg-queue">
        <header className="pg-card-header">
          <h2 id="pg-queue">
            {t('Team queues')} <span className="pg-count">{queue.length}</span>
          </h2>
        </header>
        {queue.length ? (
          table(queue, t('Team queues'))
        ) : (
          <Empty>{t('The queues are empty.')}</Empty>
        )}
      </section>
    </>
  );
}
