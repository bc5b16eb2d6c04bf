import {
  ValidationError,
  type ActionName,
  type Issue,
  type Ticket,
  type TicketView,
} from '@deskkit/runtime';
import { useState } from 'react';
import type { CommentAttachment, RelateInput } from '@deskkit/runtime';
import { uploadAsDataUrl } from '../desk/upload';
import { useDesk, useDeskQuery, useNow } from '../desk/DeskContext';
import { t } from '../i18n';
import { href, navigate } from '../shell/router';
import { PriorityChip, StatusChip, formatDateTime } from '../ui/chips';
import { Card, ErrorNote, Loading, PageHeader } from '../ui/layout';
import { UserSelect } from '../ui/UserSelect';
import { TicketFormArea } from './TicketFormArea';
import { WorkflowProgress } from './WorkflowProgress';
import { SlaClocks, Timeline } from './ticketParts';
import { Composer } from './ticket/Composer';
import { ReasonDialog } from './ticket/ReasonDialog';
import { RelationsPanel } from './ticket/RelationsPanel';
import { SatisfactionSurvey, surveyAct } from './ticket/SatisfactionSurvey';
import { WatchersPanel } from './ticket/WatchersPanel';

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
/** Actions with a place of their own on the page (composer, watchers, reopen banner, survey). */
const placed = new Set<ActionName>(['comment', 'watch', 'unwatch', 'reopen', 'rate']);
/** What a reason dialog says each action does. */
const reasonHints: Partial<Record<ActionName, string>> = {
  hold: 'The ticket waits, its clocks pause, until someone resumes it.',
  reject: 'The step is rejected as the workflow says.',
  cancel: 'The ticket is cancelled with all its open work.',
  reopen: 'The ticket goes back to the team that resolved it.',
  reassign: 'The work is handed to the person you chose.',
};
/** The workflow "Raise problem" starts from an incident (the demo's problem management). */
const PROBLEM_WORKFLOW = 'problem';

interface ActExtra {
  reason?: string;
  comment?: string;
  internal?: boolean;
  to?: string;
  attachments?: CommentAttachment[];
  /** `rate`: the survey's answers (otherwise the form's edited fields go with the action). */
  data?: Record<string, unknown>;
}

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
 * comment or notice of the previous user carries over. `rate` (`#/ticket/<id>?rate=4`, a link of
 * the satisfaction e-mail) pre-selects that rating in the survey; the requester still confirms it.
 */
export function TicketPage({ ticketId, rate }: { ticketId: string; rate?: string | undefined }) {
  const { user } = useDesk();
  return <TicketScreen key={`${ticketId}:${user.id}`} ticketId={ticketId} rate={rate} />;
}

function TicketScreen({ ticketId, rate }: { ticketId: string; rate?: string | undefined }) {
  const { client, user, nameOf, organisation } = useDesk();
  const now = useNow();
  const [draft, setDraft] = useState<Record<string, unknown> | null>(null);
  const [comment, setComment] = useState('');
  const [target, setTarget] = useState('');
  const [error, setError] = useState<Error | null>(null);
  const [issues, setIssues] = useState<Issue[] | undefined>(undefined);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<ActionName | null>(null);

  const data = useDeskQuery(
    async ({ client }) => {
      const view = await client.viewTicket(ticketId);
      const [events, definition, catalog] = await Promise.all([
        client.history(ticketId),
        client.getDefinition(view.ticket.workflow.key, view.ticket.workflow.version),
        client.catalog(),
      ]);
      // A related ticket this user may not see is left out (NotFoundError).
      const related = async (id: string): Promise<Ticket | undefined> =>
        client.viewTicket(id).then(
          (v) => v.ticket,
          () => undefined,
        );
      const seen = (list: Array<Ticket | undefined>) => list.filter((x): x is Ticket => !!x);
      const [parent, children, linked] = await Promise.all([
        view.ticket.parent ? related(view.ticket.parent.ticketId) : undefined,
        Promise.all(view.ticket.children.map(related)).then(seen),
        Promise.all((view.ticket.links ?? []).map((l) => related(l.ticketId))).then(seen),
      ]);
      return {
        view,
        events,
        definition,
        parent,
        children,
        linked,
        startable: catalog.map((e) => e.key),
      };
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
  const { view, events, definition, parent, children, linked, startable } = data.data;
  const { ticket } = view;
  const values = draft ?? ticket.data;
  const nodeName = (id?: string) => definition.nodes.find((n) => n.id === id)?.name ?? id ?? '';
  const workItem = view.workItems.find((w) => w.state === 'open');
  const needsReason = new Set(view.needsReason ?? []);
  const policyName = (id: string) =>
    id.startsWith('ola:')
      ? t('Step “{node}”', { node: nodeName(id.slice(4)) })
      : (definition.sla?.find((p) => p.id === id)?.name ?? id);

  const begin = () => {
    setError(null);
    setIssues(undefined);
    setNotice('');
    setBusy(true);
  };
  const fail = (e: unknown) => {
    if (e instanceof ValidationError) setIssues(e.issues);
    setError(e instanceof Error ? e : new Error(String(e)));
  };

  /** Runs one action; resolves whether it was done. */
  const perform = async (action: ActionName, extra: ActExtra = {}): Promise<boolean> => {
    begin();
    try {
      const { data: answers, ...rest } = extra;
      const changes = answers ?? (carriesData.has(action) ? editedFields(view, values) : {});
      const ticketLevel = placed.has(action);
      await client.act({
        ticket: ticket.id,
        action,
        expectedVersion: ticket.version,
        ...(workItem && !ticketLevel ? { workItem: workItem.id } : {}),
        ...(Object.keys(changes).length ? { data: changes } : {}),
        ...rest,
      });
      // Show the ticket as it is now before saying it is done.
      await data.refresh().catch(() => data.reload());
      setDraft(null);
      if (extra.comment !== undefined || extra.reason !== undefined) setComment('');
      if (needsUser.has(action)) setTarget('');
      setAsking(null);
      setNotice(
        action === 'rate'
          ? t('Done: thank you for your feedback.')
          : action === 'comment'
            ? extra.internal
              ? t('Done: internal note added.')
              : t('Done: reply sent.')
            : t('{action}: done.', { action: t(actionLabels[action]) }),
      );
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const run = (action: ActionName) => {
    setError(null);
    if (needsUser.has(action) && !target) {
      setError(new Error(t('Choose a person first.')));
      return;
    }
    const text = comment.trim();
    const to = needsUser.has(action) ? { to: target } : {};
    if (needsReason.has(action)) {
      // The comment already written is the reason; otherwise ask for one.
      if (text) void perform(action, { ...to, reason: text });
      else setAsking(action);
      return;
    }
    void perform(action, { ...to, ...(text ? { comment: text } : {}) });
  };

  const relate = async (input: Omit<RelateInput, 'actor' | 'ticket'>): Promise<boolean> => {
    begin();
    try {
      const result = await client.relate({ ...input, ticket: ticket.id });
      await data.refresh().catch(() => data.reload());
      if (input.op === 'spawn') {
        navigate('ticket', result.id);
        return true;
      }
      setNotice(
        input.op === 'merge'
          ? t('Merged into {number}.', { number: result.number })
          : input.op === 'link'
            ? t('Linked.')
            : t('Unlinked.'),
      );
      return true;
    } catch (e) {
      fail(e);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const stepActions = view.actions.filter((a) => !placed.has(a) && !needsUser.has(a));
  const userActions = view.actions.filter((a) => needsUser.has(a));
  const mayReply = view.actions.includes('comment');
  const mayNote = mayReply && !!view.deskSide;
  const fields = Object.entries(view.form.schema.properties ?? {}).map(([name, schema]) => ({
    name,
    title:
      typeof schema === 'object' && schema && 'title' in schema && typeof schema.title === 'string'
        ? schema.title
        : name,
  }));

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
        {ticket.resolution === 'merged' ? (
          <span className="pg-tag">{t('Closed as a duplicate')}</span>
        ) : null}
        {ticket.reopenCount ? (
          <span className="pg-tag">{t('Reopened {count}×', { count: ticket.reopenCount })}</span>
        ) : null}
      </div>
      {error ? <ErrorNote error={error} /> : null}
      {notice ? (
        <p className="pg-notice" role="status">
          {notice}
        </p>
      ) : null}
      {view.actions.includes('reopen') ? (
        <div className="pg-reopen" role="region" aria-label={t('Reopen')}>
          <p>
            <strong>{t('Resolved {when}.', { when: formatDateTime(ticket.resolvedAt) })}</strong>{' '}
            {t('Still not working? Reopen the ticket and the team picks it up again.')}
          </p>
          <button
            type="button"
            className="pg-button"
            data-action="reopen"
            disabled={busy}
            onClick={() => run('reopen')}
          >
            {t('Reopen')}
          </button>
        </div>
      ) : null}
      <div className="pg-ticket">
        <div className="pg-ticket-main">
          {view.actions.includes('rate') || ticket.satisfaction ? (
            <Card title={t('Your feedback')} className="pg-feedback">
              <SatisfactionSurvey
                answer={ticket.satisfaction}
                mayRate={view.actions.includes('rate')}
                form={view.survey?.form}
                preselect={rate}
                busy={busy}
                onRate={(answer) => perform('rate', surveyAct(answer))}
              />
            </Card>
          ) : null}
          <Card title={t('Details')}>
            <TicketFormArea
              key={`${ticket.version}-${user.id}`}
              view={view}
              value={values}
              onChange={setDraft}
              {...(issues ? { errors: issues } : {})}
            />
          </Card>
          {stepActions.length || userActions.length ? (
            <Card title={t('Actions')}>
              <div className="pg-actions-bar" role="group" aria-label={t('Ticket actions')}>
                {stepActions.map((action) => (
                  <button
                    key={action}
                    type="button"
                    disabled={busy}
                    data-action={action}
                    className={`pg-button ${primary.has(action) ? 'pg-button-primary' : ''} ${action === 'reject' || action === 'cancel' ? 'pg-button-danger' : ''}`}
                    onClick={() => run(action)}
                  >
                    {`${t(actionLabels[action])}${needsReason.has(action) ? '…' : ''}`}
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
                      onClick={() => run(action)}
                    >
                      {t(actionLabels[action])}
                    </button>
                  ))}
                </div>
              ) : null}
            </Card>
          ) : (
            <Card title={t('Actions')}>
              <div className="pg-actions-bar" role="group" aria-label={t('Ticket actions')}>
                <span className="pg-muted">{t('Nothing for you to do on this ticket now.')}</span>
              </div>
            </Card>
          )}
          {mayReply ? (
            <Card title={t('Conversation')}>
              <Composer
                mayReply={mayReply}
                mayNote={mayNote}
                reply={comment}
                onReplyChange={setComment}
                busy={busy}
                upload={uploadAsDataUrl}
                people={organisation.users}
                onSend={({ text, internal, attachments }) =>
                  perform('comment', {
                    ...(text ? { comment: text } : {}),
                    ...(internal ? { internal: true } : {}),
                    ...(attachments ? { attachments } : {}),
                  })
                }
              />
            </Card>
          ) : null}
        </div>
        <div className="pg-ticket-side">
          <Card title={t('SLA')}>
            <SlaClocks clocks={ticket.sla} now={now} policyName={policyName} />
          </Card>
          <Card title={t('Watchers')}>
            <WatchersPanel
              watchers={ticket.watchers ?? []}
              actions={view.actions}
              busy={busy}
              onWatch={({ action, to }) => perform(action, to ? { to } : {})}
            />
          </Card>
          <Card title={t('Related tickets')}>
            <RelationsPanel
              key={ticket.version}
              ticket={ticket}
              linked={linked}
              parent={parent}
              children={children}
              deskSide={!!view.deskSide}
              startable={startable}
              problemWorkflow={PROBLEM_WORKFLOW}
              fields={fields}
              busy={busy}
              onRelate={relate}
            />
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
      {asking ? (
        <ReasonDialog
          title={t(actionLabels[asking])}
          description={t(reasonHints[asking] ?? 'A reason is needed for this action.')}
          confirm={t(actionLabels[asking])}
          danger={asking === 'reject' || asking === 'cancel'}
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) =>
            void perform(asking, {
              reason,
              ...(needsUser.has(asking) ? { to: target } : {}),
            })
          }
        />
      ) : null}
    </>
  );
}
