import type { CompiledWorkflow } from '../engine/workflow';
import { expressionFields } from '../expressions/references';
import { pruneHidden } from '../form/schema';
import type { FieldState } from '../form/form.types';
import type { Ticket } from '../model/ticket.types';

export type States = Record<string, FieldState>;

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
