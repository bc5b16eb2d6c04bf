import type { EngineCore, StagedTicket } from '../engine/engine.types';
import type { CompiledWorkflow } from '../engine/workflow';
import { expressionFields } from '../expressions/references';
import { pruneHidden } from '../form/schema';
import type { FieldState } from '../form/form.types';
import type { HistoryEvent, Ticket } from '../model/ticket.types';
import { accessTo, fieldView, type Access } from './visibility';

type States = Record<string, FieldState>;

const titleCache = new WeakMap<CompiledWorkflow, string[]>();

/** The form fields a workflow's `title` expression reads. */
export function titleFields(wf: CompiledWorkflow): string[] {
  let f = titleCache.get(wf);
  if (!f) {
    try {
      f = wf.def.title ? expressionFields(wf.def.title) : [];
    } catch {
      f = Object.keys(wf.def.form.schema.properties ?? {});
    }
    titleCache.set(wf, f);
  }
  return f;
}

/**
 * The ticket without what the viewer may not see: hidden fields leave `data`, and the title leaves
 * too when the workflow computes it from a hidden field.
 */
export function redactTicket(ticket: Ticket, wf: CompiledWorkflow, fields: States): Ticket {
  const out: Ticket = { ...ticket, data: pruneHidden(ticket.data, fields) };
  if (titleFields(wf).some((f) => fields[f]?.visible === false)) delete out.title;
  return out;
}

/**
 * A history event as the viewer may see it: `undefined` for work notes they may not read (and for
 * field changes that are all hidden), hidden fields' old and new values removed from `changes`.
 */
export function redactEvent(
  event: HistoryEvent,
  fields: States,
  access: Access,
): HistoryEvent | undefined {
  if (event.internal && !access.desk) return undefined;
  if (!event.changes) return event;
  const changes = event.changes.filter((c) => fields[c.field]?.visible !== false);
  if (changes.length === event.changes.length) return event;
  if (!changes.length && event.type === 'fieldsChanged') return undefined;
  const out: HistoryEvent = { ...event, changes };
  if (!changes.length) delete out.changes;
  return out;
}

/** One ticket as one user stands to it now: access, visible fields, and the redacted ticket. */
export interface TicketSight {
  access: Access;
  fields: States;
  ticket: Ticket;
  wf: CompiledWorkflow;
}

/** What a user sees of a ticket now (`access.see` false: nothing may be answered). */
export async function sightOf(
  core: EngineCore,
  ticket: Ticket,
  actor: string,
  auditor?: boolean,
): Promise<TicketSight> {
  const wf = await core.workflow(ticket.workflow.key, ticket.workflow.version);
  const s: StagedTicket = { ticket, wf, expectedVersion: ticket.version, before: null };
  const access = await accessTo(core, s, actor, undefined, auditor);
  if (!access.see) return { access, fields: {}, ticket, wf };
  const { evaluation } = await fieldView(core, s, actor, undefined, access.auditor);
  return {
    access,
    fields: evaluation.fields,
    ticket: redactTicket(ticket, wf, evaluation.fields),
    wf,
  };
}
