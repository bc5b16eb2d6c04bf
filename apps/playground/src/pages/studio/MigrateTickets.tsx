import type {
  DefinitionRecord,
  TicketMigrationBlock,
  TicketMigrationInput,
  TicketMigrationReport,
} from '@deskkit/runtime';
import { useState } from 'react';
import { t } from '../../i18n';
import { useDescribeError, type ShownError } from '../../ui/errors';
import { Outcome } from '../admin/editing';
import { stepName, unmappedSteps } from './studio';

/** Props of {@link MigrateTickets}. */
export interface MigrateTicketsProps {
  /** Every published version of the workflow, oldest first (two at least to migrate). */
  versions: readonly DefinitionRecord[];
  /** Runs the migration (the signed-in user's `DeskClient.migrateTickets`). */
  run(input: Omit<TicketMigrationInput, 'actor'>): Promise<TicketMigrationReport>;
  /** Asks before moving tickets (`window.confirm` by default). */
  confirm?(message: string): boolean;
}

/** Why a ticket cannot move, by the runtime's code, with the values it names (`params`). */
const migrationReasonLabels: Record<TicketMigrationBlock['code'], string> = {
  NOT_FOUND: 'Ticket “{ticket}” does not exist.',
  NOT_RUNNING:
    'It is {status, select, open {open} pending {on hold} resolved {resolved} closed {closed} rejected {rejected} cancelled {cancelled} other {{status}}}: only running tickets move.',
  OTHER_VERSION: 'It runs on {workflow} version {version}, not version {from}.',
  NODE_UNMAPPED: 'Step "{step}" is not in version {to}; map it to a step of that version.',
  NODE_TYPE_CHANGED:
    'Step “{step}” is of type {type} and “{target}” of type {targetType}; map it to a step of type {type}.',
  JOIN_WAITING:
    'A branch waits at the join “{step}” by an arrow version {to} does not have; finish the parallel branches first.',
  SUBWORKFLOW_RENAMED:
    'Sub-workflow step “{step}” waits for its child tickets under its own id; keep the id in version {to}.',
  CONFLICT: 'It changed while moving; try again.',
};

/**
 * Moves running tickets from one version to another: pick the versions, map the steps the new
 * version no longer has, check (a dry run lists each ticket: moves, or blocked and why), choose
 * tickets, move them.
 */
export function MigrateTickets({
  versions,
  run,
  confirm = (m) => window.confirm(m),
}: MigrateTicketsProps) {
  const latest = versions[versions.length - 1];
  const [from, setFrom] = useState(versions[versions.length - 2]?.version ?? 0);
  const [to, setTo] = useState(latest?.version ?? 0);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [report, setReport] = useState<TicketMigrationReport | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const describe = useDescribeError();
  const [error, setError] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState('');
  if (!latest || versions.length < 2)
    return (
      <p className="pg-muted">{t('Publish a second version to move running tickets to it.')}</p>
    );
  const source = versions.find((v) => v.version === from);
  const target = versions.find((v) => v.version === to);
  const steps = source && target ? unmappedSteps(source.definition, target.definition) : [];
  const workflow = latest.key;

  const call = async (input: Omit<TicketMigrationInput, 'actor'>) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      return await run(input);
    } catch (e) {
      setError(describe(e));
      return null;
    } finally {
      setBusy(false);
    }
  };
  const check = async () => {
    const plan = await call({ workflow, from, to, mapping, dryRun: true });
    if (!plan) return;
    setReport(plan);
    setChosen(plan.tickets.filter((r) => r.outcome === 'moved').map((r) => r.ticketId));
  };
  const move = async () => {
    const question = t(
      'Move {count} ticket(s) from v{from} to v{to}? Their open work follows the step mapping.',
      {
        count: chosen.length,
        from,
        to,
      },
    );
    if (!chosen.length || !confirm(question)) return;
    const done = await call({ workflow, from, to, mapping, tickets: chosen });
    if (!done) return;
    setReport(done);
    setChosen([]);
    const moved = done.tickets.filter((r) => r.outcome === 'moved').length;
    setNotice(
      t('Moved {moved} ticket(s); {blocked} blocked.', {
        moved,
        blocked: done.tickets.length - moved,
      }),
    );
  };
  const reset = () => {
    setReport(null);
    setChosen([]);
  };
  const options = versions.map((v) => (
    <option key={v.version} value={v.version}>
      v{v.version}
    </option>
  ));
  return (
    <section className="pg-migrate" aria-label={t('Migrate running tickets')}>
      <div className="pg-migrate-versions">
        <label className="pg-field">
          <span>{t('From version')}</span>
          <select
            className="pg-input"
            value={from}
            onChange={(e) => {
              setFrom(Number(e.target.value));
              setMapping({});
              reset();
            }}
          >
            {options}
          </select>
        </label>
        <label className="pg-field">
          <span>{t('To version')}</span>
          <select
            className="pg-input"
            value={to}
            onChange={(e) => {
              setTo(Number(e.target.value));
              setMapping({});
              reset();
            }}
          >
            {options}
          </select>
        </label>
      </div>
      {steps.length ? (
        <fieldset className="pg-migrate-mapping">
          <legend>{t('Steps v{to} does not have', { to })}</legend>
          {steps.map(({ node, choices }) => (
            <label key={node.id} className="pg-field">
              <span>{t('Tickets at “{step}” go to', { step: stepName(node) })}</span>
              <select
                className="pg-input"
                value={mapping[node.id] ?? ''}
                onChange={(e) => {
                  const next = { ...mapping };
                  if (e.target.value) next[node.id] = e.target.value;
                  else delete next[node.id];
                  setMapping(next);
                  reset();
                }}
              >
                <option value="">{t('(not mapped: they stay)')}</option>
                {choices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {stepName(c)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="pg-actions-bar">
        <button
          type="button"
          className="pg-button"
          disabled={busy || from === to}
          onClick={() => void check()}
        >
          {t('Check running tickets')}
        </button>
        {report?.dryRun ? (
          <button
            type="button"
            className="pg-button pg-button-primary"
            disabled={busy || !chosen.length}
            onClick={() => void move()}
          >
            {t('Move {count} ticket(s)', { count: chosen.length })}
          </button>
        ) : null}
      </div>
      <Outcome error={error} notice={notice} />
      {report ? (
        report.tickets.length ? (
          <table
            className="pg-table"
            aria-label={report.dryRun ? t('What would happen') : t('What happened')}
          >
            <thead>
              <tr>
                <th scope="col">{t('Move')}</th>
                <th scope="col">{t('Ticket')}</th>
                <th scope="col">{t('Outcome')}</th>
                <th scope="col">{t('Steps')}</th>
              </tr>
            </thead>
            <tbody>
              {report.tickets.map((r) => (
                <tr key={r.ticketId}>
                  <td>
                    {report.dryRun && r.outcome === 'moved' ? (
                      <input
                        type="checkbox"
                        aria-label={t('Move {ticket}', { ticket: r.number ?? r.ticketId })}
                        checked={chosen.includes(r.ticketId)}
                        onChange={(e) =>
                          setChosen(
                            e.target.checked
                              ? [...chosen, r.ticketId]
                              : chosen.filter((id) => id !== r.ticketId),
                          )
                        }
                      />
                    ) : null}
                  </td>
                  <td>{r.number ?? r.ticketId}</td>
                  <td>
                    {r.outcome === 'moved'
                      ? report.dryRun
                        ? t('can move')
                        : t('moved')
                      : t('blocked')}
                    {r.reasons.map((reason) => (
                      <div key={`${reason.code}-${reason.nodeId ?? ''}`} className="pg-muted">
                        {t(migrationReasonLabels[reason.code], reason.params)}
                      </div>
                    ))}
                  </td>
                  <td>
                    {Object.entries(r.nodes)
                      .map(([a, b]) => (a === b ? a : `${a} → ${b}`))
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="pg-muted">{t('No running ticket is on v{from}.', { from })}</p>
        )
      ) : null}
    </section>
  );
}
