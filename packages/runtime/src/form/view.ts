import type { LocalizedText } from '../definition/definition.types';
import type {
  FieldPermission,
  FormDefinition,
  FormLayoutNode,
  FormRule,
  FormUi,
  JsonSchema,
} from '../definition/definition.types';
import { expressionFields } from '../expressions/references';
import type { FieldState } from './form.types';
import { setOwn } from '../model/own';

const RULE_PROPERTIES = ['visible', 'required', 'readonly', 'value'] as const;

function readsHidden(rule: FormRule, hidden: Set<string>): boolean {
  return RULE_PROPERTIES.some((property) => {
    const expr = rule[property];
    if (typeof expr !== 'string') return false;
    try {
      return expressionFields(expr).some((f) => hidden.has(f));
    } catch {
      return true; // a rule that does not parse is of no use to a viewer either
    }
  });
}

function pruneLayout(
  nodes: FormLayoutNode<LocalizedText>[],
  hidden: Set<string>,
): FormLayoutNode<LocalizedText>[] {
  const out: FormLayoutNode<LocalizedText>[] = [];
  for (const node of nodes) {
    if (node.type === 'field') {
      if (!hidden.has(node.field)) out.push(node);
      continue;
    }
    if (node.type === 'text') {
      out.push(node);
      continue;
    }
    const children = pruneLayout(node.children, hidden);
    const hadFields = node.children.length > 0;
    // A tab, group or row whose every field is hidden would show as an empty box.
    if (hadFields && !children.some((c) => c.type !== 'text')) continue;
    out.push({ ...node, children });
  }
  return out;
}

/**
 * The whole form as one viewer at one step may receive it, for a renderer that evaluates the rules
 * live: fields the step hides (permission `hidden`) are removed from the schema, the UI settings,
 * the layout (containers left empty disappear) and the template values; the rules on them and the
 * rules that read them are dropped too (a viewer without the hidden value could not evaluate them
 * the way the runtime does, and the runtime still enforces them on submit). Fields the step makes
 * read-only get `readOnly: true`; fields it requires join the schema's `required`. Rules stay, so
 * visibility and requirement that depend on the data keep changing as the viewer types.
 *
 * Give it the permissions at the step, or evaluated field states (their `permission` is used).
 *
 * @example
 * ```ts
 * const form = applyPermissionsToForm(def.form, fieldPermissionsAt(def, nodeId)); // safe to send
 * ```
 */
export function applyPermissionsToForm(
  form: FormDefinition<LocalizedText>,
  access: Record<string, FieldPermission> | Record<string, FieldState>,
): Required<Pick<FormDefinition<LocalizedText>, 'schema' | 'ui' | 'rules' | 'templates'>> {
  const permissions: Record<string, FieldPermission> = {};
  for (const [name, entry] of Object.entries(access)) {
    setOwn(permissions, name, typeof entry === 'string' ? entry : entry.permission);
  }
  const hidden = new Set(Object.keys(permissions).filter((name) => permissions[name] === 'hidden'));
  const properties: Record<string, JsonSchema<LocalizedText>> = {};
  for (const [name, property] of Object.entries(form.schema.properties ?? {})) {
    if (hidden.has(name)) continue;
    setOwn(
      properties,
      name,
      permissions[name] === 'read' ? { ...property, readOnly: true } : property,
    );
  }
  const required = Object.keys(properties).filter(
    (name) => permissions[name] === 'required' || (form.schema.required ?? []).includes(name),
  );
  const { required: _required, ...rest } = form.schema;
  const ui: FormUi<LocalizedText> = {};
  if (form.ui?.fields) {
    ui.fields = Object.fromEntries(
      Object.entries(form.ui.fields).filter(([name]) => !hidden.has(name)),
    );
  }
  if (form.ui?.layout) ui.layout = pruneLayout(form.ui.layout, hidden);
  return {
    schema: required.length > 0 ? { ...rest, properties, required } : { ...rest, properties },
    ui,
    rules: (form.rules ?? []).filter(
      (rule) => !hidden.has(rule.field) && !readsHidden(rule, hidden),
    ),
    templates: (form.templates ?? []).map((template) => ({
      ...template,
      values: Object.fromEntries(
        Object.entries(template.values).filter(([name]) => !hidden.has(name)),
      ),
    })),
  };
}
