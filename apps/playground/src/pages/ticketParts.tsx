import type { HistoryEvent, SlaClock, Ticket } from '@deskkit/runtime';
import { userName } from '../desk/DeskContext';
import { t } from '../i18n';
import { href } from '../shell/router';
import { SlaChip, StatusChip, formatDateTime, formatDuration, slaTone } from '../ui/chips';
import { Empty } from '../ui/layout';

const targetLabels: Record<SlaClock['target'], string> = {
  response: 'Response',
  resolution: 'Resolution',
  ola: 'Step (OLA)',
};

/** The ticket's SLA/OLA clocks with a progress bar coloured by state. */
export function SlaClocks({ clocks, now }: { clocks: SlaClock[]; now: Date }) {
  if (clocks.length === 0) return <Empty>{t('No SLA applies to this ticket.')}</Empty>;
  return (
    <ul className="pg-sla-list" aria-label={t('SLA clocks')}>
      {clocks.map((clock) => {
        const tone = slaTone(clock);
        const remaining = clock.remainingMs ?? Date.parse(clock.dueAt) - now.getTime();
        const percent = Math.max(0, Math.min(100, clock.percent ?? 0));
        return (
          <li
            key={`${clock.policy}-${clock.target}-${clock.nodeId ?? ''}`}
            className="pg-sla-item"
            data-target={clock.target}
            data-sla={tone}
          >
            <div className="pg-sla-head">
              <strong>{t(targetLabels[clock.target])}</strong>
              <SlaChip clock={clock} />
            </div>
            <div
              className="pg-meter"
              data-tone={tone}
              role="meter"
              aria-label={t('{target} time used', { target: t(targetLabels[clock.target]) })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(percent)}
            >
              <span style={{ width: `${percent}%` }} />
            </div>
            <div className="pg-muted">
              {t('Due {when}', { when: formatDateTime(clock.dueAt) })}
              {clock.state === 'running' || clock.state === 'paused'
                ? remaining >= 0
                  ? ` · ${t('{time} left', { time: formatDuration(remaining) })}`
                  : ` · ${t('{time} late', { time: formatDuration(-remaining) })}`
                : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function describe(event: HistoryEvent, nodeName: (id?: string) => string): string {
  const who = event.actor ? userName(event.actor) : t('System');
  switch (event.type) {
    case 'created':
      return t('{who} raised the ticket', { who });
    case 'entered':
      return t('Entered “{node}”', { node: nodeName(event.nodeId) });
    case 'left':
      return t('Left “{node}”', { node: nodeName(event.nodeId) });
    case 'assigned': {
      const to = event.detail?.assignees ?? event.detail?.assignee ?? event.detail?.candidates;
      const names = Array.isArray(to)
        ? to.map((x) => userName(String(x))).join(', ')
        : to
          ? userName(String(to))
          : '';
      return names
        ? t('“{node}” assigned to {names}', { node: nodeName(event.nodeId), names })
        : t('“{node}” waits in the queue', { node: nodeName(event.nodeId) });
    }
    case 'action':
      return t('{who}: {action}{outcome} at “{node}”', {
        who,
        action: event.action ?? '',
        outcome: event.outcome ? ` (${event.outcome})` : '',
        node: nodeName(event.nodeId),
      });
    case 'statusChanged':
      return t('Status changed to {status}', {
        status: String(event.detail?.to ?? event.outcome ?? ''),
      });
    case 'fieldsChanged':
      return t('{who} changed {fields}', {
        who,
        fields: (event.changes ?? []).map((c) => c.field).join(', '),
      });
    case 'slaWarning':
      return t('SLA warning: {policy}', { policy: String(event.detail?.policy ?? '') });
    case 'slaBreached':
      return t('SLA breached: {policy}', { policy: String(event.detail?.policy ?? '') });
    case 'slaMet':
      return t('SLA met: {policy}', { policy: String(event.detail?.policy ?? '') });
    case 'childStarted':
      return t('Started a sub-ticket');
    case 'childFinished':
      return t('A sub-ticket finished');
    default:
      return t(event.type);
  }
}

/** Gateways and the start step are plumbing: entering or leaving them is not news to a person. */
const quietNodes = new Set(['start', 'exclusive', 'parallel']);

/** The history timeline, newest first, without the engine's bookkeeping events. */
export function Timeline(props: {
  events: HistoryEvent[];
  nodeName(id?: string): string;
  nodeType(id?: string): string | undefined;
}) {
  const events = props.events
    .filter((e) => e.type !== 'left')
    .filter((e) => !(e.type === 'entered' && quietNodes.has(props.nodeType(e.nodeId) ?? '')))
    .reverse();
  return (
    <ol className="pg-timeline" aria-label={t('History')}>
      {events.map((event) => (
        <li key={event.id} data-type={event.type}>
          <div>{describe(event, props.nodeName)}</div>
          <div className="pg-timeline-when">{formatDateTime(event.at)}</div>
          {event.comment ? <div className="pg-comment">{event.comment}</div> : null}
        </li>
      ))}
    </ol>
  );
}

/** Parent and child tickets with their status. */
export function RelatedTickets({
  parent,
  children,
}: {
  parent?: Ticket | undefined;
  children: Ticket[];
}) {
  if (!parent && children.length === 0) return <Empty>{t('No related ticket.')}</Empty>;
  return (
    <ul className="pg-list" aria-label={t('Related tickets')}>
      {parent ? (
        <li>
          <span className="pg-muted">{t('Parent')} </span>
          <a className="pg-mono" href={href('ticket', parent.id)}>
            {parent.number}
          </a>{' '}
          {parent.title} <StatusChip status={parent.status} />
        </li>
      ) : null}
      {children.map((child) => (
        <li key={child.id}>
          <span className="pg-muted">{t('Sub-ticket')} </span>
          <a className="pg-mono" href={href('ticket', child.id)}>
            {child.number}
          </a>{' '}
          {child.title} <StatusChip status={child.status} />
        </li>
      ))}
    </ul>
  );
}
