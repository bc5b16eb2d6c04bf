import type { LocalizedText } from './definition.types';
import { DefinitionError } from '../errors/errors';
import { renameFieldInExpression } from '../expressions/references';
import type { WorkflowDefinition } from './definition.types';
import { asRecord, pointer } from './issues';
import { expressionSites, fieldSites, renameKey } from './walk';

/**
 * Renames a form field everywhere in a definition and returns the new definition (the input is not
 * changed): the schema property and `required`, UI settings and layout, rules and the field
 * references inside every jsonata expression, templates, node permissions, assignments, timers,
 * subworkflow mappings (the parent's side) and `set` actions. Expressions that do not parse are
 * left as they are.
 *
 * Throws {@link DefinitionError} (`FIELD_UNKNOWN` / `FIELD_EXISTS`) when `from` is not a field or
 * `to` already is one.
 *
 * @example
 * ```ts
 * const next = renameField(def, 'risk', 'riskLevel');
 * // edges: "riskLevel = 'high'", nodes[i].fields.riskLevel, form.schema.properties.riskLevel, ...
 * ```
 */
export function renameField(
  def: WorkflowDefinition<LocalizedText>,
  from: string,
  to: string,
): WorkflowDefinition<LocalizedText> {
  const properties = asRecord(def.form?.schema?.properties);
  if (!properties || !(from in properties)) {
    throw new DefinitionError(`Cannot rename field "${from}": the form has no such field.`, [
      {
        path: pointer('form', 'schema', 'properties', from),
        code: 'FIELD_UNKNOWN',
        severity: 'error',
        message: `The form has no field "${from}".`,
      },
    ]);
  }
  if (from === to) return def;
  if (to in properties || to.trim() === '') {
    const message =
      to.trim() === '' ? 'A field needs a name.' : `The form already has a field "${to}".`;
    throw new DefinitionError(`Cannot rename field "${from}" to "${to}": ${message}`, [
      {
        path: pointer('form', 'schema', 'properties', to),
        code: 'FIELD_EXISTS',
        severity: 'error',
        message,
        params: { field: to, empty: to.trim() === '' ? 'yes' : 'no' },
      },
    ]);
  }
  const next = structuredClone(def);
  for (const site of fieldSites(next)) {
    if (site.field === from) site.set(to);
  }
  for (const site of expressionSites(next)) {
    try {
      const renamed = renameFieldInExpression(site.expr, from, to);
      if (renamed !== site.expr) site.set(renamed);
    } catch {
      // An expression that does not parse cannot be rewritten safely; validation reports it.
    }
  }
  renameKey(next.form.schema.properties as Record<string, unknown>, from, to);
  return next;
}
