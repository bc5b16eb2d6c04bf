import type { SlaPolicy } from '@deskkit/runtime';
import { useState } from 'react';
import { calendarNames, calendars } from '../demo/calendars';
import { organisation } from '../demo/organisation';
import { userName, useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { formatDateTime } from '../ui/chips';
import { Card, Empty, ErrorNote, PageHeader } from '../ui/layout';

const tabs = [
  { id: 'directory', label: 'Directory' },
  { id: 'calendars', label: 'Calendars' },
  { id: 'sla', label: 'SLA policies' },
  { id: 'schedules', label: 'Schedules & timers' },
] as const;
type TabId = (typeof tabs)[number]['id'];

const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const entryName = (list: Array<{ id: string; name: string }>, id: string) =>
  list.find((e) => e.id === id)?.name ?? id;

function DirectoryTab() {
  const onCall = useDeskQuery(
    ({ desk }) =>
      Promise.all(
        organisation.rotas.map(async (r) => ({
          rota: r,
          now: await desk.directory.onCall(r.id, desk.clock.now()),
        })),
      ),
    [],
  );
  return (
    <>
      <Card title={t('People')}>
        <table className="pg-table">
          <thead>
            <tr>
              <th scope="col">{t('Name')}</th>
              <th scope="col">{t('Roles')}</th>
              <th scope="col">{t('Groups')}</th>
              <th scope="col">{t('Department')}</th>
              <th scope="col">{t('Manager')}</th>
            </tr>
          </thead>
          <tbody>
            {organisation.users.map((u) => (
              <tr key={u.id}>
                <td>
                  <strong>{u.name}</strong> <span className="pg-muted">{u.email}</span>
                </td>
                <td>
                  {(u.roles ?? []).map((r) => (
                    <span key={r} className="pg-tag">
                      {entryName(organisation.roles, r)}
                    </span>
                  ))}
                </td>
                <td>{(u.groups ?? []).map((g) => entryName(organisation.groups, g)).join(', ')}</td>
                <td>{u.department ? entryName(organisation.departments, u.department) : ''}</td>
                <td>{userName(u.manager)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <div className="pg-grid-2">
        <Card title={t('Groups')}>
          <ul className="pg-list">
            {organisation.groups.map((g) => (
              <li key={g.id}>
                <strong>{g.name}</strong>
                <span className="pg-muted"> — {g.description}</span>
                <div className="pg-muted">
                  {organisation.users
                    .filter((u) => u.groups?.includes(g.id))
                    .map((u) => u.name)
                    .join(', ')}
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('On call and out of office')}>
          <ul className="pg-list">
            {(onCall.data ?? []).map(({ rota, now }) => (
              <li key={rota.id}>
                <strong>{rota.name}</strong>{' '}
                <span className="pg-muted">
                  {t('shifts of {shift}, rotating {members}', {
                    shift: rota.shift,
                    members: rota.members.map(userName).join(' → '),
                  })}
                </span>
                <div>
                  {t('On call now')}:{' '}
                  <strong data-testid="on-call-now">{now.map(userName).join(', ')}</strong>
                </div>
              </li>
            ))}
            {organisation.delegations.map((d) => (
              <li key={`${d.user}-${d.from}`}>
                <strong>{userName(d.user)}</strong>{' '}
                {t('is away from {from} to {to}; new work goes to {who}.', {
                  from: d.from,
                  to: d.to,
                  who: userName(d.delegate),
                })}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}

function CalendarsTab() {
  return (
    <div className="pg-grid-2">
      {Object.entries(calendars).map(([id, cal]) => (
        <Card key={id} title={calendarNames[id] ?? id}>
          <p className="pg-muted">
            {t('Key')} <code>{id}</code> · {t('Time zone')} {cal.timeZone}
          </p>
          <table className="pg-table pg-table-compact">
            <tbody>
              {days.map((d) => (
                <tr key={d}>
                  <th scope="row">{t(d)}</th>
                  <td>
                    {cal.week[d]?.length ? (
                      cal.week[d]!.map(([a, b]) => `${a}–${b}`).join(', ')
                    ) : (
                      <span className="pg-muted">{t('closed')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {cal.holidays?.length ? (
            <p>
              <strong>{t('Holidays')}:</strong> {cal.holidays.join(', ')}
            </p>
          ) : null}
        </Card>
      ))}
    </div>
  );
}

function SlaTab() {
  const defs = useDeskQuery(async ({ desk }) => {
    const records = await desk.storage.listDefinitions();
    return records.map((r) => r.definition);
  }, []);
  const rows: Array<{ workflow: string; version?: number; policy: SlaPolicy }> = [];
  for (const def of defs.data ?? [])
    for (const policy of def.sla ?? []) rows.push({ workflow: def.name, policy });
  return (
    <Card title={t('SLA policies of the published workflows')}>
      {defs.error ? <ErrorNote error={defs.error} /> : null}
      {rows.length === 0 ? (
        <Empty>{t('No SLA policy.')}</Empty>
      ) : (
        <table className="pg-table">
          <thead>
            <tr>
              <th scope="col">{t('Workflow')}</th>
              <th scope="col">{t('Policy')}</th>
              <th scope="col">{t('Applies when')}</th>
              <th scope="col">{t('Response')}</th>
              <th scope="col">{t('Resolution')}</th>
              <th scope="col">{t('Calendar')}</th>
              <th scope="col">{t('Warn at')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ workflow, policy }) => (
              <tr key={`${workflow}-${policy.id}`}>
                <td>{workflow}</td>
                <td>{policy.name}</td>
                <td>
                  {policy.when ? (
                    <code>{policy.when}</code>
                  ) : (
                    <span className="pg-muted">{t('always')}</span>
                  )}
                </td>
                <td>{policy.targets.response ?? '—'}</td>
                <td>{policy.targets.resolution ?? '—'}</td>
                <td>{calendarNames[policy.calendar ?? '24x7'] ?? policy.calendar}</td>
                <td>{(policy.warnAt ?? []).map((p) => `${p}%`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}

function SchedulesTab() {
  const data = useDeskQuery(async ({ desk }) => {
    const [records, timers, schedules] = await Promise.all([
      desk.storage.listDefinitions(),
      desk.storage.listTimers(),
      desk.runtime.schedules.list(),
    ]);
    return { defs: records.map((r) => r.definition), timers, schedules };
  }, []);
  const automations = (data.data?.defs ?? []).flatMap((d) =>
    (d.automations ?? []).map((a) => ({ workflow: d.name, automation: a })),
  );
  const autoClose = (data.data?.defs ?? []).filter((d) => d.autoClose);
  const timers = [...(data.data?.timers ?? [])].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const schedules = data.data?.schedules ?? [];
  return (
    <>
      <Card title={t('Scheduled tickets')}>
        {schedules.length === 0 ? (
          <Empty>{t('No ticket is raised on a schedule.')}</Empty>
        ) : (
          <table className="pg-table">
            <thead>
              <tr>
                <th scope="col">{t('Schedule')}</th>
                <th scope="col">{t('Workflow')}</th>
                <th scope="col">{t('Raised by')}</th>
                <th scope="col">{t('Repeats')}</th>
                <th scope="col">{t('Last run')}</th>
                <th scope="col">{t('Next run')}</th>
              </tr>
            </thead>
            <tbody>
              {schedules.map(({ schedule, lastRunAt, next, lastError }) => (
                <tr key={schedule.id}>
                  <td>
                    <strong>{schedule.name ?? schedule.id}</strong>
                    {lastError ? <div className="pg-error">{lastError.message}</div> : null}
                  </td>
                  <td>{schedule.workflow}</td>
                  <td>{userName(schedule.actor)}</td>
                  <td>
                    {schedule.frequency}
                    {schedule.weekdays?.length ? ` (${schedule.weekdays.join(', ')})` : ''} ·{' '}
                    {schedule.timeZone}
                  </td>
                  <td>
                    {lastRunAt ? formatDateTime(lastRunAt) : <span className="pg-muted">—</span>}
                  </td>
                  <td>
                    {next ? formatDateTime(next) : <span className="pg-muted">{t('over')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      <Card title={t('Periodic automations')}>
        {automations.length === 0 && autoClose.length === 0 ? (
          <Empty>{t('No periodic automation is defined.')}</Empty>
        ) : (
          <ul className="pg-list">
            {automations.map(({ workflow, automation }) => (
              <li key={`${workflow}-${automation.id}`}>
                <strong>{automation.name ?? automation.id}</strong> — {workflow}, {t('every')}{' '}
                {automation.every}
              </li>
            ))}
            {autoClose.map((d) => (
              <li key={d.key}>
                <strong>{t('Auto-close')}</strong> — {d.name}:{' '}
                {t('resolved tickets close after {duration}', { duration: d.autoClose ?? '' })}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('Pending timers')}>
        {timers.length === 0 ? (
          <Empty>{t('Nothing is due.')}</Empty>
        ) : (
          <table className="pg-table">
            <thead>
              <tr>
                <th scope="col">{t('Due')}</th>
                <th scope="col">{t('Kind')}</th>
                <th scope="col">{t('Ticket')}</th>
              </tr>
            </thead>
            <tbody>
              {timers.map((timer) => (
                <tr key={timer.id}>
                  <td>{formatDateTime(timer.dueAt)}</td>
                  <td>{timer.kind}</td>
                  <td className="pg-mono">{timer.ticketId ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}

/** Directory, calendars, SLA policies and schedules of the demo organisation. */
export function AdminPage() {
  const [tab, setTab] = useState<TabId>('directory');
  return (
    <>
      <PageHeader
        title={t('Admin')}
        hint={t('Directory, calendars, SLA policies and schedules.')}
      />
      <div className="pg-tabs" role="tablist" aria-label={t('Admin sections')}>
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            id={`admin-tab-${x.id}`}
            aria-selected={tab === x.id}
            aria-controls="admin-panel"
            onClick={() => setTab(x.id)}
          >
            {t(x.label)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        className="pg-tabpanel"
        id="admin-panel"
        aria-labelledby={`admin-tab-${tab}`}
      >
        {tab === 'directory' ? <DirectoryTab /> : null}
        {tab === 'calendars' ? <CalendarsTab /> : null}
        {tab === 'sla' ? <SlaTab /> : null}
        {tab === 'schedules' ? <SchedulesTab /> : null}
      </div>
    </>
  );
}
