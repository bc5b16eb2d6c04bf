import { asList, asRecord, pointer } from './issues';
import type { Loose } from './issues';

/** A jsonata expression somewhere in a definition. */
export interface ExpressionSite {
  path: string;
  expr: string;
  /** Replaces the expression in the definition that was walked. */
  set(next: string): void;
}

/** A place in a definition that names a form field, as a value or as an object key. */
export interface FieldSite {
  path: string;
  field: string;
  kind: 'value' | 'key';
  /** Renames the field at this place in the definition that was walked (keeps key order). */
  set(next: string): void;
}

const valueSite = (out: FieldSite[], owner: Loose | undefined, key: string, path: string): void => {
  const field = owner?.[key];
  if (owner && typeof field === 'string') {
    out.push({ path, field, kind: 'value', set: (next) => (owner[key] = next) });
  }
};

/** Renames one key of an object in place, keeping the order of the keys. */
export function renameKey(owner: Loose, from: string, to: string): void {
  const entries = Object.entries(owner).map(([k, v]): [string, unknown] => [
    k === from ? to : k,
    v,
  ]);
  for (const k of Object.keys(owner)) delete owner[k];
  for (const [k, v] of entries) owner[k] = v;
}

const keySites = (out: FieldSite[], owner: Loose | undefined, path: string): void => {
  if (!owner) return;
  for (const field of Object.keys(owner)) {
    out.push({
      path: `${path}${pointer(field)}`,
      field,
      kind: 'key',
      set: (next) => renameKey(owner, field, next),
    });
  }
};

const exprSite = (
  out: ExpressionSite[],
  owner: Loose | undefined,
  key: string,
  path: string,
): void => {
  const expr = owner?.[key];
  if (owner && typeof expr === 'string') {
    out.push({ path, expr, set: (next) => (owner[key] = next) });
  }
};

/** Every list of automation actions in a definition, with its path. */
export function actionLists(def: unknown): Array<{ path: string; actions: Loose[] }> {
  const root = asRecord(def);
  const lists: Array<{ path: string; value: unknown }> = [];
  asList(root?.nodes).forEach((n, i) => {
    const node = asRecord(n);
    lists.push({
      path: pointer('nodes', i, 'automation', 'actions'),
      value: asRecord(node?.automation)?.actions,
    });
    const ola = asRecord(node?.ola);
    lists.push({ path: pointer('nodes', i, 'ola', 'onWarn'), value: ola?.onWarn });
    lists.push({ path: pointer('nodes', i, 'ola', 'onBreach'), value: ola?.onBreach });
  });
  asList(root?.sla).forEach((s, i) => {
    lists.push({ path: pointer('sla', i, 'onWarn'), value: asRecord(s)?.onWarn });
    lists.push({ path: pointer('sla', i, 'onBreach'), value: asRecord(s)?.onBreach });
  });
  asList(root?.triggers).forEach((t, i) => {
    lists.push({ path: pointer('triggers', i, 'actions'), value: asRecord(t)?.actions });
  });
  asList(root?.automations).forEach((a, i) => {
    lists.push({ path: pointer('automations', i, 'actions'), value: asRecord(a)?.actions });
  });
  return lists
    .filter((l) => Array.isArray(l.value))
    .map((l) => ({
      path: l.path,
      actions: (l.value as unknown[]).map((a) => asRecord(a) ?? {}),
    }));
}

/**
 * Every jsonata expression of a definition: the title, edge conditions, form rules, SLA
 * conditions, trigger and periodic-automation conditions, and automation action values and inputs.
 */
export function expressionSites(def: unknown): ExpressionSite[] {
  const root = asRecord(def);
  const out: ExpressionSite[] = [];
  exprSite(out, root, 'title', '/title');
  asList(root?.edges).forEach((e, i) =>
    exprSite(out, asRecord(e), 'when', pointer('edges', i, 'when')),
  );
  asList(asRecord(root?.form)?.rules).forEach((r, i) => {
    for (const key of ['visible', 'required', 'readonly', 'value']) {
      exprSite(out, asRecord(r), key, pointer('form', 'rules', i, key));
    }
  });
  asList(root?.sla).forEach((s, i) => {
    for (const key of ['when', 'start', 'pause', 'stop', 'cancel']) {
      exprSite(out, asRecord(s), key, pointer('sla', i, key));
    }
  });
  asList(root?.triggers).forEach((t, i) =>
    exprSite(out, asRecord(t), 'when', pointer('triggers', i, 'when')),
  );
  asList(root?.automations).forEach((a, i) =>
    exprSite(out, asRecord(a), 'select', pointer('automations', i, 'select')),
  );
  for (const list of actionLists(def)) {
    list.actions.forEach((action, j) => {
      const at = `${list.path}/${j}`;
      if (action.type === 'set') exprSite(out, action, 'value', `${at}/value`);
      if (action.type === 'call') {
        const input = asRecord(action.input);
        for (const key of Object.keys(input ?? {}))
          exprSite(out, input, key, `${at}/input${pointer(key)}`);
      }
    });
  }
  return out;
}

function layoutSites(out: FieldSite[], nodes: unknown, path: string): void {
  asList(nodes).forEach((n, i) => {
    const node = asRecord(n);
    if (node?.type === 'field') valueSite(out, node, 'field', `${path}/${i}/field`);
    if (Array.isArray(node?.children)) layoutSites(out, node.children, `${path}/${i}/children`);
  });
}

/**
 * Every place outside expressions that names a form field: the schema's `required`, UI settings
 * and layout, rules, templates, node permissions, `assign.field`, timer `untilField`, subworkflow
 * mappings (the parent's side) and `set` actions.
 */
export function fieldSites(def: unknown): FieldSite[] {
  const root = asRecord(def);
  const form = asRecord(root?.form);
  const out: FieldSite[] = [];
  const schema = asRecord(form?.schema);
  asList(schema?.required).forEach((_r, i) => {
    const list = schema?.required as unknown[];
    if (typeof list[i] === 'string') {
      out.push({
        path: pointer('form', 'schema', 'required', i),
        field: list[i] as string,
        kind: 'value',
        set: (next) => (list[i] = next),
      });
    }
  });
  const ui = asRecord(form?.ui);
  const uiFields = asRecord(ui?.fields);
  keySites(out, uiFields, '/form/ui/fields');
  for (const [name, value] of Object.entries(uiFields ?? {})) {
    valueSite(
      out,
      asRecord(value),
      'dependsOn',
      pointer('form', 'ui', 'fields', name, 'dependsOn'),
    );
  }
  layoutSites(out, ui?.layout, '/form/ui/layout');
  asList(form?.rules).forEach((r, i) =>
    valueSite(out, asRecord(r), 'field', pointer('form', 'rules', i, 'field')),
  );
  asList(form?.templates).forEach((t, i) =>
    keySites(out, asRecord(asRecord(t)?.values), pointer('form', 'templates', i, 'values')),
  );
  asList(root?.nodes).forEach((n, i) => {
    const node = asRecord(n);
    keySites(out, asRecord(node?.fields), pointer('nodes', i, 'fields'));
    valueSite(out, asRecord(node?.assign), 'field', pointer('nodes', i, 'assign', 'field'));
    valueSite(out, asRecord(node?.timer), 'untilField', pointer('nodes', i, 'timer', 'untilField'));
    const sub = asRecord(node?.subworkflow);
    const inputs = asRecord(sub?.inputs);
    for (const child of Object.keys(inputs ?? {})) {
      valueSite(out, inputs, child, pointer('nodes', i, 'subworkflow', 'inputs', child));
    }
    keySites(out, asRecord(sub?.outputs), pointer('nodes', i, 'subworkflow', 'outputs'));
  });
  for (const list of actionLists(def)) {
    list.actions.forEach((action, j) => {
      if (action.type === 'set') valueSite(out, action, 'field', `${list.path}/${j}/field`);
    });
  }
  return out;
}
