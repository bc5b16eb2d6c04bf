import type { FieldUi, FormDefinition, FormLayoutNode, JsonSchema } from '@deskkit/runtime';
import { formFieldNames } from '@deskkit/runtime';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { widgetFor } from '../model/fieldTypes';

/** What the renderer derives once per form for each top-level field. */
export interface FieldModel {
  name: string;
  schema: RJSFSchema;
  uiSchema: UiSchema;
  ui: FieldUi;
  widget: string;
  label: string;
  dependsOn?: string;
  /** Columns spanned in a row; unset means one column in a row, the full width elsewhere. */
  span?: 1 | 2 | 3 | 4;
}

/** The per-field models and the layout with unplaced fields appended in schema order. */
export interface FormModel {
  fields: Map<string, FieldModel>;
  names: string[];
  layout: FormLayoutNode[];
  /** Each field's position in the layout, in reading order: the order fields mount in. */
  order: Map<string, number>;
  /**
   * For each layout node, the position of the first field at or after it in reading order (the
   * number of fields before it): a node mounts once the form lets that many fields mount.
   */
  starts: Map<FormLayoutNode, number>;
  /** For each layout node, the number of fields up to and including it in reading order. */
  ends: Map<FormLayoutNode, number>;
}

function placed(nodes: FormLayoutNode[], out: Set<string>): Set<string> {
  for (const node of nodes) {
    if (node.type === 'field') out.add(node.field);
    else if ('children' in node) placed(node.children, out);
  }
  return out;
}

/** Builds the model of a form: schema and uiSchema of every field, computed once. */
export function buildFormModel(form: FormDefinition, idPrefix: string): FormModel {
  const names = formFieldNames(form.schema);
  const fields = new Map<string, FieldModel>();
  for (const name of names) {
    const schema = (form.schema.properties?.[name] ?? {}) as JsonSchema;
    const ui: FieldUi = form.ui?.fields?.[name] ?? {};
    const widget = widgetFor(schema, ui);
    const label = ui.label ?? schema.title ?? name;
    const isObject = schema.type === 'object';
    const uiSchema: UiSchema = {
      'ui:title': label,
      'ui:widget': widget,
      ...(isObject ? { 'ui:field': 'DeskWidgetField' } : {}),
      ...(ui.help ? { 'ui:help': ui.help } : {}),
      ...(ui.placeholder ? { 'ui:placeholder': ui.placeholder } : {}),
      'ui:options': { fieldUi: ui, fieldName: name, labelId: `${idPrefix}_${name}__label` },
    };
    fields.set(name, {
      name,
      schema: schema as RJSFSchema,
      uiSchema,
      ui,
      widget,
      label,
      ...(ui.dependsOn ? { dependsOn: ui.dependsOn } : {}),
      ...(ui.span ? { span: ui.span } : {}),
    });
  }
  const layout = [...(form.ui?.layout ?? [])];
  const seen = placed(layout, new Set());
  for (const name of names) {
    if (!seen.has(name)) layout.push({ type: 'field', field: name });
  }
  const order = new Map<string, number>();
  const starts = new Map<FormLayoutNode, number>();
  const ends = new Map<FormLayoutNode, number>();
  const walk = (nodes: FormLayoutNode[]): void => {
    for (const node of nodes) {
      starts.set(node, order.size);
      if (node.type === 'field') {
        if (!order.has(node.field)) order.set(node.field, order.size);
      } else if ('children' in node) walk(node.children);
      ends.set(node, order.size);
    }
  };
  walk(layout);
  return { fields, names, layout, order, starts, ends };
}

/** The top-level fields inside a layout subtree. */
export function fieldsIn(nodes: FormLayoutNode[]): string[] {
  return [...placed(nodes, new Set())];
}

/** Whether a layout subtree holds any static text. */
export function hasText(nodes: FormLayoutNode[]): boolean {
  return nodes.some(
    (node) => node.type === 'text' || ('children' in node && hasText(node.children)),
  );
}
