import type { ActionName, FieldPermission } from '../definition/definition.types';
import { ACTION_NAMES } from '../definition/definition.types';
import { PermissionError } from '../errors/errors';
import { applyPermissionsToSchema } from '../form/schema';
import { redactTicket } from '../client/redact';
import { localizeItem } from '../client/localeOf';
import { localizeForm, localizeSchema, textPicker, type TextPicker } from '../definition/localize';
import { applyPermissionsToForm } from '../form/view';
import type { EngineCore, StagedTicket } from './engine.types';
import { canWork } from './items';
import { accessTo, fieldView, type Access } from '../client/visibility';
import {
  FINISHED_ACTIONS,
  ON_HOLD_ACTIONS,
  WATCH_ACTIONS,
  activeNodes,
  allowedOnTicket,
  nodeActions,
} from './permissions';
import type { TicketView } from './runtime.types';
import type { WorkItem } from '../model/ticket.types';
import { FINAL_STATUSES } from './walk';
import { previousUserStep } from './actions/work';
import { DEFAULT_REASONS } from './actions/common';
import { lifecycleRefusal } from './actions/lifecycle';
import { setOwn } from '../model/own';
import { requesterProfileOf } from './requester';
import { narrowRequesterProfile } from './requesterReads';

/** Items the actor can act on or claim now. */
export function itemsOf(open: WorkItem[], actor: string): WorkItem[] {
  return open.filter(
    (w) =>
      canWork(w, actor) ||
      (!!w.queue && w.assignee === undefined && !!w.candidates?.includes(actor)),
  );
}

/**
 * The actions an actor may take on a ticket now, by the same rules `act` enforces (except the
 * `urge` rate limit, which is reported by `act`).
 */
export function availableActions(
  s: StagedTicket,
  open: WorkItem[],
  actor: string,
  access: Access,
  now: Date,
): ActionName[] {
  const participant = access.see;
  const status = s.ticket.status;
  const isRequester = actor === s.ticket.requester;
  const out: ActionName[] = [];
  for (const action of ACTION_NAMES) {
    if (WATCH_ACTIONS.has(action)) {
      // Follow or stop; the requester and the desk side also add and remove others (`to`).
      const watching = !!s.ticket.watchers?.includes(actor);
      const others = isRequester || access.desk;
      if (
        access.see &&
        (action === 'watch'
          ? others || !watching
          : watching || (others && !!s.ticket.watchers?.length))
      )
        out.push(action);
      continue;
    }
    if (FINAL_STATUSES.has(status)) {
      if (!FINISHED_ACTIONS[status]?.includes(action)) continue;
      if (
        action === 'reopen' || action === 'rate'
          ? !lifecycleRefusal(s, action, actor, now)
          : action === 'close'
            ? isRequester
            : participant
      )
        out.push(action);
      continue;
    }
    if (status === 'pending' && !ON_HOLD_ACTIONS.has(action)) continue;
    const atNode = (w: WorkItem) => {
      const n = s.wf.nodes.get(w.nodeId);
      return !!n && nodeActions(n).includes(action);
    };
    const worked = open.filter((w) => atNode(w) && canWork(w, actor));
    let ok = false;
    switch (action) {
      case 'reassign':
        ok = worked.length > 0 || (access.dispatch && open.some(atNode));
        break;
      case 'approve':
      case 'reject':
      case 'addApprover':
        ok = worked.some((w) => s.wf.nodes.get(w.nodeId)?.type === 'approval');
        break;
      case 'rollback':
        ok = worked.some((w) => previousUserStep(s, w.nodeId) !== undefined);
        break;
      case 'hold':
        ok = status === 'open' && worked.length > 0;
        break;
      case 'resume':
        ok = status === 'pending' && worked.length > 0;
        break;
      case 'claim':
        ok = open.some(
          (w) =>
            atNode(w) && w.queue && w.assignee === undefined && !!w.candidates?.includes(actor),
        );
        break;
      case 'release':
        ok = open.some((w) => atNode(w) && w.queue && w.assignee === actor);
        break;
      case 'urge':
        ok = isRequester && open.some(atNode);
        break;
      case 'recall': {
        const nodes = activeNodes(s);
        ok =
          isRequester &&
          allowedOnTicket(s, 'recall') &&
          !nodes.some((n) => n.type === 'start') &&
          !s.ticket.tokens.some((t) => t.acted) &&
          !nodes.some((n) => (s.ticket.approvals[n.id]?.decisions.length ?? 0) > 0);
        break;
      }
      case 'cancel':
        ok = isRequester && allowedOnTicket(s, 'cancel');
        break;
      case 'comment':
        ok = participant && allowedOnTicket(s, 'comment');
        break;
      default:
        ok = worked.length > 0;
    }
    if (ok) out.push(action);
  }
  return out;
}

/**
 * `runtime.viewTicket`: the ticket as one actor may see it. Someone working on a step sees that
 * step's permissions (with rules); the requester and other participants see every visible field
 * read-only. Hidden fields are removed from the schema and the data, and from the UI settings,
 * layout, rules and templates (see `applyPermissionsToForm`).
 */
export async function viewTicketFor(
  core: EngineCore,
  s: StagedTicket,
  actor: string,
  locales: readonly string[] = [],
): Promise<TicketView> {
  // Texts written per locale are served in the reader's (else the definition's default).
  const pick = textPicker(locales, s.wf.def.locales);
  const all = await core.storage.listWorkItems({ ticketId: s.ticket.id });
  const open = all.filter((w) => w.state === 'open');
  const mine = itemsOf(open, actor);
  const access = await accessTo(core, s, actor, all);
  if (!access.see) {
    throw new PermissionError(
      `${actor} may not view ticket ${s.ticket.number}: they are neither its requester nor working on it.`,
    );
  }
  const working = mine.find((w) => canWork(w, actor));
  const { permissions, evaluation } = await fieldView(
    core,
    s,
    actor,
    working?.nodeId,
    access.auditor,
  );
  const effective: Record<string, FieldPermission> = {};
  for (const [name, st] of Object.entries(evaluation.fields)) {
    if (!st.visible) continue;
    setOwn(effective, name, st.readonly ? 'read' : st.required ? 'required' : 'edit');
  }
  const form = s.wf.def.form;
  // UI settings, layout, rules and templates that name or read a field hidden from this viewer
  // would leak it (its name, label, the values a rule compares it with): they are left out.
  const { rules, ...texts } = applyPermissionsToForm(form, permissions);
  const shown = localizeForm(
    { ...texts, schema: applyPermissionsToSchema(form.schema, evaluation.fields) },
    pick,
  );
  const actions = availableActions(s, open, actor, access, core.now());
  return {
    ticket: redactTicket(s.ticket, s.wf, evaluation.fields),
    form: {
      schema: shown.schema,
      ui: shown.ui ?? {},
      rules,
      templates: shown.templates ?? [],
      permissions: effective,
    },
    actions,
    needsReason: actions.filter((a) =>
      (a === 'reopen' ? [s.wf.node(s.wf.def.reopen!.to)] : activeNodes(s)).some((n) =>
        (n.requireReason ?? DEFAULT_REASONS).includes(a),
      ),
    ),
    deskSide: access.desk,
    workItems: mine.map((w) => localizeItem(w, locales)),
    ...surveyOf(s, actions, pick),
    ...(s.wf.rulesReadRequester
      ? {
          bindings: {
            // Only the parts the rules read: the view goes to everyone who may see the ticket.
            requester: narrowRequesterProfile(
              requesterProfileOf(
                s.ticket.requester,
                await core.directory.getUser(s.ticket.requester),
              ),
              s.wf.requesterReads,
            ),
          },
        }
      : {}),
  };
}

function surveyOf(
  s: StagedTicket,
  actions: ActionName[],
  pick: TextPicker,
): Pick<TicketView, 'survey'> {
  const survey = s.wf.def.survey;
  if (!survey || (!actions.includes('rate') && !s.ticket.satisfaction)) return {};
  return { survey: survey.form ? { form: localizeSchema(survey.form, pick) } : {} };
}
