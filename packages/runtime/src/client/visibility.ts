import { requesterProfileOf } from '../engine/requester';
import type { FieldPermission } from '../definition/definition.types';
import type { EngineCore, StagedTicket } from '../engine/engine.types';
import { evaluateAt, permissionsAt, readOnlyPermissions } from '../engine/fields';
import { activeNodes } from '../engine/permissions';
import type { FormEvaluation } from '../form/form.types';
import { formFieldNames } from '../form/permissions';
import type { Ticket, WorkItem } from '../model/ticket.types';
import type { CompiledWorkflow } from '../engine/workflow';

/** How one user stands to one ticket. */
export interface Access {
  /** They may see the ticket at all (anyone else is answered `NotFoundError`). */
  see: boolean;
  /** Desk side: they see work notes. Holders, candidates, past holders, approvers, `permissions.view`, auditors; never the requester. */
  desk: boolean;
  auditor: boolean;
  /** One of the workflow's `permissions.assign`: may reassign any open work of the ticket. */
  dispatch: boolean;
}

/** Whether a user is one of the runtime's `auditors`, who see every ticket. */
export async function isAuditor(core: EngineCore, actor: string): Promise<boolean> {
  const a = core.options.auditors;
  return !!a?.length && core.directory.matches(actor, a);
}

/** Holders, past holders, candidates (and whom they delegated from) and approvers of a ticket. */
export function workersOf(ticket: Ticket, items: Iterable<WorkItem>): Set<string> {
  const out = new Set(ticket.participants);
  for (const w of items) {
    if (w.ticketId !== ticket.id) continue;
    if (w.assignee !== undefined) out.add(w.assignee);
    if (w.delegatedFrom !== undefined) out.add(w.delegatedFrom);
    for (const c of w.candidates ?? []) out.add(c);
  }
  for (const a of Object.values(ticket.approvals ?? {}))
    for (const u of [
      ...a.approvers,
      ...(a.countersigners ?? []),
      ...a.decisions.map((d) => d.user),
    ])
      out.add(u);
  return out;
}

/**
 * Who may see a ticket: its requester, watchers, whoever holds, held or is a candidate for its
 * work or approves it, the workflow's `permissions.view` principals and the runtime's auditors.
 * `items` are read only for tickets stored before `participants` was kept.
 */
export async function accessTo(
  core: EngineCore,
  s: { ticket: Ticket; wf: CompiledWorkflow },
  actor: string,
  items?: WorkItem[],
  audits?: boolean,
): Promise<Access> {
  const t = s.ticket;
  const auditor = audits ?? (await isAuditor(core, actor));
  const { view, assign } = s.wf.def.permissions ?? {};
  const list =
    items ?? (t.participants ? [] : await core.storage.listWorkItems({ ticketId: t.id }));
  const dispatch =
    actor !== t.requester && !!assign?.length && (await core.directory.matches(actor, assign));
  const desk =
    actor !== t.requester &&
    (auditor ||
      dispatch ||
      workersOf(t, list).has(actor) ||
      (!!view && (await core.directory.matches(actor, view))));
  return {
    see: desk || actor === t.requester || !!t.watchers?.includes(actor),
    desk,
    auditor,
    dispatch,
  };
}

const finished = new WeakMap<CompiledWorkflow, Map<string, Record<string, FieldPermission>>>();
function finishedPermissions(s: StagedTicket): Record<string, FieldPermission> {
  const last = s.ticket.trail[s.ticket.trail.length - 1] ?? '';
  let byEnd = finished.get(s.wf);
  if (!byEnd) finished.set(s.wf, (byEnd = new Map()));
  let hit = byEnd.get(last);
  if (!hit) byEnd.set(last, (hit = computeFinished(s.wf, last)));
  return { ...hit };
}
/**
 * A finished ticket has no current step: a field keeps the permission its end node lists, else it
 * stays hidden when it was hidden at every user step, else everyone who sees the ticket reads it.
 */
function computeFinished(wf: CompiledWorkflow, last: string): Record<string, FieldPermission> {
  const end = wf.nodes.get(last);
  const steps = wf.def.nodes.filter((n) => /^(start|task|approval)$/.test(n.type));
  const out: Record<string, FieldPermission> = {};
  for (const f of formFieldNames(wf.def.form.schema)) {
    const listed = end?.type === 'end' ? end.fields?.[f] : undefined;
    const hidden = listed
      ? listed === 'hidden'
      : steps.length > 0 && steps.every((n) => permissionsAt(wf, n.id)[f] === 'hidden');
    out[f] = hidden ? 'hidden' : 'read';
  }
  return out;
}

/** The fields one user sees on a ticket now, and the permissions they were evaluated with. */
export interface FieldView {
  nodeId: string;
  permissions: Record<string, FieldPermission>;
  evaluation: FormEvaluation;
}

/**
 * The field states of a ticket for one user at this moment: who works a step gets that step's
 * permissions; everyone else reads what the current step shows (with several active steps, a
 * field hidden at any of them is hidden); a finished ticket shows what {@link finishedPermissions}
 * says, and every field to auditors. `visible` rules are evaluated for the user (`$actor`).
 */
export async function fieldView(
  core: EngineCore,
  s: StagedTicket,
  actor: string,
  working?: string,
  auditor = false,
): Promise<FieldView> {
  const nodes = activeNodes(s);
  let nodeId: string;
  let permissions: Record<string, FieldPermission> | undefined;
  let key: string;
  if (working !== undefined) {
    nodeId = key = working;
  } else if (nodes.length) {
    nodeId = nodes[0]!.id;
    key = `${nodes.map((n) => n.id).join(',')}:read`;
    permissions = readOnlyPermissions(permissionsAt(s.wf, nodeId));
    for (const n of nodes.slice(1))
      for (const [f, p] of Object.entries(permissionsAt(s.wf, n.id)))
        if (p === 'hidden') permissions[f] = 'hidden';
  } else {
    nodeId = s.ticket.trail[s.ticket.trail.length - 1] ?? s.wf.start.id;
    key = auditor ? ':audit' : `${nodeId}:end`;
    permissions = finishedPermissions(s);
    if (auditor) for (const f in permissions) permissions[f] = 'read';
  }
  const evaluation = await evaluateAt(
    core,
    s.wf,
    nodeId,
    s.ticket.data,
    {
      ticket: s.ticket,
      actor,
      now: core.now(),
      ...(s.wf.rulesReadRequester
        ? {
            requester: requesterProfileOf(
              s.ticket.requester,
              await core.directory.getUser(s.ticket.requester),
            ),
          }
        : {}),
    },
    permissions,
    key,
  );
  // A visible rule that failed falls back to visible for forms; whom a value is shown to fails closed.
  for (const e of evaluation.errors ?? []) {
    const m = /^\/form\/rules\/(\d+)\/visible$/.exec(e.path);
    const f = m ? s.wf.def.form.rules?.[Number(m[1])]?.field : undefined;
    const st = f !== undefined ? evaluation.fields[f] : undefined;
    if (st) evaluation.fields = { ...evaluation.fields, [f!]: { ...st, visible: false } };
  }
  return { nodeId, permissions: permissions ?? permissionsAt(s.wf, nodeId), evaluation };
}
