import {
  ValidationError,
  type ActionName,
  type Issue,
  type Ticket,
  type TicketView,
} from '@deskkit/runtime';
import { useState } from 'react';
import { useDesk, useDeskQuery, useNow } from '../desk/DeskContext';
import { t } from '../i18n';
import { href } from '../shell/router';
import { PriorityChip, StatusChip, formatDateTime } from '../ui/chips';
import { Card, ErrorNote, Loading, PageHeader } from '../ui/layout';
import { UserSelect } from '../ui/UserSelect';
import { TicketFormArea } from './TicketFormArea';
import { WorkflowProgress } from './WorkflowProgress';
import { RelatedTickets, SlaClocks, Timeline } from './ticketParts';

const actionLabels: Record<ActionName, string> = {
  submit: 'Complete step',
  approve: 'Approve',
  reject: 'Reject',
  rollback: 'Send back',
  reassign: 'Reassign',
  claim: 'Claim',
  release: 'Release',
  delegate: 'Delegate',
  hold: 'Put on hold',
  resume: 'Resume',
  urge: 'Urge',
  recall: 'Recall',
  update: 'Save',
  comment: 'Comment',
  addApprover: 'Add approver',
  close: 'Close',
  cancel: 'Cancel ticket',
  watch: 'Watch',
  unwatch: 'Stop watching',
  reopen: 'Reopen',
  rate: 'Rate',
};
/** Actions that carry the form's edited fields. */
const carriesData = new Set<ActionName>(['submit', 'update', 'approve', 'reject']);
/** Actions that need a user to hand the work to. */
const needsUser = new Set<ActionName>(['reassign', 'delegate', 'addApprover']);
const primary = new Set<ActionName>(['submit', 'approve', 'claim']);

/** Fields this user may write now whose value differs from the stored one. */
function editedFields(view: TicketView, draft: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, permission] of Object.entries(view.form.permissions)) {
    if (permission !== 'edit' && permission !== 'required') continue;
    if (!(field in draft)) continue;
    if (JSON.stringify(draft[field]) !== JSON.stringify(view.ticket.data[field]))
      out[field] = draft[field];
  }
  return out;
}

/**
 * One ticket as the current user may see and work it. Switching user starts afresh: no draft,
 * comment or notice of the previous user carries over.
 */
export function TicketPage({ ticketId }: { ticketId: string }) {
  const { user } = useDesk();
  return <TicketScreen key={`${ticketId}:${user.id}`} ticketId={ticketId} />;
}

function TicketScreen({ ticketId }: { ticketId: string }) {
  const { client, user, nameOf, organisation } = useDesk();
  const now = useNow();
  const [draft, setDraft] = useState<Record<string, unknown> | null>(null);
  const [comment, setComment] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [issues, setIssues] = useState<Issue[] | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  const data = useDeskQuery(
    async ({ client }) => {
      const view = await client.viewTicket(ticketId);
      const [events, definition] = await Promise.all([
        client.history(ticketId),
        client.getDefinition(view.ticket.workflow.key, view.ticket.workflow.version),
      ]);
      // A parent or child this user may not see is left out (NotFoundError).
      const related = async (id: string): Promise<Ticket | undefined> =>
        client.viewTicket(id).then(
          (v) => v.ticket,
          () => undefined,
        );
      const parent = view.ticket.parent ? await related(view.ticket.parent.ticketId) : undefined;
      const children = (await Promise.all(view.ticket.children.map(related))).filter(
        (x): x is Ticket => !!x,
      );
      return { view, events, definition, parent, children };
    },
    [ticketId],
  );

  if (data.error && !data.data) {
    return (
      <>
        <PageHeader title={t('Ticket')} />
        <ErrorNote error={data.error} />
      </>
    );
  }
  if (!data.data) return <Loading />;
  const { view, events, definition, parent, children } = data.data;
  const { ticket } = view;
  const values = draft ?? ticket.data;
  const nodeName = (id?: string) => definition.nodes.find((n) => n.id === id)?.name ?? id ?? '';
  const workItem = view.workItems.find((w) => w.state === 'open');
  const policyName = (id: string) =>
    id.startsWith('ola:')
      ? t('Step “{node}”', { node: nodeName(id.slice(4)) })
      : (definition.sla?.find((p) => p.id === id)?.name ?? id);

  const run = async (action: ActionName) => {
    setError(null);
    setIssues(undefined);
    setNotice('');
    if (action === 'comment' && !comment.trim()) {
      setError(new Error(t('Write a comment first.')));
      return;
    }
    if (needsUser.has(action) && !target) {
      setError(new Error(t('Choose a person first.')));
      return;
    }
    setBusy(true);
    try {
      const changes = carriesData.has(action) ? editedFields(view, values) : {};
      await client.act({
        ticket: ticket.id,
        action,
        expectedVersion: ticket.version,
        ...(workItem ? { workItem: workItem.id } : {}),
        ...(Object.keys(changes).length ? { data: changes } : {}),
        ...(comment.trim() ? { comment: comment.trim() } : {}),
        ...(needsUser.has(action) ? { to: target } : {}),
      });
      // Show the ticket as it is now before saying it is done.
      await data.refresh().catch(() => data.reload());
      setDraft(null);
      setComment('');
      setTarget('');
      setNotice(t('{action}: done.', { action: t(actionLabels[action]) }));
    } catch (e) {
      if (e instanceof ValidationError) setIssues(e.issues);
      setError(e instanceof Error ? e : new Error(String(e)));
    } finally {
      setBusy(false);
    }
  };

  const stepActions = view.actions.filter((a) => a !== 'comment' && !needsUser.has(a));
  const userActions = view.actions.filter((a) => needsUser.has(a));

  return (
    <>
      <PageHeader
        title={ticket.title ?? ticket.number}
        hint={`${ticket.number} · ${definition.name}`}
        actions={<StatusChip status={ticket.status} />}
      />
      <div className="pg-ticket-meta">
        <span>
          {t('Raised by')} <strong>{nameOf(ticket.requester)}</strong>{' '}
          {formatDateTime(ticket.createdAt)}
        </span>
        <PriorityChip priority={ticket.priority} />
        {ticket.active.length ? (
          <span>
            {t('Now at')}{' '}
            <strong data-testid="now-at">{ticket.active.map(nodeName).join(' + ')}</strong>
          </span>
        ) : null}
        {ticket.assignees.length ? (
          <span>
            {t('With')} <strong>{ticket.assignees.map(nameOf).join(', ')}</strong>
          </span>
        ) : ticket.group && ticket.active.length ? (
          <span>
            {t('Waiting in the {group} queue', {
              group: organisation.groups.find((g) => g.id === ticket.group)?.name ?? ticket.group,
            })}
          </span>
        ) : null}
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {notice ? (
        <p className="pg-notice" role="status">
          {notice}
        </p>
      ) : null}
      <div className="pg-ticket">
        <div className="pg-ticket-main">
          <Card title={t('Details')}>
            <TicketFormArea
              key={`${ticket.version}-${user.id}`}
              view={view}
              value={values}
              onChange={setDraft}
              {...(issues ? { errors: issues } : {})}
            />
          </Card>
          <Card title={t('Actions')}>
            <div className="pg-actions-bar" role="group" aria-label={t('Ticket actions')}>
              {view.actions.length === 0 ? (
                <span className="pg-muted">{t('Nothing for you to do on this ticket now.')}</span>
              ) : null}
              {stepActions.map((action) => (
                <button
                  key={action}
                  type="button"
                  disabled={busy}
                  data-action={action}
                  className={`pg-button ${primary.has(action) ? 'pg-button-primary' : ''} ${action === 'reject' || action === 'cancel' ? 'pg-button-danger' : ''}`}
                  onClick={() => void run(action)}
                >
                  {t(actionLabels[action])}
                </button>
              ))}
            </div>
            {userActions.length ? (
              <div className="pg-actions-bar pg-actions-handover">
                <UserSelect
                  label={t('Person')}
                  showLabel={false}
                  placeholder={t('Choose a person…')}
                  value={target}
                  onChange={setTarget}
                  exclude={[user.id]}
                />
                {userActions.map((action) => (
                  <button
                    key={action}
                    type="button"
                    disabled={busy}
                    className="pg-button"
                    data-action={action}
                    onClick={() => void run(action)}
                  >
                    {t(actionLabels[action])}
                  </button>
                ))}
              </div>
            ) : null}
            {view.actions.length ? (
              <div className="pg-actions-comment">
                <label className="pg-field">
                  <span>{t('Comment')}</span>
                  <textarea
                    className="pg-input pg-textarea"
                    value={comment}
                    onChange={(e) => setComment(e.target.value)}
                    placeholder={t('Add a note for the people on this ticket')}
                  />
                </label>
                {view.actions.includes('comment') ? (
                  <div className="pg-actions-bar">
                    <button
                      type="button"
                      className="pg-button"
                      disabled={busy}
                      data-action="comment"
                      onClick={() => void run('comment')}
                    >
                      {t('Add comment')}
                    </button>
                  </div>
                ) : null}
              </div>
            ) : null}
          </Card>
        </div>
        <div className="pg-ticket-side">
          <Card title={t('SLA')}>
            <SlaClocks clocks={ticket.sla} now={now} policyName={policyName} />
          </Card>
          <Card title={t('Related tickets')}>
            <RelatedTickets parent={parent} children={children} />
          </Card>
          <Card title={t('History')}>
            <Timeline
              events={events}
              nodeName={nodeName}
              nodeType={(id) => definition.nodes.find((n) => n.id === id)?.type}
              policyName={policyName}
              ruleName={(id) =>
                [...(definition.triggers ?? []), ...(definition.automations ?? [])].find(
                  (r) => r.id === id,
                )?.name ?? id
              }
            />
          </Card>
          <p className="pg-muted">
            <a href={href('tickets')}>← {t('All tickets')}</a>
          </p>
        </div>
      </div>
      <WorkflowProgress definition={definition} ticket={ticket} history={events} />
    </>
  );
}
