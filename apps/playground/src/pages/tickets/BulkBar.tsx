import type { ActionName } from '@deskkit/runtime';
import { useState } from 'react';
import { t } from '../../i18n';
import { ErrorText, type ShownError } from '../../ui/errors';
import { UserSelect } from '../../ui/UserSelect';
import { ReasonDialog } from '../ticket/ReasonDialog';
import '../../ui/lifecycle.css';

/** The actions the list offers on many tickets at once. */
export const bulkActions: ReadonlyArray<{
  action: ActionName;
  label: string;
  /** Needs a person: the assignee, the watcher. */
  person?: string;
}> = [
  { action: 'reassign', label: 'Assign to…', person: 'Assign to' },
  { action: 'claim', label: 'Claim' },
  { action: 'hold', label: 'Put on hold' },
  { action: 'close', label: 'Close' },
  { action: 'watch', label: 'Add watcher…', person: 'Watcher' },
];

/** One bulk command's answer, ticket by ticket. */
export interface BulkOutcome {
  action: ActionName;
  results: Array<{ ticketId: string; number: string; ok: boolean; message?: ShownError }>;
}

export interface BulkBarProps {
  /** How many tickets are selected. */
  count: number;
  /**
   * Per action, how many of the selected tickets offer it to this user now (their views'
   * `actions`); `null` while the views load.
   */
  offers: Partial<Record<ActionName, number>> | null;
  /** Actions that need a reason on at least one selected ticket (their views' `needsReason`). */
  needsReason: readonly ActionName[];
  busy?: boolean;
  outcome?: BulkOutcome | null;
  onRun(input: { action: ActionName; to?: string; reason?: string; comment?: string }): void;
  onClear(): void;
}

/**
 * The bar over a ticket list with tickets selected: one action on all of them, each ticket
 * checked on its own; the answer lists what was done and what was refused, per ticket.
 */
export function BulkBar(props: BulkBarProps) {
  const [asking, setAsking] = useState<(typeof bulkActions)[number] | null>(null);
  const [person, setPerson] = useState('');
  const labelOf = (a: ActionName) => t(bulkActions.find((b) => b.action === a)?.label ?? a);
  const start = (b: (typeof bulkActions)[number]) => {
    if (b.person || props.needsReason.includes(b.action)) {
      setPerson('');
      setAsking(b);
    } else props.onRun({ action: b.action });
  };
  const failed = props.outcome?.results.filter((r) => !r.ok) ?? [];
  const done = (props.outcome?.results.length ?? 0) - failed.length;
  return (
    <div className="pg-bulk">
      {props.count ? (
        <div className="pg-bulk-bar" role="toolbar" aria-label={t('Bulk actions')}>
          <strong>{t('{count} selected', { count: props.count })}</strong>
          {bulkActions.map((b) => {
            const n = props.offers?.[b.action] ?? 0;
            return (
              <button
                key={b.action}
                type="button"
                className="pg-button"
                data-bulk={b.action}
                disabled={props.busy || props.offers === null || n === 0}
                title={
                  props.offers === null
                    ? t('Checking what you may do…')
                    : t('{n} of {count} selected tickets offer this', { n, count: props.count })
                }
                onClick={() => start(b)}
              >
                {t(b.label)}
                {props.offers !== null && n > 0 && n < props.count ? (
                  <span className="pg-count">{n}</span>
                ) : null}
              </button>
            );
          })}
          <button type="button" className="pg-button pg-button-ghost" onClick={props.onClear}>
            {t('Clear selection')}
          </button>
        </div>
      ) : null}
      {props.outcome ? (
        <div
          className={`pg-bulk-outcome ${failed.length ? 'pg-bulk-partial' : ''}`}
          role={failed.length ? 'alert' : 'status'}
        >
          <strong>
            {t('{action}: {done} of {total} done.', {
              action: labelOf(props.outcome.action).replace('…', ''),
              done,
              total: props.outcome.results.length,
            })}
          </strong>
          {failed.length ? (
            <ul aria-label={t('Refused tickets')}>
              {failed.map((r) => (
                <li key={r.ticketId}>
                  <span className="pg-mono">{r.number}</span> —{' '}
                  {r.message ? <ErrorText error={r.message} /> : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {asking ? (
        <ReasonDialog
          title={t('{action} on {count} tickets', {
            action: t(asking.label).replace('…', ''),
            count: props.count,
          })}
          confirm={t(asking.label).replace('…', '')}
          optional={!props.needsReason.includes(asking.action)}
          {...(props.busy ? { busy: true } : {})}
          onCancel={() => setAsking(null)}
          onConfirm={(text) => {
            if (asking.person && !person) return;
            const needs = props.needsReason.includes(asking.action);
            props.onRun({
              action: asking.action,
              ...(asking.person ? { to: person } : {}),
              ...(text ? (needs ? { reason: text } : { comment: text }) : {}),
            });
            setAsking(null);
          }}
        >
          {asking.person ? (
            <UserSelect
              label={t(asking.person)}
              placeholder={t('Choose a person…')}
              value={person}
              onChange={setPerson}
            />
          ) : null}
        </ReasonDialog>
      ) : null}
    </div>
  );
}
