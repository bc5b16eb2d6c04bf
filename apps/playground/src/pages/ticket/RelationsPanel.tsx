import type { LinkType, RelateInput, Ticket } from '@deskkit/runtime';
import { useState } from 'react';
import { t } from '../../i18n';
import { href } from '../../shell/router';
import { StatusChip } from '../../ui/chips';
import { Empty } from '../../ui/layout';
import { TicketPicker } from '../../ui/TicketPicker';
import '../../ui/lifecycle.css';

/** How each link type reads, seen from this ticket. */
export const linkLabels: Record<LinkType, string> = {
  relates: 'Relates to',
  duplicates: 'Duplicate of',
  duplicatedBy: 'Duplicated by',
  causedBy: 'Caused by',
  causes: 'Causes',
  blocks: 'Blocks',
  blockedBy: 'Blocked by',
  parent: 'Parent of',
  child: 'Child of',
};
/** The types a person links by hand (the others are their back-links, or set by merge). */
const linkable: LinkType[] = ['relates', 'blocks', 'blockedBy', 'causedBy', 'causes', 'duplicates'];

type Relate = Omit<RelateInput, 'actor' | 'ticket'>;
type Form = 'link' | 'merge' | 'split' | null;

export interface RelationsPanelProps {
  ticket: Ticket;
  /** The tickets its links point to, as this user sees them (left out when they may not). */
  linked: readonly Ticket[];
  /** A sub-workflow's parent ticket and the sub-tickets it started. */
  parent?: Ticket | undefined;
  children?: readonly Ticket[];
  /** `view.deskSide`: the user may merge this ticket into another. */
  deskSide: boolean;
  /** Workflow keys the user may start (their catalog): clone, split and raise need one. */
  startable: readonly string[];
  /** The workflow that "Raise problem" starts, when the user may start it. */
  problemWorkflow?: string;
  /** The ticket's visible form fields, for choosing what a split carries over. */
  fields: ReadonlyArray<{ name: string; title: string }>;
  busy?: boolean;
  /** Runs one relation command on this ticket; resolves false when it was refused. */
  onRelate(input: Relate): Promise<boolean>;
}

/** A checkbox per form field: which of them an operation carries. */
function FieldChecks(props: {
  legend: string;
  fields: RelationsPanelProps['fields'];
  value: readonly string[];
  onChange(next: string[]): void;
}) {
  const { value } = props;
  return (
    <fieldset className="pg-split-fields">
      <legend>{props.legend}</legend>
      {props.fields.map((f) => (
        <label key={f.name} className="pg-check">
          <input
            type="checkbox"
            checked={value.includes(f.name)}
            onChange={() =>
              props.onChange(
                value.includes(f.name) ? value.filter((x) => x !== f.name) : [...value, f.name],
              )
            }
          />
          {f.title}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The ticket's relations: typed links with their back-links, sub-workflow parent and children,
 * and the commands on them: link an existing ticket, merge this duplicate into a primary, split,
 * clone, raise a problem.
 */
export function RelationsPanel(props: RelationsPanelProps) {
  const { ticket } = props;
  const [form, setForm] = useState<Form>(null);
  const [type, setType] = useState<LinkType>('relates');
  const [other, setOther] = useState<Ticket | null>(null);
  const [comment, setComment] = useState('');
  const [carry, setCarry] = useState<string[]>(() => props.fields.map((f) => f.name));
  // Linking with field inheritance (into this ticket) and backfill (into the linked one).
  const [inherit, setInherit] = useState<string[]>([]);
  const [backfillOn, setBackfillOn] = useState(false);
  const [backfill, setBackfill] = useState<string[]>([]);
  const byId = new Map(props.linked.map((x) => [x.id, x]));
  // Grouped by type, in the order of the types; each type's label heads its group.
  const order = Object.keys(linkLabels);
  const links = [...(ticket.links ?? [])].sort(
    (a, b) => order.indexOf(a.type) - order.indexOf(b.type),
  );
  const open = ticket.status === 'open' || ticket.status === 'pending';
  const mayClone = props.startable.includes(ticket.workflow.key);
  const mayRaise =
    !!props.problemWorkflow &&
    props.problemWorkflow !== ticket.workflow.key &&
    props.startable.includes(props.problemWorkflow);
  const toggle = (next: Form) => {
    setForm((f) => (f === next ? null : next));
    setOther(null);
    setComment('');
    setInherit([]);
    setBackfillOn(false);
    setBackfill([]);
  };
  const run = async (input: Relate) => {
    if (await props.onRelate(input)) {
      setForm(null);
      setOther(null);
      setComment('');
    }
  };
  const exclude = [ticket.id, ...links.map((l) => l.ticketId)];

  const rows = [
    ...(props.parent ? [{ key: 'p', label: t('Parent'), to: props.parent, type: null }] : []),
    ...(props.children ?? []).map((c) => ({
      key: `c${c.id}`,
      label: t('Sub-ticket'),
      to: c,
      type: null,
    })),
  ];
  const empty = links.length === 0 && rows.length === 0;

  return (
    <div className="pg-relations">
      {empty ? (
        <Empty>{t('No related ticket.')}</Empty>
      ) : (
        <ul className="pg-link-list" aria-label={t('Related tickets')}>
          {rows.map((r) => (
            <li key={r.key}>
              <span className="pg-link-type">{r.label}</span>
              <a className="pg-mono" href={href('ticket', r.to.id)}>
                {r.to.number}
              </a>
              <span className="pg-link-title">{r.to.title}</span>
              <StatusChip status={r.to.status} />
            </li>
          ))}
          {links.map((link, i) => {
            const to = byId.get(link.ticketId);
            const first = links[i - 1]?.type !== link.type;
            return (
              <li key={`${link.type}:${link.ticketId}`} data-link={link.type}>
                <span className={`pg-link-type ${first ? '' : 'pg-sr-only'}`}>
                  {t(linkLabels[link.type])}
                </span>
                <a className="pg-mono" href={href('ticket', link.ticketId)}>
                  {link.number ?? to?.number ?? link.ticketId}
                </a>
                <span className="pg-link-title">{to?.title ?? ''}</span>
                {to ? <StatusChip status={to.status} /> : null}
                {link.type !== 'duplicates' && link.type !== 'duplicatedBy' ? (
                  <button
                    type="button"
                    className="pg-button pg-button-ghost pg-icon-button"
                    aria-label={t('Unlink {number}', { number: link.number ?? link.ticketId })}
                    disabled={props.busy}
                    onClick={() => void run({ op: 'unlink', to: link.ticketId, type: link.type })}
                  >
                    ×
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <div className="pg-relation-tools" role="group" aria-label={t('Relation actions')}>
        <button
          type="button"
          className="pg-button"
          aria-expanded={form === 'link'}
          onClick={() => toggle('link')}
        >
          {t('Link ticket')}
        </button>
        {props.deskSide && open ? (
          <button
            type="button"
            className="pg-button"
            aria-expanded={form === 'merge'}
            onClick={() => toggle('merge')}
          >
            {t('Merge into…')}
          </button>
        ) : null}
        {mayClone ? (
          <>
            <button
              type="button"
              className="pg-button"
              disabled={props.busy}
              onClick={() => void run({ op: 'spawn' })}
            >
              {t('Clone')}
            </button>
            <button
              type="button"
              className="pg-button"
              aria-expanded={form === 'split'}
              onClick={() => toggle('split')}
            >
              {t('Split…')}
            </button>
          </>
        ) : null}
        {mayRaise ? (
          <button
            type="button"
            className="pg-button"
            disabled={props.busy}
            onClick={() =>
              void run({ op: 'spawn', workflow: props.problemWorkflow!, type: 'causes' })
            }
          >
            {t('Raise problem')}
          </button>
        ) : null}
      </div>
      {form === 'link' ? (
        <form
          className="pg-relation-form"
          aria-label={t('Link a ticket')}
          onSubmit={(e) => {
            e.preventDefault();
            if (other)
              void run({
                op: 'link',
                to: other.id,
                type,
                ...(inherit.length ? { inherit } : {}),
                ...(backfillOn && backfill.length ? { backfill } : {}),
              });
          }}
        >
          <label className="pg-field">
            <span>{t('This ticket…')}</span>
            <select
              className="pg-input"
              value={type}
              onChange={(e) => setType(e.target.value as LinkType)}
            >
              {linkable.map((l) => (
                <option key={l} value={l}>
                  {t(linkLabels[l])}
                </option>
              ))}
            </select>
          </label>
          <TicketPicker
            label={t('Ticket to link')}
            exclude={exclude}
            value={other}
            onChange={setOther}
          />
          {props.deskSide && props.fields.length ? (
            <div className="pg-link-fields">
              <FieldChecks
                legend={t('Inherit from the linked ticket')}
                fields={props.fields}
                value={inherit}
                onChange={setInherit}
              />
              <label className="pg-check">
                <input
                  type="checkbox"
                  checked={backfillOn}
                  onChange={(e) => setBackfillOn(e.target.checked)}
                />
                {t('Backfill: write fields of {number} into the linked ticket', {
                  number: ticket.number,
                })}
              </label>
              {backfillOn ? (
                <FieldChecks
                  legend={t('Fields to backfill')}
                  fields={props.fields}
                  value={backfill}
                  onChange={setBackfill}
                />
              ) : null}
            </div>
          ) : null}
          <div className="pg-actions-bar">
            <button
              type="submit"
              className="pg-button pg-button-primary"
              disabled={!other || props.busy || (backfillOn && backfill.length === 0)}
            >
              {t('Link')}
            </button>
          </div>
        </form>
      ) : null}
      {form === 'merge' ? (
        <form
          className="pg-relation-form"
          aria-label={t('Merge into another ticket')}
          onSubmit={(e) => {
            e.preventDefault();
            if (other)
              void run({
                op: 'merge',
                to: other.id,
                ...(comment.trim() ? { comment: comment.trim() } : {}),
              });
          }}
        >
          <p className="pg-muted">
            {t(
              '{number} closes as a duplicate of the primary ticket; its comments, requester and watchers move there.',
              { number: ticket.number },
            )}
          </p>
          <TicketPicker
            label={t('Primary ticket')}
            exclude={[ticket.id]}
            value={other}
            onChange={setOther}
          />
          <label className="pg-field">
            <span>{t('Comment (optional)')}</span>
            <input
              className="pg-input"
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
          </label>
          <div className="pg-actions-bar">
            <button
              type="submit"
              className="pg-button pg-button-danger-solid"
              disabled={!other || props.busy}
            >
              {other ? t('Merge into {number}', { number: other.number }) : t('Merge')}
            </button>
          </div>
        </form>
      ) : null}
      {form === 'split' ? (
        <form
          className="pg-relation-form"
          aria-label={t('Split into a new ticket')}
          onSubmit={(e) => {
            e.preventDefault();
            void run({ op: 'spawn', fields: carry });
          }}
        >
          <FieldChecks
            legend={t('Fields the new ticket takes over')}
            fields={props.fields}
            value={carry}
            onChange={setCarry}
          />
          <div className="pg-actions-bar">
            <button type="submit" className="pg-button pg-button-primary" disabled={props.busy}>
              {t('Create the new ticket')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
