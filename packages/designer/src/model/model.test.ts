import { produce } from 'immer';
import { emptyDefinition, itsmChangeDefinition } from '../fixtures/definitions';
import type { WorkflowDefinition } from '@deskkit/runtime';
import { createEditHistory } from '@deskkit/forms';
import {
  addNode,
  applyLayout,
  assignChanged,
  connect,
  connectionProblem,
  connectionTargets,
  deleteElements,
  moveNodes,
  reconnect,
  renameNode,
  setFieldPermission,
} from './edits';
import { copyFragment, pasteFragment } from './clipboard';
import { DefinitionImportError, parseDefinitionJson } from './importJson';
import { layoutDefinition } from './layout';
import { defaultNodeKinds } from './nodeKinds';

describe('definition edits', () => {
  it('adds nodes with unique ids and connects them, refusing impossible connections', () => {
    const def = produce(emptyDefinition(), (d) => {
      addNode(d, defaultNodeKinds.start, 'Start', { x: 0, y: 0 });
      addNode(d, defaultNodeKinds.task, 'Task', { x: 10.4, y: 20.6 });
      addNode(d, defaultNodeKinds.task, 'Task', { x: 0, y: 0 });
      addNode(d, defaultNodeKinds.end, 'End', { x: 0, y: 0 });
    });
    expect(def.nodes.map((n) => n.id)).toEqual(['start', 'task', 'task-2', 'end']);
    expect(def.nodes[1]!.position).toEqual({ x: 10, y: 21 });
    expect(connectionProblem(def, 'task', 'task')).toBe('self');
    expect(connectionProblem(def, 'end', 'task')).toBe('fromEnd');
    expect(connectionProblem(def, 'task', 'start')).toBe('toStart');
    const next = produce(def, (d) => {
      expect(connect(d, 'start', 'task')).toBe('start-task');
      expect(connect(d, 'start', 'task')).toBeNull();
    });
    expect(connectionProblem(next, 'start', 'task')).toBe('duplicate');
  });

  it('lists the steps an edge may go to: exactly those connectionProblem allows, per outcome', () => {
    const def = itsmChangeDefinition();
    for (const from of def.nodes) {
      for (const outcome of [undefined, 'approved', 'rejected'] as const) {
        const allowed = def.nodes.filter(
          (n) => connectionProblem(def, from.id, n.id, outcome) === null,
        );
        expect(connectionTargets(def, from.id, outcome).map((n) => n.id)).toEqual(
          allowed.map((n) => n.id),
        );
      }
    }
    expect(connectionTargets(def, 'nowhere')).toEqual([]);
    const cab = def.edges.find((e) => e.from === 'cab' && e.outcome === 'approved');
    expect(cab).toBeDefined();
    expect(connectionTargets(def, 'cab', 'approved').map((n) => n.id)).not.toContain(cab?.to);
  });

  it('deletes nodes with their edges and renames a node everywhere it is referenced', () => {
    const def = itsmChangeDefinition();
    const cut = produce(def, (d) => deleteElements(d, new Set(['cab']), new Set(['e-start'])));
    expect(cut.nodes.some((n) => n.id === 'cab')).toBe(false);
    expect(cut.edges.some((e) => e.from === 'cab' || e.to === 'cab' || e.id === 'e-start')).toBe(
      false,
    );
    const renamed = produce(def, (d) => void renameNode(d, 'assess', 'triage'));
    expect(renamed.edges.filter((e) => e.from === 'triage' || e.to === 'triage')).toHaveLength(2);
    expect(produce(def, (d) => void renameNode(d, 'assess', 'cab'))).toBe(def);
  });

  it('stores field permissions explicitly, read included', () => {
    const def = produce(itsmChangeDefinition(), (d) => {
      setFieldPermission(d, 'start', 'summary', 'read');
      setFieldPermission(d, 'cab', 'risk', 'hidden');
    });
    expect(def.nodes.find((n) => n.id === 'start')?.fields?.summary).toBe('read');
    expect(def.nodes.find((n) => n.id === 'cab')?.fields?.risk).toBe('hidden');
  });

  it('pastes a copied fragment with fresh ids, its inner edges and an offset', () => {
    const def = itsmChangeDefinition();
    const fragment = copyFragment(def, new Set(['cab', 'rejected']));
    expect(fragment.edges.map((e) => e.id)).toEqual(['e-cab-no']);
    let added: string[] = [];
    const next = produce(def, (d) => void (added = pasteFragment(d, fragment, { x: 40, y: 40 })));
    expect(added).toEqual(['cab-2', 'rejected-2']);
    expect(next.edges.at(-1)).toMatchObject({
      from: 'cab-2',
      to: 'rejected-2',
      outcome: 'rejected',
    });
    expect(next.nodes.find((n) => n.id === 'cab-2')?.position).toEqual({ x: 570, y: 140 });
  });
});

describe('undo/redo history (the one of @deskkit/forms)', () => {
  it('undoes and redoes edits, merges typing, and restarts when the host replaces the value', () => {
    const seen: string[] = [];
    const store = createEditHistory(emptyDefinition());
    store.setOnChange((d) => seen.push(d.name));
    store.edit((d) => void (d.name = 'A'), 'name');
    store.edit((d) => void (d.name = 'AB'), 'name');
    store.edit((d) => void (d.key = 'k'));
    expect(store.getSnapshot()).toEqual({ canUndo: true, canRedo: false });
    store.undo();
    expect(store.current().key).toBe('new-workflow');
    store.undo();
    expect(store.current().name).toBe('New workflow');
    store.redo();
    expect(store.current().name).toBe('AB');
    expect(seen).toEqual(['A', 'AB', 'AB', 'AB', 'New workflow', 'AB']);
    store.sync(itsmChangeDefinition());
    expect(store.getSnapshot()).toEqual({ canUndo: false, canRedo: false });
  });
});

describe('parseDefinitionJson', () => {
  it('names what is wrong and where', () => {
    const fail = (text: string) => {
      try {
        parseDefinitionJson(text);
      } catch (e) {
        expect(e).toBeInstanceOf(DefinitionImportError);
        return e as DefinitionImportError;
      }
      throw new Error('expected an error');
    };
    expect(fail('{').code).toBe('INVALID_JSON');
    expect(fail('[]')).toMatchObject({
      code: 'NOT_AN_OBJECT',
      message: expect.stringContaining('an array'),
    });
    expect(fail('{"nodes": [], "edges": []}')).toMatchObject({
      code: 'MISSING_KEY',
      path: '/form',
    });
    expect(fail('{"form": {}, "nodes": [{"id": 1}], "edges": []}')).toMatchObject({
      code: 'BAD_NODE',
      path: '/nodes/0',
    });
    expect(fail('{"form": {}, "nodes": [], "edges": [{"id": "e"}]}')).toMatchObject({
      code: 'BAD_EDGE',
      path: '/edges/0',
    });
    const def = itsmChangeDefinition();
    expect(parseDefinitionJson(JSON.stringify(def))).toEqual(def);
  });
});

describe('layoutDefinition', () => {
  it('lays the graph out left to right with dagre, without overlaps', () => {
    const def = itsmChangeDefinition();
    const pos = layoutDefinition(def, defaultNodeKinds);
    expect(pos.size).toBe(def.nodes.length);
    expect(pos.get('start')!.x).toBeLessThan(pos.get('assess')!.x);
    expect(pos.get('assess')!.x).toBeLessThan(pos.get('route')!.x);
    const boxes = def.nodes.map((n) => ({
      ...pos.get(n.id)!,
      w: defaultNodeKinds[n.type].width,
      h: defaultNodeKinds[n.type].height,
    }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
    }
  });
});

describe('canvas edits as pure recipes', () => {
  const def = (): WorkflowDefinition => ({
    schemaVersion: 1,
    key: 'k',
    name: 'n',
    form: { schema: { type: 'object', properties: {} } },
    nodes: [
      { id: 'start', type: 'start', position: { x: 0, y: 0 } },
      { id: 'ok', type: 'approval', approval: { mode: 'single' }, position: { x: 10, y: 0 } },
      { id: 'end', type: 'end' },
    ],
    edges: [{ id: 'e1', from: 'start', to: 'ok' }],
  });

  it('moves only the nodes whose position changed, without touching the input', () => {
    const before = def();
    const next = produce(before, (d) =>
      moveNodes(
        d,
        new Map([
          ['ok', { x: 20, y: 5 }],
          ['start', { x: 0, y: 0 }],
        ]),
      ),
    );
    expect(next.nodes[1]?.position).toEqual({ x: 20, y: 5 });
    expect(next.nodes[0]).toBe(before.nodes[0]);
    expect(before.nodes[1]?.position).toEqual({ x: 10, y: 0 });
  });

  it('reconnects an edge, its outcome following the handle', () => {
    const withOutcome = produce(
      def(),
      (d) => void d.edges.push({ id: 'e2', from: 'ok', to: 'end' }),
    );
    const rejected = produce(withOutcome, (d) => reconnect(d, 'e2', 'ok', 'end', 'rejected'));
    expect(rejected.edges[1]).toEqual({ id: 'e2', from: 'ok', to: 'end', outcome: 'rejected' });
    const moved = produce(rejected, (d) => reconnect(d, 'e2', 'start', 'end', undefined));
    expect(moved.edges[1]).toEqual({ id: 'e2', from: 'start', to: 'end' });
  });

  it('applies a layout, and replaces only the changed top-level keys', () => {
    const before = def();
    const laid = produce(before, (d) => applyLayout(d, new Map([['end', { x: 99, y: 1 }]])));
    expect(laid.nodes[2]?.position).toEqual({ x: 99, y: 1 });
    expect(laid.nodes[0]?.position).toEqual({ x: 0, y: 0 });
    const renamed = { ...before, name: { en: 'Laptop', zh: '笔记本' } };
    const next = produce(before, (d) => assignChanged(d, renamed));
    expect(next.name).toEqual({ en: 'Laptop', zh: '笔记本' });
    expect(next.nodes).toBe(before.nodes);
  });
});
