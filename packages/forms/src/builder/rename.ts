import type { AutomationAction, LocalizedText, WorkflowDefinition } from '@deskkit/runtime';
import { renameFieldInExpression as renameInExpression } from '@deskkit/runtime';
import { FormsError } from '../errors';
import type { Form, LayoutNode } from './layout';

/** An expression that does not parse cannot be rewritten safely; it is kept as written. */
function renameFieldInExpression(expression: string, from: string, to: string): string {
  try {
    return renameInExpression(expression, from, to);
  } catch {
    return expression;
  }
}

/** Field keys are identifiers so rules can name them without quoting. */
export const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A definition the builder edits: a whole workflow, or just its form. */
export type BuilderDocument = { form: Form } & Partial<
  Omit<WorkflowDefinition<LocalizedText>, 'form'>
>;

function renameInLayout(
  nodes: LayoutNode[] | undefined,
  from: string,
  to: string,
): LayoutNode[] | undefined {
  return nodes?.map((node) => {
    if (node.type === 'field') return node.field === from ? { ...node, field: to } : node;
    if ('children' in node)
      return { ...node, children: renameInLayout(node.children, from, to) ?? [] };
    return node;
  });
}

const expr = (e: string | undefined, from: string, to: string): string | undefined =>
  e === undefined ? undefined : renameFieldInExpression(e, from, to);

function renameInActions(
  actions: AutomationAction[] | undefined,
  from: string,
  to: string,
): AutomationAction[] | undefined {
  return actions?.map((a) => {
    if (a.type === 'set') {
      return {
        ...a,
        field: a.field === from ? to : a.field,
        value: renameFieldInExpression(a.value, from, to),
      };
    }
    if (a.type === 'call' && a.input) {
      const input: Record<string, string> = {};
      for (const [k, v] of Object.entries(a.input)) input[k] = renameFieldInExpression(v, from, to);
      return { ...a, input };
    }
    return a;
  });
}

function renameKey<T>(
  record: Record<string, T> | undefined,
  from: string,
  to: string,
): Record<string, T> | undefined {
  if (!record || !(from in record)) return record;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) out[k === from ? to : k] = v;
  return out;
}

/** Renames a field inside a form: schema (order kept), required, ui, layout, rules, cascades, templates. */
export function renameFormField<F extends Form>(form: F, from: string, to: string): F {
  const properties = form.schema.properties ?? {};
  if (!(from in properties)) {
    throw new FormsError(
      'FIELD_NOT_FOUND',
      `There is no field "${from}" in form.schema.properties to rename.`,
    );
  }
  if (from === to) return form;
  if (!FIELD_KEY.test(to)) {
    throw new FormsError(
      'FIELD_KEY_INVALID',
      `"${to}" is not a valid field key: use letters, digits and _, starting with a letter or _.`,
    );
  }
  if (to in properties) {
    throw new FormsError(
      'FIELD_KEY_TAKEN',
      `The form already has a field "${to}"; choose another key.`,
    );
  }
  const uiFields = renameKey(form.ui?.fields, from, to);
  const fields = uiFields
    ? Object.fromEntries(
        Object.entries(uiFields).map(([k, ui]) => [
          k,
          ui.dependsOn === from ? { ...ui, dependsOn: to } : ui,
        ]),
      )
    : undefined;
  return {
    ...form,
    schema: {
      ...form.schema,
      properties: renameKey(properties, from, to),
      ...(Array.isArray(form.schema.required)
        ? { required: form.schema.required.map((r) => (r === from ? to : r)) }
        : {}),
    },
    ...(form.ui
      ? {
          ui: {
            ...form.ui,
            ...(form.ui.layout ? { layout: renameInLayout(form.ui.layout, from, to) } : {}),
            ...(fields ? { fields } : {}),
          },
        }
      : {}),
    ...(form.rules
      ? {
          rules: form.rules.map((rule) => {
            const next = { ...rule, field: rule.field === from ? to : rule.field };
            for (const p of ['visible', 'required', 'readonly', 'value'] as const) {
              const e = expr(rule[p], from, to);
              if (e !== undefined) next[p] = e;
            }
            return next;
          }),
        }
      : {}),
    ...(form.templates
      ? {
          templates: form.templates.map((t) => ({
            ...t,
            values: renameKey(t.values, from, to) ?? {},
          })),
        }
      : {}),
  };
}

/**
 * Renames a form field everywhere a definition names it: the form (schema, layout, rules, cascading
 * selects, templates) and, for a whole workflow, node field permissions, edge conditions, the
 * title expression, assignment and timer fields, subworkflow mappings, SLA, trigger and automation
 * conditions and actions. Throws `FormsError` when the key is invalid, taken or missing.
 *
 * @example
 * ```ts
 * const next = renameField(definition, 'cost', 'estimatedCost');
 * ```
 */
export function renameField<T extends BuilderDocument>(doc: T, from: string, to: string): T {
  const form = renameFormField(doc.form, from, to);
  if (form === doc.form) return doc;
  const next: T = { ...doc, form };
  if (doc.nodes) {
    next.nodes = doc.nodes.map((node) => {
      let n = { ...node, ...(node.fields ? { fields: renameKey(node.fields, from, to) } : {}) };
      if ((n.type === 'task' || n.type === 'approval') && n.assign?.field === from) {
        n = { ...n, assign: { ...n.assign, field: to } };
      }
      if (n.type === 'timer' && n.timer.untilField === from)
        n = { ...n, timer: { ...n.timer, untilField: to } };
      if (n.type === 'automation')
        n = {
          ...n,
          automation: { actions: renameInActions(n.automation.actions, from, to) ?? [] },
        };
      if (n.type === 'subworkflow') {
        const map = (m?: Record<string, string>) =>
          m &&
          Object.fromEntries(
            Object.entries(m).map(([k, v]) => [k === from ? to : k, v === from ? to : v]),
          );
        n = {
          ...n,
          subworkflow: {
            ...n.subworkflow,
            ...(n.subworkflow.inputs ? { inputs: map(n.subworkflow.inputs) } : {}),
            ...(n.subworkflow.outputs ? { outputs: map(n.subworkflow.outputs) } : {}),
          },
        };
      }
      if (n.ola) {
        n = {
          ...n,
          ola: {
            ...n.ola,
            ...(n.ola.onWarn ? { onWarn: renameInActions(n.ola.onWarn, from, to) } : {}),
            ...(n.ola.onBreach ? { onBreach: renameInActions(n.ola.onBreach, from, to) } : {}),
          },
        };
      }
      return n;
    }) as T['nodes'];
  }
  if (doc.edges) {
    next.edges = doc.edges.map((e) =>
      e.when ? { ...e, when: renameFieldInExpression(e.when, from, to) } : e,
    );
  }
  if (doc.title) next.title = renameFieldInExpression(doc.title, from, to);
  if (doc.sla) {
    next.sla = doc.sla.map((p) => {
      const q = { ...p };
      for (const k of ['when', 'start', 'pause', 'stop', 'cancel'] as const) {
        const e = expr(p[k], from, to);
        if (e !== undefined) q[k] = e;
      }
      if (p.onWarn) q.onWarn = renameInActions(p.onWarn, from, to);
      if (p.onBreach) q.onBreach = renameInActions(p.onBreach, from, to);
      return q;
    });
  }
  if (doc.triggers) {
    next.triggers = doc.triggers.map((tr) => ({
      ...tr,
      ...(tr.when ? { when: renameFieldInExpression(tr.when, from, to) } : {}),
      actions: renameInActions(tr.actions, from, to) ?? [],
    }));
  }
  if (doc.automations) {
    next.automations = doc.automations.map((a) => ({
      ...a,
      select: renameFieldInExpression(a.select, from, to),
      actions: renameInActions(a.actions, from, to) ?? [],
    }));
  }
  return next;
}
