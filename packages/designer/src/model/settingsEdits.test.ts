import type { WorkflowDefinition } from '@deskkit/runtime';
import { produce } from 'immer';
import {
  addAutomation,
  addSlaPolicy,
  addTemplate,
  addTrigger,
  moveSlaPolicy,
  removeAutomation,
  removeSlaPolicy,
  removeTemplate,
  setAutoClose,
  setAutomationProp,
  setCatalogLevel,
  setLocale,
  setPermission,
  setSlaProp,
  setSlaTarget,
  setTemplateProp,
  setTriggerEvent,
  setWorkflowProp,
} from './settingsEdits';

const def = (): WorkflowDefinition => ({
  schemaVersion: 1,
  key: 'k',
  name: 'n',
  catalog: ['IT', 'Hardware'],
  form: { schema: { type: 'object', properties: {} } },
  nodes: [{ id: 'start', type: 'start' }],
  edges: [],
  sla: [
    { id: 'a', name: 'A', targets: { response: 'PT1H' } },
    { id: 'b', name: 'B', targets: {} },
  ],
  triggers: [{ id: 't', name: 'T', on: ['created'], actions: [] }],
});

type Recipe = (d: WorkflowDefinition) => void;

/** Runs a command on a fresh definition, checking the input is left as it was. */
function run(recipe: Recipe): WorkflowDefinition {
  const before = def();
  const copy = structuredClone(before);
  const next = produce(before, recipe);
  expect(before).toEqual(copy);
  expect(next.nodes).toBe(before.nodes);
  return next;
}
function unchanged(recipe: Recipe): void {
  const before = def();
  expect(produce(before, recipe)).toBe(before);
}

describe('workflow settings edits', () => {
  it('sets the workflow’s texts: name and key stay when emptied, the others go', () => {
    expect(run((d) => setWorkflowProp(d, 'name', undefined)).name).toBe('');
    expect(run((d) => setWorkflowProp(d, 'key', 'laptop')).key).toBe('laptop');
    expect(run((d) => setWorkflowProp(d, 'title', 'summary')).title).toBe('summary');
    const prefixed = run((d) => setWorkflowProp(d, 'numberPrefix', 'REQ'));
    expect(produce(prefixed, (d) => setWorkflowProp(d, 'numberPrefix', ''))).not.toHaveProperty(
      'numberPrefix',
    );
    unchanged((d) => setWorkflowProp(d, 'description', undefined));
  });

  it('edits the catalog path without gaps, and declares locales and permissions', () => {
    expect(run((d) => setCatalogLevel(d, 2, 'Laptops')).catalog).toEqual([
      'IT',
      'Hardware',
      'Laptops',
    ]);
    expect(run((d) => setCatalogLevel(d, 0, '')).catalog).toBeUndefined();
    expect(run((d) => setCatalogLevel(d, 1, '')).catalog).toEqual(['IT']);
    unchanged((d) => setCatalogLevel(d, 1, 'Hardware'));
    const zh = run((d) => setLocale(d, 'zh-CN', true));
    expect(zh.locales).toEqual(['zh-CN']);
    expect(produce(zh, (d) => setLocale(d, 'zh-CN', false))).not.toHaveProperty('locales');
    const view = run((d) => setPermission(d, 'view', [{ role: 'lead' }]));
    expect(view.permissions).toEqual({ view: [{ role: 'lead' }] });
    expect(produce(view, (d) => setPermission(d, 'view', []))).not.toHaveProperty('permissions');
    expect(run((d) => setPermission(d, 'start', [])).permissions).toEqual({ start: [] });
  });

  it('adds, renames, fills and removes form templates', () => {
    const added = run((d) => void addTemplate(d));
    expect(added.form.templates).toEqual([{ id: 'template', name: 'Template 1', values: {} }]);
    const two = produce(added, (d) => void addTemplate(d));
    expect(two.form.templates?.[1]?.id).toBe('template-2');
    const filled = produce(two, (d) => {
      setTemplateProp(d, 0, 'name', 'Laptop');
      setTemplateProp(d, 0, 'values', { model: 'X1' });
    });
    expect(filled.form.templates?.[0]).toEqual({
      id: 'template',
      name: 'Laptop',
      values: { model: 'X1' },
    });
    expect(filled.form.templates?.[1]).toBe(two.form.templates?.[1]);
    expect(produce(filled, (d) => removeTemplate(d, 0)).form.templates?.map((x) => x.id)).toEqual([
      'template-2',
    ]);
    unchanged((d) => setTemplateProp(d, 3, 'name', 'x'));
    unchanged((d) => removeTemplate(d, 0));
  });

  it('adds, edits, orders and removes SLA policies', () => {
    const added = run((d) => void addSlaPolicy(d));
    expect(added.sla?.[2]).toEqual({
      id: 'sla',
      name: 'SLA 3',
      targets: { response: 'PT4H', resolution: 'P1D' },
      warnAt: [75],
    });
    // Named in the editor's language when it says how.
    expect(run((d) => void addSlaPolicy(d, (n) => `服务级别 ${n}`)).sla?.[2]?.name).toBe(
      '服务级别 3',
    );
    const edited = run((d) => {
      setSlaProp(d, 0, 'name', '');
      setSlaProp(d, 0, 'when', "priority = 'P1'");
      setSlaProp(d, 0, 'onBreach', [{ type: 'raisePriority' }]);
      setSlaTarget(d, 0, 'response', undefined);
      setSlaTarget(d, 0, 'resolution', 'P2D');
    });
    expect(edited.sla?.[0]).toEqual({
      id: 'a',
      name: '',
      when: "priority = 'P1'",
      onBreach: [{ type: 'raisePriority' }],
      targets: { resolution: 'P2D' },
    });
    const cleared = produce(edited, (d) => {
      setSlaProp(d, 0, 'when', '');
      setSlaProp(d, 0, 'onBreach', []);
    });
    expect(cleared.sla?.[0]).toEqual({ id: 'a', name: '', targets: { resolution: 'P2D' } });
    expect(run((d) => moveSlaPolicy(d, 1, -1)).sla?.map((p) => p.id)).toEqual(['b', 'a']);
    unchanged((d) => moveSlaPolicy(d, 0, -1));
    unchanged((d) => moveSlaPolicy(d, 1, 1));
    expect(run((d) => removeSlaPolicy(d, 0)).sla?.map((p) => p.id)).toEqual(['b']);
    unchanged((d) => setSlaProp(d, 5, 'name', 'x'));
    unchanged((d) => setSlaTarget(d, 5, 'response', 'PT1H'));
  });

  it('adds, edits and removes triggers and periodic automations, dropping an emptied list', () => {
    const added = run((d) => {
      addTrigger(d);
      addAutomation(d);
    });
    expect(added.triggers?.[1]).toEqual({
      id: 'trigger',
      name: 'Trigger 2',
      on: ['created'],
      actions: [],
    });
    const named = run((d) => {
      addTrigger(d, (n) => `触发器 ${n}`);
      addAutomation(d, (n) => `自动化 ${n}`);
    });
    expect([named.triggers?.[1]?.name, named.automations?.[0]?.name]).toEqual([
      '触发器 2',
      '自动化 1',
    ]);
    expect(added.automations).toEqual([
      {
        id: 'automation',
        name: 'Automation 1',
        every: 'PT1H',
        select: "$ticket.status = 'pending'",
        actions: [],
      },
    ]);
    const order = ['created', 'updated', 'action'] as const;
    const edited = run((d) => {
      setAutomationProp(d, 'triggers', 0, 'name', '');
      setAutomationProp(d, 'triggers', 0, 'when', 'priority = 1');
      setAutomationProp(d, 'triggers', 0, 'actions', [{ type: 'raisePriority' }]);
      setTriggerEvent(d, 0, 'action', true, order);
      setTriggerEvent(d, 0, 'updated', true, order);
      setTriggerEvent(d, 0, 'created', false, order);
    });
    expect(edited.triggers?.[0]).toEqual({
      id: 't',
      on: ['updated', 'action'],
      when: 'priority = 1',
      actions: [{ type: 'raisePriority' }],
    });
    expect(run((d) => removeAutomation(d, 'triggers', 0))).not.toHaveProperty('triggers');
    unchanged((d) => removeAutomation(d, 'automations', 0));
    unchanged((d) => setAutomationProp(d, 'automations', 0, 'every', 'PT1H'));
    unchanged((d) => setTriggerEvent(d, 0, 'created', true, order));
  });

  it('turns auto-close on and off', () => {
    const on = run((d) => setAutoClose(d, 'P7D'));
    expect(on.autoClose).toBe('P7D');
    expect(produce(on, (d) => setAutoClose(d, false))).not.toHaveProperty('autoClose');
    unchanged((d) => setAutoClose(d, false));
  });
});
