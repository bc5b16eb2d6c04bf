import type { EngineCore, StagedTicket } from '../engine/engine.types';
import type { CompiledWorkflow } from '../engine/workflow';
import type { HistoryEvent, Ticket } from '../model/ticket.types';
import { redactTicket, type States } from './redact';
import { accessTo, fieldView, type Access } from './visibility';

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
