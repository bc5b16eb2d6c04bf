import type { WorkflowDefinition } from '@deskkit/runtime';
import { produce } from 'immer';
import {
  setActionAllowed,
  setAllowRequester,
  setApprovalMode,
  setApprovalProp,
  setAssignment,
  setCustomActions,
  setDefaultEdge,
  setEdgeEnd,
  setEdgeProp,
  setEndStatus,
  setExhaustive,
  setOlaEnabled,
  setOlaProp,
  setOnReject,
  setStepAutomation,
  setStepProp,
  setSubworkflowProp,
  setTimerProp,
} from './stepEdits';

const def = (): WorkflowDefinition => ({
  schemaVersion: 1,
  key: 'k',
  name: 'n',
  form: { schema: { type: 'object', properties: {} } },
  nodes: [
    { id: 'start', type: 'start' },
    { id: 'work', type: 'task', name: 'Work' },
    { id: 'ok', type: 'approval', approval: { mode: 'quorum', min: 2, ratio: 0.5 } },
    { id: 'gate', type: 'exclusive' },
    { id: 'auto', type: 'automation', automation: { actions: [] } },
    { id: 'child', type: 'subworkflow', subworkflow: { key: 'c', version: 2 } },
    { id: 'wait', type: 'timer', timer: {} },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'a', from: 'gate', to: 'work', default: true },
    { id: 'b', from: 'gate', to: 'end', when: "priority = 'high'" },
    { id: 'c', from: 'ok', to: 'end', label: 'Done' },
  ],
});

type Recipe = (d: WorkflowDefinition) => void;

/** Runs a command; checks the input is untouched and steps it did not edit keep their identity. */
function run(recipe: Recipe, touched: readonly string[] = []): WorkflowDefinition {
  const before = def();
  const copy = structuredClone(before);
  const next = produce(before, recipe);
  expect(before).toEqual(copy);
  before.nodes.forEach((n, i) => {
    if (!touched.includes(n.id)) expect(next.nodes[i]).toBe(n);
  });
  before.edges.forEach((e, i) => {
    if (!touched.includes(e.id)) expect(next.edges[i]).toBe(e);
  });
  return next;
}
const node = (d: WorkflowDefinition, id: string) =>
  d.nodes.find((n) => n.id === id) as unknown as Record<string, unknown>;

/** A command on a missing step, or a step of another type, changes nothing. */
function unchanged(recipe: Recipe): void {
  const before = def();
  expect(produce(before, recipe)).toBe(before);
}

describe('step edits', () => {
  it('sets and removes a step’s name, description and customer-facing flag', () => {
    const named = run((d) => setStepProp(d, 'work', 'name', 'Fix'), ['work']);
    expect(node(named, 'work')).toMatchObject({ name: 'Fix' });
    const cleared = run((d) => setStepProp(d, 'work', 'name', ''), ['work']);
    expect(node(cleared, 'work')).not.toHaveProperty('name');
    const facing = run((d) => setStepProp(d, 'work', 'customerFacing', true), ['work']);
    expect(node(facing, 'work')).toMatchObject({ customerFacing: true });
    const off = produce(facing, (d) => setStepProp(d, 'work', 'customerFacing', false));
    expect(node(off, 'work')).not.toHaveProperty('customerFacing');
    unchanged((d) => setStepProp(d, 'missing', 'name', 'x'));
    unchanged((d) => setStepProp(d, 'start', 'description', undefined));
  });

  it('sets an end status and a decision’s exhaustiveness, only on their types', () => {
    expect(
      node(
        run((d) => setEndStatus(d, 'end', 'closed'), ['end']),
        'end',
      ),
    ).toMatchObject({
      status: 'closed',
    });
    unchanged((d) => setEndStatus(d, 'end', undefined));
    unchanged((d) => setEndStatus(d, 'work', 'closed'));
    expect(
      node(
        run((d) => setExhaustive(d, 'gate', true), ['gate']),
        'gate',
      ),
    ).toMatchObject({
      exhaustive: true,
    });
    unchanged((d) => setExhaustive(d, 'gate', false));
    unchanged((d) => setExhaustive(d, 'work', true));
  });

  it('sets an automation step’s actions', () => {
    const actions = [{ type: 'comment' as const, text: 'hi' }];
    const next = run((d) => setStepAutomation(d, 'auto', actions), ['auto']);
    expect(node(next, 'auto')).toMatchObject({ automation: { actions } });
    unchanged((d) => setStepAutomation(d, 'work', actions));
  });

  it('edits an assignment, creating it as claim', () => {
    const field = run((d) => setAssignment(d, 'work', 'field', 'owner'), ['work']);
    expect(node(field, 'work')).toMatchObject({ assign: { strategy: 'claim', field: 'owner' } });
    const rota = run((d) => setAssignment(d, 'ok', 'strategy', 'onCall'), ['ok']);
    expect(node(rota, 'ok')).toMatchObject({ assign: { strategy: 'onCall' } });
    const back = produce(rota, (d) => setAssignment(d, 'ok', 'strategy', undefined));
    expect(node(back, 'ok')).toMatchObject({ assign: { strategy: 'claim' } });
    const to = [{ role: 'agent' }];
    expect(
      node(
        run((d) => setAssignment(d, 'work', 'to', to), ['work']),
        'work',
      ),
    ).toMatchObject({
      assign: { to },
    });
    unchanged((d) => setAssignment(d, 'gate', 'field', 'x'));
  });

  it('edits an approval: leaving quorum drops its numbers, leaving node drops rejectTo', () => {
    const single = run((d) => setApprovalMode(d, 'ok', 'single'), ['ok']);
    expect(node(single, 'ok')).toMatchObject({ approval: { mode: 'single' } });
    expect(node(single, 'ok')).not.toHaveProperty('approval.min');
    const back = run((d) => setOnReject(d, 'ok', 'node'), ['ok']);
    const target = produce(back, (d) => setApprovalProp(d, 'ok', 'rejectTo', 'work'));
    expect(node(target, 'ok')).toMatchObject({ approval: { onReject: 'node', rejectTo: 'work' } });
    const end = produce(target, (d) => setOnReject(d, 'ok', undefined));
    expect(node(end, 'ok')).toMatchObject({ approval: { onReject: 'end' } });
    expect(node(end, 'ok')).not.toHaveProperty('approval.rejectTo');
    const noMin = run((d) => setApprovalProp(d, 'ok', 'min', undefined), ['ok']);
    expect(node(noMin, 'ok')).not.toHaveProperty('approval.min');
    const fallback = [{ user: 'boss' }];
    const fb = run((d) => setApprovalProp(d, 'ok', 'fallback', fallback), ['ok']);
    expect(node(fb, 'ok')).toMatchObject({ approval: { fallback } });
    const noFb = produce(fb, (d) => setApprovalProp(d, 'ok', 'fallback', []));
    expect(node(noFb, 'ok')).not.toHaveProperty('approval.fallback');
    const allow = run((d) => setAllowRequester(d, 'ok', true), ['ok']);
    expect(node(allow, 'ok')).toMatchObject({ allowRequester: true });
    unchanged((d) => setAllowRequester(d, 'ok', false));
    unchanged((d) => setApprovalMode(d, 'work', 'all'));
    unchanged((d) => setAllowRequester(d, 'work', true));
  });

  it('turns an explicit action list on and off, keeping the runtime’s order', () => {
    const on = run((d) => setCustomActions(d, 'ok', true), ['ok']);
    expect(node(on, 'ok')).toMatchObject({ actions: ['approve', 'reject', 'comment'] });
    const task = run((d) => setCustomActions(d, 'work', true), ['work']);
    expect(node(task, 'work')).toMatchObject({ actions: ['submit', 'comment'] });
    const fewer = produce(task, (d) => setActionAllowed(d, 'work', 'submit', false));
    const more = produce(fewer, (d) => setActionAllowed(d, 'work', 'submit', true));
    expect(node(fewer, 'work')).toMatchObject({ actions: ['comment'] });
    expect(node(more, 'work')).toMatchObject({ actions: ['submit', 'comment'] });
    expect(
      node(
        produce(on, (d) => setCustomActions(d, 'ok', false)),
        'ok',
      ),
    ).not.toHaveProperty('actions');
    unchanged((d) => setCustomActions(d, 'work', false));
    unchanged((d) => setActionAllowed(d, 'missing', 'submit', true));
  });

  it('gives a step an OLA and edits it; emptied action lists go, the target stays', () => {
    const on = run((d) => setOlaEnabled(d, 'work', true), ['work']);
    expect(node(on, 'work')).toMatchObject({ ola: { target: 'PT8H' } });
    const edited = produce(on, (d) => {
      setOlaProp(d, 'work', 'target', 'PT4H');
      setOlaProp(d, 'work', 'calendar', 'office');
      setOlaProp(d, 'work', 'warnAt', [50, 80]);
      setOlaProp(d, 'work', 'onBreach', [{ type: 'raisePriority' }]);
    });
    expect(node(edited, 'work')).toMatchObject({
      ola: {
        target: 'PT4H',
        calendar: 'office',
        warnAt: [50, 80],
        onBreach: [{ type: 'raisePriority' }],
      },
    });
    const emptied = produce(edited, (d) => {
      setOlaProp(d, 'work', 'calendar', '');
      setOlaProp(d, 'work', 'onBreach', []);
      setOlaProp(d, 'work', 'target', undefined);
    });
    expect(node(emptied, 'work').ola).toEqual({ target: '', warnAt: [50, 80] });
    expect(
      node(
        produce(edited, (d) => setOlaEnabled(d, 'work', false)),
        'work',
      ),
    ).not.toHaveProperty('ola');
    unchanged((d) => setOlaEnabled(d, 'work', false));
    unchanged((d) => setOlaProp(d, 'missing', 'target', 'PT1H'));
  });

  it('edits a sub-workflow step and a timer step, only on their types', () => {
    const sub = run(
      (d) => {
        setSubworkflowProp(d, 'child', 'key', 'other');
        setSubworkflowProp(d, 'child', 'version', undefined);
        setSubworkflowProp(d, 'child', 'inputs', { a: 'b' });
      },
      ['child'],
    );
    expect(node(sub, 'child').subworkflow).toEqual({
      key: 'other',
      inputs: { a: 'b' },
    });
    unchanged((d) => setSubworkflowProp(d, 'work', 'key', 'x'));
    const timer = run((d) => setTimerProp(d, 'wait', 'duration', 'PT1H'), ['wait']);
    expect(node(timer, 'wait')).toMatchObject({ timer: { duration: 'PT1H' } });
    const cleared = produce(timer, (d) => setTimerProp(d, 'wait', 'duration', ''));
    expect(node(cleared, 'wait').timer).toEqual({});
    unchanged((d) => setTimerProp(d, 'work', 'calendar', 'x'));
  });
});

describe('edge edits', () => {
  it('moves an end, sets and clears label, outcome and condition', () => {
    const moved = run((d) => setEdgeEnd(d, 'c', 'to', 'work'), ['c']);
    expect(moved.edges[2]).toEqual({ id: 'c', from: 'ok', to: 'work', label: 'Done' });
    unchanged((d) => setEdgeEnd(d, 'c', 'to', ''));
    unchanged((d) => setEdgeEnd(d, 'missing', 'to', 'work'));
    const edited = run(
      (d) => {
        setEdgeProp(d, 'c', 'label', '');
        setEdgeProp(d, 'c', 'outcome', 'rejected');
        setEdgeProp(d, 'b', 'when', undefined);
      },
      ['b', 'c'],
    );
    expect(edited.edges[2]).toEqual({ id: 'c', from: 'ok', to: 'end', outcome: 'rejected' });
    expect(edited.edges[1]).toEqual({ id: 'b', from: 'gate', to: 'end' });
    unchanged((d) => setEdgeProp(d, 'a', 'label', undefined));
  });

  it('keeps one default branch per decision', () => {
    // The other decision's edge `c` keeps its identity (checked by run).
    const next = run((d) => setDefaultEdge(d, 'b', true), ['a', 'b']);
    expect(next.edges.map((e) => e.default)).toEqual([undefined, true, undefined]);
    const none = produce(next, (d) => setDefaultEdge(d, 'b', false));
    expect(none.edges.some((e) => e.default)).toBe(false);
    unchanged((d) => setDefaultEdge(d, 'a', true));
    unchanged((d) => setDefaultEdge(d, 'missing', true));
  });
});
