import { produce } from 'immer';
import { FIELD_TYPES } from '../model/fieldTypes';
import {
  addField,
  addLayoutNode,
  addOption,
  addRule,
  addTemplate,
  changeFieldType,
  duplicateNode,
  moveNodeBy,
  moveNodeTo,
  newFieldKey,
  newLayoutNode,
  removeNode,
  removeOption,
  removeRule,
  removeTemplate,
  setFieldLabel,
  setFieldUi,
  setLayoutNode,
  setOption,
  setRequired,
  setRule,
  setSchemaProp,
  setTemplate,
} from './commands';
import type { Form, FormDraft } from './layout';

const type = (name: string) => FIELD_TYPES.find((t) => t.type === name)!;
const run = <R>(form: Form, recipe: (f: FormDraft) => R): [Form, R] => {
  let result: R;
  const next = produce(form, (d) => void (result = recipe(d)));
  return [next, result!];
};
const order = (form: Form): string[] =>
  (form.ui?.layout ?? []).map((n) => (n.type === 'field' ? n.field : n.id));

const base: Form = {
  schema: {
    type: 'object',
    properties: { title: { type: 'string', title: 'Title' }, cost: { type: 'number' } },
    required: ['title'],
  },
  ui: { fields: { title: { label: 'Title' } } },
  rules: [{ id: 'r1', field: 'cost', visible: 'title != ""' }],
  templates: [{ id: 'tpl', name: 'Tpl', values: { cost: 3 } }],
};

describe('form builder commands (pure over the form)', () => {
  it('adds a field after the selection and places it once, leaving the input untouched', () => {
    const key = newFieldKey(base, 'email');
    expect(key).toBe('email1');
    const [next] = run(base, (f) =>
      addField(f, type('email'), key, 'E-mail', { selected: 'field:title' }),
    );
    expect(order(next)).toEqual(['title', 'email1', 'cost']);
    expect(next.schema.properties?.email1?.title).toBe('E-mail');
    expect(next.ui?.fields?.email1).toMatchObject({ widget: 'email', label: 'E-mail' });
    expect(base.ui?.layout).toBeUndefined();
  });

  it('adds layout items into the selected container, tabs at the top level', () => {
    const group = newLayoutNode([], 'group', 'Details');
    const [withGroup] = run(base, (f) => addLayoutNode(f, group));
    expect(order(withGroup)).toEqual(['title', 'cost', 'group1']);
    const [inGroup] = run(withGroup, (f) =>
      addField(f, type('text'), 'note', 'Note', { selected: 'group1' }),
    );
    const g = inGroup.ui?.layout?.find((n) => n.type === 'group');
    expect(g && 'children' in g ? g.children : []).toEqual([{ type: 'field', field: 'note' }]);
    const tab = newLayoutNode(inGroup.ui!.layout!, 'tab', 'More');
    const [withTab] = run(inGroup, (f) => addLayoutNode(f, tab, { selected: 'group1' }));
    expect(order(withTab)).toEqual(['title', 'cost', 'group1', 'tab1']);
  });

  it('removes a field everywhere, and a container hands its children to its parent', () => {
    const [gone] = run(base, (f) => removeNode(f, 'field:cost'));
    expect(gone.schema.properties?.cost).toBeUndefined();
    expect(gone.rules).toEqual([]);
    expect(gone.templates?.[0]?.values).toEqual({});
    const [grouped] = run(base, (f) => {
      addLayoutNode(f, newLayoutNode([], 'group', 'G'));
      moveNodeTo(f, 'field:cost', { containerId: 'group1', index: 0 });
    });
    const [ungrouped, ok] = run(grouped, (f) => removeNode(f, 'group1'));
    expect(ok).toBe(true);
    expect(order(ungrouped)).toEqual(['title', 'cost']);
    expect(run(base, (f) => removeNode(f, 'nope'))[1]).toBe(false);
  });

  it('duplicates a field with its required flag and rules, under a fresh key', () => {
    const [next, copy] = run(base, (f) => duplicateNode(f, 'field:title'));
    expect(copy).toBe('field:title1');
    expect(order(next)).toEqual(['title', 'title1', 'cost']);
    expect(next.schema.required).toEqual(['title', 'title1']);
    const [withRule] = run(base, (f) => duplicateNode(f, 'field:cost'));
    expect(withRule.rules?.map((r) => r.field)).toEqual(['cost', 'cost1']);
  });

  it('moves by one and refuses to leave the list', () => {
    const [down, moved] = run(base, (f) => moveNodeBy(f, 'field:title', 1));
    expect(moved).toBe(true);
    expect(order(down)).toEqual(['cost', 'title']);
    expect(run(base, (f) => moveNodeBy(f, 'field:title', -1))[1]).toBe(false);
  });

  it('sets labels as written (a map per locale), properties, required and type', () => {
    const [labelled] = run(base, (f) => setFieldLabel(f, 'cost', { en: 'Cost', zh: '费用' }));
    expect(labelled.ui?.fields?.cost?.label).toEqual({ en: 'Cost', zh: '费用' });
    expect(labelled.schema.properties?.cost?.title).toEqual({ en: 'Cost', zh: '费用' });
    const [helped] = run(base, (f) => setFieldUi(f, 'title', 'help', 'Say what'));
    expect(helped.ui?.fields?.title?.help).toBe('Say what');
    const [cleared] = run(helped, (f) => setFieldUi(f, 'title', 'help', ''));
    expect(cleared.ui?.fields?.title).not.toHaveProperty('help');
    const [min] = run(base, (f) => setSchemaProp(f, 'cost', 'minimum', 0));
    expect(min.schema.properties?.cost?.minimum).toBe(0);
    const [optional] = run(base, (f) => setRequired(f, 'title', false));
    expect(optional.schema).not.toHaveProperty('required');
    const [select] = run(base, (f) => changeFieldType(f, 'title', type('select')));
    expect(select.ui?.fields?.title?.widget).toBe('select');
    expect(select.schema.properties?.title?.title).toBe('Title');
  });

  it('edits options, rules, layout items and templates', () => {
    const [opts] = run(base, (f) => {
      addOption(f, 'title');
      addOption(f, 'title');
      setOption(f, 'title', 0, { label: { en: 'One', zh: '一' } });
      setOption(f, 'title', 1, { parent: 'x' });
      removeOption(f, 'title', 1);
    });
    expect(opts.ui?.fields?.title?.options).toEqual([
      { value: 'option1', label: { en: 'One', zh: '一' } },
    ]);
    const [rules] = run(base, (f) => {
      addRule(f, 'title');
      setRule(f, 1, 'required', 'cost > 3');
      setRule(f, 0, 'visible', '');
      removeRule(f, 0);
    });
    expect(rules.rules).toEqual([{ id: 'rule2', field: 'title', required: 'cost > 3' }]);
    const [layout] = run(base, (f) => {
      addLayoutNode(f, newLayoutNode([], 'group', 'G'));
      setLayoutNode(f, 'group1', { title: { en: 'Group', zh: '组' } });
      setLayoutNode(f, 'group1', { collapsible: false });
    });
    expect(layout.ui?.layout?.[2]).toEqual({
      type: 'group',
      id: 'group1',
      title: { en: 'Group', zh: '组' },
      children: [],
    });
    const [tpls, id] = run(base, (f) => addTemplate(f, 'Template'));
    expect(id).toBe('template2');
    const [named] = run(tpls, (f) => {
      setTemplate(f, 1, { name: { en: 'Laptop', zh: '笔记本' } });
      setTemplate(f, 1, { description: 'For new staff' });
      setTemplate(f, 1, { values: { cost: 9 } });
      removeTemplate(f, 0);
    });
    expect(named.templates).toEqual([
      {
        id: 'template2',
        name: { en: 'Laptop', zh: '笔记本' },
        description: 'For new staff',
        values: { cost: 9 },
      },
    ]);
  });
});
