import type { FieldRuleProp, Form, FormDraft, LayoutNode } from './layout';
import type { FieldOption, FieldUi, JsonSchema, LocalizedText } from '@deskkit/runtime';
import { current, isDraft, type Draft } from 'immer';
import type { FieldTypeDefinition } from '../model/fieldTypes';
import type { DropTarget } from './context';
import {
  childrenOf,
  ensureLayout,
  freshId,
  freshKey,
  isContainer,
  locate,
  moveNode,
  ROOT,
} from './layout';

/*
 * The form builder's editing commands: each is an immer recipe over the form being edited (a draft
 * of `FormDefinition`), run by the builder's history (`produceWithPatches`) so that it is one undo
 * step. Under `produce` each is a pure function of the form and its arguments; the components
 * only pick the arguments and dispatch.
 */

/** A plain copy of a draft (or the value itself when it is not a draft). */
function snap<T>(value: T): T {
  return isDraft(value) ? (current(value) as T) : value;
}

/** Puts every field in the layout (unplaced fields are appended) so layout edits see them all. */
export function materialize(form: FormDraft): LayoutNode[] {
  form.ui ??= {};
  const layout = ensureLayout(snap(form) as Form);
  if (form.ui.layout === undefined || layout.length !== (form.ui.layout as LayoutNode[]).length) {
    form.ui.layout = structuredClone(layout) as Draft<LayoutNode[]>;
  }
  return form.ui.layout as LayoutNode[];
}

/** The ui options of a field, created when missing. */
export function uiOf(form: FormDraft, key: string): Draft<FieldUi<LocalizedText>> {
  form.ui ??= {};
  form.ui.fields ??= {};
  return (form.ui.fields[key] ??= {});
}

/** Sets a property, or deletes it when the value is `undefined` or ''. */
export function setOrDelete<T extends object>(target: T, prop: keyof T, value: unknown): void {
  if (value === undefined || value === '') delete target[prop];
  else (target as Record<keyof T, unknown>)[prop] = value;
}

/** Removes a field from the schema, its ui, rules and templates (not from the layout). */
function dropField(form: FormDraft, key: string): void {
  delete form.schema.properties?.[key];
  if (Array.isArray(form.schema.required)) {
    form.schema.required = form.schema.required.filter((r) => r !== key);
    if (form.schema.required.length === 0) delete form.schema.required;
  }
  delete form.ui?.fields?.[key];
  if (form.rules) form.rules = form.rules.filter((r) => r.field !== key);
  for (const tpl of form.templates ?? []) delete tpl.values[key];
}

/** Where a new node goes: inside the selected container, after the selected node, or at the end. */
export function defaultTarget(
  layout: readonly LayoutNode[],
  selected: string | undefined,
  kind: string,
): DropTarget {
  const found = selected ? locate(layout as LayoutNode[], selected) : undefined;
  if (!found || kind === 'tab') return { containerId: ROOT, index: layout.length };
  if (isContainer(found.node) && !(found.node.type === 'tab' && kind === 'tab')) {
    return { containerId: found.node.id, index: found.node.children.length };
  }
  return { containerId: found.containerId, index: found.index + 1 };
}

/** Where a new node is placed: a drop target, or next to the selection. */
export interface Placement {
  target?: DropTarget | undefined;
  selected?: string | undefined;
}

function insert(form: FormDraft, node: LayoutNode, kind: string, at: Placement): void {
  // Not materialized again: a field just added to the schema would be appended a second time.
  const layout = (form.ui?.layout as LayoutNode[] | undefined) ?? materialize(form);
  const target = at.target ?? defaultTarget(layout, at.selected, kind);
  const list = childrenOf(layout, node.type === 'tab' ? ROOT : target.containerId) ?? layout;
  list.splice(Math.min(target.index, list.length), 0, structuredClone(node));
}

/** A key for a new field of a type, not used yet in the form. */
export function newFieldKey(form: Form, type: string): string {
  return freshKey(type, Object.keys(form.schema.properties ?? {}));
}

/** Adds a field of a type under `key`, labelled `label`, at a placement. */
export function addField(
  form: FormDraft,
  type: FieldTypeDefinition,
  key: string,
  label: string,
  at: Placement = {},
): void {
  // The layout is materialized before the field joins the schema, so it is placed once.
  materialize(form);
  form.schema.properties ??= {};
  form.schema.properties[key] = {
    ...structuredClone(type.schema),
    title: label,
  } as Draft<JsonSchema<LocalizedText>>;
  const ui = (form.ui ??= {});
  (ui.fields ??= {})[key] = { ...structuredClone(type.ui ?? {}), widget: type.type, label };
  insert(form, { type: 'field', field: key }, 'field', at);
}

/** The kinds of layout items (not fields) the builder adds. */
export type LayoutKind = 'group' | 'tab' | 'row' | 'text';

/** A new layout item of a kind, with a fresh id; `title` is its title (or a text's content). */
export function newLayoutNode(layout: LayoutNode[], kind: LayoutKind, title: string): LayoutNode {
  const id = freshId(kind, layout);
  if (kind === 'text') return { type: 'text', id, content: title };
  if (kind === 'row') return { type: 'row', id, columns: 2, children: [] };
  if (kind === 'group') return { type: 'group', id, title, collapsible: true, children: [] };
  return { type: 'tab', id, title, children: [] };
}

/** Adds a layout item (see {@link newLayoutNode}) at a placement. */
export function addLayoutNode(form: FormDraft, node: LayoutNode, at: Placement = {}): void {
  insert(form, node, node.type, at);
}

/**
 * Removes a layout item. A field leaves the form (schema, ui, rules, templates); a container hands
 * its children to its parent, so no field is lost silently (tabs stay at the top level).
 */
export function removeNode(form: FormDraft, id: string): boolean {
  const layout = materialize(form);
  const here = locate(layout, id);
  if (!here) return false;
  here.list.splice(here.index, 1);
  if (here.node.type === 'field') dropField(form, here.node.field);
  else if (isContainer(here.node)) {
    const children =
      here.node.type === 'row' || here.containerId !== ROOT
        ? here.node.children
        : here.node.children.filter((c) => c.type !== 'tab');
    here.list.splice(here.index, 0, ...children);
  }
  return true;
}

/**
 * Duplicates a layout item after itself: a field with a fresh key (its schema, ui, required flag
 * and rules), a container with copies of everything inside. Returns the builder id of the copy.
 */
export function duplicateNode(form: FormDraft, id: string): string | undefined {
  const layout = materialize(form);
  const here = locate(layout, id);
  if (!here) return undefined;
  const taken = new Set(Object.keys(form.schema.properties ?? {}));
  const ids = new Set<string>();
  let firstId: string | undefined;
  const copyNode = (node: LayoutNode): LayoutNode => {
    if (node.type === 'field') {
      const key = freshKey(node.field.replace(/\d+$/, ''), taken);
      taken.add(key);
      const props = (form.schema.properties ??= {});
      props[key] = structuredClone(snap(props[node.field])) as Draft<JsonSchema<LocalizedText>>;
      const ui = form.ui?.fields?.[node.field];
      if (ui && form.ui?.fields) form.ui.fields[key] = structuredClone(snap(ui));
      if (Array.isArray(form.schema.required) && form.schema.required.includes(node.field))
        form.schema.required.push(key);
      for (const rule of (form.rules ?? []).filter((r) => r.field === node.field)) {
        form.rules?.push({
          ...structuredClone(snap(rule)),
          field: key,
          id: `${rule.id ?? 'rule'}-copy`,
        });
      }
      firstId ??= `field:${key}`;
      return { type: 'field', field: key };
    }
    let newId = freshId(node.type, layout);
    while (ids.has(newId)) newId = `${newId}x`;
    ids.add(newId);
    firstId ??= newId;
    if (node.type === 'text') return { ...node, id: newId };
    return { ...node, id: newId, children: node.children.map(copyNode) } as LayoutNode;
  };
  here.list.splice(here.index + 1, 0, copyNode(snap(here.node)));
  return firstId;
}

/** Moves a layout item into a container at an index; refuses a move into itself. */
export function moveNodeTo(form: FormDraft, id: string, target: DropTarget): boolean {
  return moveNode(materialize(form), id, target.containerId, target.index);
}

/** Moves a layout item one place up (-1) or down (+1) among its siblings. */
export function moveNodeBy(form: FormDraft, id: string, delta: -1 | 1): boolean {
  const layout = materialize(form);
  const found = locate(layout, id);
  if (!found) return false;
  const index = found.index + delta;
  if (index < 0 || index >= found.list.length) return false;
  return moveNode(layout, id, found.containerId, delta > 0 ? index + 1 : index);
}

/** Whether a move up (-1) or down (+1) is possible. */
export function canMoveBy(layout: LayoutNode[], id: string, delta: -1 | 1): boolean {
  const found = locate(layout, id);
  if (!found) return false;
  const index = found.index + delta;
  return index >= 0 && index < found.list.length;
}

/** Sets a field's label (and its schema title, which other tools read). */
export function setFieldLabel(form: FormDraft, field: string, label: LocalizedText | undefined) {
  uiOf(form, field).label = label ?? '';
  const s = form.schema.properties?.[field];
  if (s) s.title = label ?? '';
}

/** The field's ui properties an author sets in the inspector. */
export type FieldUiProp = 'help' | 'placeholder' | 'source' | 'dependsOn' | 'span';

/** Sets (or clears, with `undefined` or '') one ui property of a field. */
export function setFieldUi<P extends FieldUiProp>(
  form: FormDraft,
  field: string,
  prop: P,
  value: FieldUi<LocalizedText>[P] | undefined,
): void {
  setOrDelete(uiOf(form, field), prop, value);
}

/** The field's schema properties an author sets in the inspector. */
export type SchemaProp =
  | 'default'
  | 'minimum'
  | 'maximum'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'minItems'
  | 'maxItems';

/** Sets (or clears, with `undefined` or '') one schema property of a field. */
export function setSchemaProp(
  form: FormDraft,
  field: string,
  prop: SchemaProp,
  value: unknown,
): void {
  const s = form.schema.properties?.[field];
  if (s) setOrDelete(s, prop, value);
}

/** Makes a field required or optional. */
export function setRequired(form: FormDraft, field: string, required: boolean): void {
  const list = Array.isArray(form.schema.required)
    ? form.schema.required.filter((r) => r !== field)
    : [];
  if (required) list.push(field);
  if (list.length) form.schema.required = list;
  else delete form.schema.required;
}

/**
 * Changes a field's type: the new type's schema, keeping the title, the description and (for the
 * same JSON type) the default; the type's options and props when the field has none.
 */
export function changeFieldType(form: FormDraft, field: string, type: FieldTypeDefinition): void {
  const s = form.schema.properties?.[field];
  if (!s) return;
  const sameType = JSON.stringify(type.schema.type) === JSON.stringify(s.type);
  form.schema.properties![field] = {
    ...structuredClone(type.schema),
    ...(s.title ? { title: s.title } : {}),
    ...(s.description ? { description: s.description } : {}),
    ...(sameType && s.default !== undefined ? { default: s.default } : {}),
  } as Draft<JsonSchema<LocalizedText>>;
  const u = uiOf(form, field);
  u.widget = type.type;
  if (type.ui?.options && !u.options) u.options = structuredClone(type.ui.options);
  if (type.ui?.props) u.props = { ...structuredClone(type.ui.props), ...u.props };
}

function optionsOf(form: FormDraft, field: string): Array<Draft<FieldOption<LocalizedText>>> {
  return (uiOf(form, field).options ??= []);
}

/** Adds a static option `optionN` / "Option N" to a choice field. */
export function addOption(form: FormDraft, field: string): void {
  const list = optionsOf(form, field);
  list.push({ value: `option${list.length + 1}`, label: `Option ${list.length + 1}` });
}

/** Sets an option's value, label or parent (a cleared parent is removed). */
export function setOption(
  form: FormDraft,
  field: string,
  index: number,
  change: { value: string } | { label: LocalizedText | undefined } | { parent: string | undefined },
): void {
  const option = optionsOf(form, field)[index];
  if (!option) return;
  if ('value' in change) option.value = change.value;
  else if ('label' in change) option.label = change.label ?? '';
  else setOrDelete(option, 'parent', change.parent);
}

/** Removes one option of a field. */
export function removeOption(form: FormDraft, field: string, index: number): void {
  optionsOf(form, field).splice(index, 1);
}

/** Adds an empty rule for a field. */
export function addRule(form: FormDraft, field: string): void {
  form.rules ??= [];
  form.rules.push({ id: `rule${form.rules.length + 1}`, field });
}

/** Sets (or clears, with '') one expression of the rule at `index` of `form.rules`. */
export function setRule(form: FormDraft, index: number, prop: FieldRuleProp, value: string): void {
  const rule = form.rules?.[index];
  if (rule) setOrDelete(rule, prop, value === '' ? undefined : value);
}

/** Removes the rule at `index` of `form.rules`. */
export function removeRule(form: FormDraft, index: number): void {
  form.rules?.splice(index, 1);
}

/** A change to a layout item (not a field) the inspector makes. */
export type LayoutNodeChange =
  | { title: LocalizedText | undefined }
  | { content: LocalizedText | undefined }
  | { collapsible: boolean }
  | { collapsed: boolean }
  | { columns: 1 | 2 | 3 | 4 };

/** Sets a title (group, tab), a content (text), collapsibility (group) or columns (row). */
export function setLayoutNode(form: FormDraft, id: string, change: LayoutNodeChange): void {
  const found = form.ui?.layout ? locate(form.ui.layout as LayoutNode[], id) : undefined;
  if (!found) return;
  const n = found.node;
  if ('title' in change && (n.type === 'group' || n.type === 'tab')) n.title = change.title ?? '';
  else if ('content' in change && n.type === 'text') n.content = change.content ?? '';
  else if ('collapsible' in change && n.type === 'group')
    setOrDelete(n, 'collapsible', change.collapsible || undefined);
  else if ('collapsed' in change && n.type === 'group')
    setOrDelete(n, 'collapsed', change.collapsed || undefined);
  else if ('columns' in change && n.type === 'row') n.columns = change.columns;
}

/** Adds a template `templateN` named `${name} N`, with no values yet; returns its id. */
export function addTemplate(form: FormDraft, name: string): string {
  form.templates ??= [];
  let n = form.templates.length + 1;
  while (form.templates.some((x) => x.id === `template${n}`)) n++;
  form.templates.push({ id: `template${n}`, name: `${name} ${n}`, values: {} });
  return `template${n}`;
}

/** A change to a template: its name, its description (cleared when empty) or its values. */
export type TemplateChange =
  | { name: LocalizedText | undefined }
  | { description: LocalizedText | undefined }
  | { values: Record<string, unknown> };

/** Changes the template at `index` of `form.templates`. */
export function setTemplate(form: FormDraft, index: number, change: TemplateChange): void {
  const tpl = form.templates?.[index];
  if (!tpl) return;
  if ('name' in change) tpl.name = change.name ?? '';
  else if ('description' in change) setOrDelete(tpl, 'description', change.description);
  else tpl.values = change.values;
}

/** Removes the template at `index` of `form.templates`. */
export function removeTemplate(form: FormDraft, index: number): void {
  form.templates?.splice(index, 1);
}
