import type { HistoryEvent, LinkType, SlaClock, SlaClockState, Ticket } from '@deskkit/runtime';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { href } from '../shell/router';
import { SlaChip, StatusChip, formatDateTime, formatDuration, slaTone } from '../ui/chips';
import { Empty } from '../ui/layout';
import { linkLabels } from './ticket/RelationsPanel';
import '../ui/lifecycle.css';

const targetLabels: Record<SlaClock['target'], string> = {
  response: 'Response',
  resolution: 'Resolution',
  ola: 'Step (OLA)',
};

/** The ticket's SLA/OLA clocks with a progress bar coloured by state. */
export function SlaClocks({
  clocks,
  now,
  policyName,
}: {
  clocks: SlaClock[];
  now: Date;
  policyName(id: string): string;
}) {
  if (clocks.length === 0) return <Empty>{t('No SLA applies to this ticket.')}</Empty>;
  return (
    <ul className="pg-sla-list" aria-label={t('SLA clocks')}>
      {clocks.map((clock) => {
        const tone = slaTone(clock);
        const remaining = clock.remainingMs ?? Date.parse(clock.dueAt) - now.getTime();
        const percent = Math.max(0, Math.min(100, clock.percent ?? 0));
        // Remaining time is counted in the policy's working hours, not on the wall clock.
        // (Ticket.sla holds the runtime's SlaClockState, which names the calendar.)
        const calendar = (clock as Partial<SlaClockState>).calendar;
        const working = !!calendar && calendar !== '24x7';
        const left = working ? '{time} of working time left' : '{time} left';
        return (
          <li
            key={`${clock.policy}-${clock.target}-${clock.nodeId ?? ''}`}
            className="pg-sla-item"
            data-target={clock.target}
            data-sla={tone}
          >
            <div className="pg-sla-head">
              <span>
                <strong>{t(targetLabels[clock.target])}</strong>{' '}
                <span className="pg-muted">{policyName(clock.policy)}</span>
              </span>
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
              {clock.state === 'cancelled'
                ? t('Stopped {when}', { when: formatDateTime(clock.cancelledAt ?? clock.dueAt) })
                : t('Due {when}', { when: formatDateTime(clock.dueAt) })}
              {clock.state === 'running' || clock.state === 'paused'
                ? remaining >= 0
                  ? ` · ${t(left, { time: formatDuration(remaining, { inHours: working }) })}`
                  : ` · ${t('{time} late', { time: formatDuration(-remaining, { inHours: working }) })}`
                : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

interface Names {
  node(id?: string): string;
  user(id: string | undefined): string;
  policy(id: string): string;
  /** A trigger's or periodic automation's name. */
  rule(id: string): string;
}

/** What an automation event says happened (its `detail.type`). */
function describeAutomation(event: HistoryEvent, names: Names): string {
  const detail = event.detail ?? {};
  switch (detail.type) {
    case 'trigger':
      return t('Rule “{name}” ran', { name: names.rule(String(detail.trigger ?? '')) });
    case 'periodic':
      return t('Periodic rule “{name}” ran', { name: names.rule(String(detail.automation ?? '')) });
    case 'call':
      return t('Automation: {handler}', { handler: String(detail.handler ?? '') });
    case 'autoClose':
      return t('Closed automatically {after} after it was resolved', {
        after: String(detail.after ?? ''),
      });
    case 'comment':
      return t('Automatic note');
    default:
      return t('Automation');
  }
}

function describe(event: HistoryEvent, names: Names): string {
  const nodeName = names.node;
  const nameOf = names.user;
  const policy = names.policy(String(event.detail?.policy ?? ''));
  const who = event.actor ? nameOf(event.actor) : t('System');
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
        ? to.map((x) => nameOf(String(x))).join(', ')
        : to
          ? nameOf(String(to))
          : '';
      return names
        ? t('“{node}” assigned to {names}', { node: nodeName(event.nodeId), names })
        : t('“{node}” waits in the queue', { node: nodeName(event.nodeId) });
    }
    case 'action': {
      const vars = {
        who,
        action: event.action ?? '',
        outcome: event.outcome ? ` (${event.outcome})` : '',
      };
      if (event.action === 'comment' && event.internal)
        return t('{who} added an internal note', { who });
      if (event.action === 'close' && event.detail?.mergedInto)
        return t('{who} merged it into {number}', {
          who,
          number: String(event.detail.mergedInto),
        });
      if (event.action === 'comment' && event.detail?.mergedFrom)
        return t('{who}: comment (from {number})', {
          who,
          number: String(event.detail.mergedFrom),
        });
      if (event.action === 'reopen') return t('{who} reopened the ticket', { who });
      if (event.action === 'rate') return t('{who} answered the satisfaction survey', { who });
      // Ticket-level actions (a comment, watch, reopen) belong to no step.
      return event.nodeId === undefined
        ? t('{who}: {action}{outcome}', vars)
        : t('{who}: {action}{outcome} at “{node}”', { ...vars, node: nodeName(event.nodeId) });
    }
    case 'statusChanged':
      return t('Status changed to {status}', {
        status: String(event.detail?.to ?? event.outcome ?? ''),
      });
    case 'fieldsChanged': {
      const changes = event.changes ?? [];
      // The ticket's own priority (set by rules, raised on breach) reads better with its value.
      if (changes.length === 1 && changes[0]!.field === 'priority')
        return t('Priority set to {priority}', { priority: String(changes[0]!.to ?? '—') });
      return t('{who} changed {fields}', { who, fields: changes.map((c) => c.field).join(', ') });
    }
    case 'automation':
      return describeAutomation(event, names);
    case 'slaWarning':
      return t('SLA warning: {policy}', { policy });
    case 'slaBreached':
      return t('SLA breached: {policy}', { policy });
    case 'slaMet':
      return t('SLA met: {policy}', { policy });
    case 'linked':
    case 'unlinked': {
      const type = String(event.detail?.type ?? 'relates') as LinkType;
      const vars = {
        type: t(linkLabels[type] ?? type).toLowerCase(),
        number: String(event.detail?.number ?? ''),
      };
      return event.type === 'linked'
        ? t('Linked: {type} {number}', vars)
        : t('Unlinked: {type} {number}', vars);
    }
    case 'migrated': {
      const moved = Object.entries(event.detail?.nodes ?? {})
        .filter(([from, to]) => from !== to)
        .map(([from, to]) => `${from} → ${nodeName(String(to))}`);
      const vars = {
        who,
        from: String(event.detail?.from ?? ''),
        to: String(event.detail?.to ?? ''),
      };
      return moved.length
        ? t('{who} moved it from workflow version {from} to {to} ({steps})', {
            ...vars,
            steps: moved.join(', '),
          })
        : t('{who} moved it from workflow version {from} to {to}', vars);
    }
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
  /** The SLA policy's name for its id (`ola:<node>` for a step's OLA). */
  policyName(id: string): string;
  /** A trigger's or periodic automation's name for its id. */
  ruleName(id: string): string;
}) {
  const { nameOf } = useDesk();
  const names: Names = {
    node: props.nodeName,
    user: nameOf,
    policy: props.policyName,
    rule: props.ruleName,
  };
  const events = props.events
    .filter((e) => e.type !== 'left')
    .filter((e) => !(e.type === 'entered' && quietNodes.has(props.nodeType(e.nodeId) ?? '')))
    .reverse();
  return (
    // The history scrolls: keyboard users reach it to scroll it.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <ol className="pg-timeline" aria-label={t('History')} tabIndex={0}>
      {events.map((event) => (
        <li
          key={event.id}
          data-type={event.type}
          {...(event.internal ? { 'data-internal': 'true' } : {})}
        >
          <div>{describe(event, names)}</div>
          <div className="pg-timeline-when">{formatDateTime(event.at)}</div>
          {event.reason ? (
            <div className="pg-reason">
              <strong>{t('Reason')}:</strong> {event.reason}
            </div>
          ) : null}
          {event.comment ? (
            <div className="pg-comment" {...(event.internal ? { 'data-internal': 'true' } : {})}>
              {event.internal ? <span className="pg-note-badge">{t('Internal')}</span> : null}
              {event.comment}
            </div>
          ) : null}
          {event.attachments?.length ? (
            <ul className="pg-attachments" aria-label={t('Files')}>
              {event.attachments.map((a) => (
                <li key={a.id}>
                  {a.url ? (
                    <a href={a.url} download={a.name}>
                      {a.name}
                    </a>
                  ) : (
                    a.name
                  )}
                </li>
              ))}
            </ul>
          ) : null}
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
