import type { LocalizedText } from '../definition/definition.types';
import type { FieldPermission, WorkflowDefinition } from '../definition/definition.types';
import { NotFoundError } from '../errors/errors';
import { own, setOwn } from '../model/own';

/** The top-level field names of a form schema, in schema order. */
export function formFieldNames(
  schema: { properties?: Record<string, unknown> } | undefined,
): string[] {
  const properties = schema?.properties;
  return properties && typeof properties === 'object' ? Object.keys(properties) : [];
}

/**
 * The permission of every top-level form field at one step of a workflow. Fields the node does not
 * list default to `edit` at the `start` node (the requester fills the form) and to `read` elsewhere.
 * Throws {@link NotFoundError} when the workflow has no such node.
 *
 * @example
 * ```ts
 * const permissions = fieldPermissionsAt(definition, 'review');
 * // { title: 'read', risk: 'edit', cabNotes: 'required', internal: 'hidden' }
 * const evaluator = createFormEvaluator(definition.form, { permissions });
 * ```
 */
export function fieldPermissionsAt(
  def: WorkflowDefinition<LocalizedText>,
  nodeId: string,
): Record<string, FieldPermission> {
  const node = def.nodes.find((n) => n.id === nodeId);
  if (!node) {
    throw new NotFoundError(
      `Workflow "${def.key}" has no node "${nodeId}"; field permissions exist only at its nodes.`,
    );
  }
  const fallback: FieldPermission = node.type === 'start' ? 'edit' : 'read';
  const result: Record<string, FieldPermission> = {};
  for (const name of formFieldNames(def.form.schema)) {
    setOwn(result, name, own(node.fields, name) ?? fallback);
  }
  return result;
}
