import type { Ticket } from '@deskkit/runtime';
import { useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { href } from '../shell/router';
import { StatusChip, formatDateTime } from '../ui/chips';
import { Empty, ErrorNote, Loading, PageHeader, TableHead } from '../ui/layout';

/** The incidents a problem is linked to: its form's list and its ticket links, counted once. */
export function linkedIncidents(problem: Ticket): string[] {
  const listed = Array.isArray(problem.data.incidents)
    ? problem.data.incidents.filter((n): n is string => typeof n === 'string')
    : [];
  const linked = (problem.links ?? [])
    .filter((l) => l.number?.startsWith('INC-'))
    .map((l) => l.number as string);
  return [...new Set([...listed, ...linked])];
}

/**
 * The problem board: open problems with how many incidents each explains, known errors (with
 * their workaround) first, read through the signed-in user's client.
 */
export function ProblemsPage() {
  const problems = useDeskQuery(
    async ({ client }) =>
      (
        await client.listTickets({
          workflow: ['problem'],
          status: ['open', 'pending'],
          sort: { field: 'createdAt', direction: 'desc' },
          limit: 200,
        })
      ).tickets,
    [],
  );
  const rows = [...(problems.data ?? [])].sort(
    (a, b) =>
      Number(b.data.knownError === true) - Number(a.data.knownError === true) ||
      linkedIncidents(b).length - linkedIncidents(a).length,
  );
  const known = rows.filter((p) => p.data.knownError === true).length;
  const incidents = new Set(rows.flatMap(linkedIncidents)).size;
  return (
    <>
      <PageHeader
        title={t('Problems')}
        hint={t(
          'Open problems, the incidents they explain, and known errors with their workaround.',
        )}
      />
      {problems.error && <ErrorNote error={problems.error} />}
      {problems.status === 'loading' && !problems.data ? (
        <Loading />
      ) : !rows.length ? (
        <Empty>{t('No open problem.')}</Empty>
      ) : (
        <>
          <ul className="pg-problem-stats" aria-label={t('Problem figures')}>
            <li>
              <strong>{rows.length}</strong> {t('open problems')}
            </li>
            <li>
              <strong>{known}</strong> {t('known errors')}
            </li>
            <li>
              <strong>{incidents}</strong> {t('linked incidents')}
            </li>
          </ul>
          <table className="pg-table" aria-label={t('Open problems')}>
            <TableHead
              columns={[
                t('Number'),
                t('Problem'),
                t('Status'),
                t('Linked incidents'),
                t('Known error'),
                t('Raised'),
              ]}
            />
            <tbody>
              {rows.map((p) => {
                const linked = linkedIncidents(p);
                const workaround = typeof p.data.workaround === 'string' ? p.data.workaround : '';
                return (
                  <tr key={p.id}>
                    <td>
                      <a className="pg-mono" href={href('ticket', p.id)}>
                        {p.number}
                      </a>
                    </td>
                    <td>{p.title ?? ''}</td>
                    <td>
                      <StatusChip status={p.status} />
                    </td>
                    <td title={linked.join(', ')}>{linked.length}</td>
                    <td>
                      {p.data.knownError === true ? (
                        <span className="pg-known-error">
                          {t('Known error')}
                          {workaround && <span className="pg-muted"> — {workaround}</span>}
                        </span>
                      ) : (
                        <span className="pg-muted">{t('Under investigation')}</span>
                      )}
                    </td>
                    <td className="pg-muted">{formatDateTime(p.createdAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
