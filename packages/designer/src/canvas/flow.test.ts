import type { Issue } from '@deskkit/runtime';
import { brokenDefinition } from '../fixtures/definitions';
import { checkDefinition } from '../issues/validation';
import { defaultNodeKinds } from '../model/nodeKinds';
import { groupIssues, syncEdges, syncNodes } from './flow';

const at = () => ({ x: 0, y: 0 });
const label = () => '';

describe('issue markers on the canvas', () => {
  it('gives each node and edge the issues that name it, and keeps unchanged groups', () => {
    const def = brokenDefinition();
    const { issues } = checkDefinition(def);
    const grouped = groupIssues(issues, new Map());
    const nodes = syncNodes(def.nodes, [], grouped, defaultNodeKinds, at, label);
    const edges = syncEdges(def.edges, def.nodes, [], grouped);
    const codes = (list: readonly Issue[] | undefined) => (list ?? []).map((i) => i.code);
    expect(codes(nodes.find((n) => n.id === 'cab')?.data.issues)).toEqual([
      'QUORUM_THRESHOLD_MISSING',
    ]);
    expect(codes(edges.find((e) => e.id === 'e-normal')?.data?.issues)).toEqual([
      'EXPRESSION_INVALID',
    ]);
    expect(nodes.find((n) => n.id === 'start')?.data.issues).toEqual([]);

    // Re-validating with the same result keeps every node and edge object: nothing re-renders.
    const again = groupIssues(checkDefinition(def).issues, grouped);
    expect(syncNodes(def.nodes, nodes, again, defaultNodeKinds, at, label)).toBe(nodes);
    expect(syncEdges(def.edges, def.nodes, edges, again)).toBe(edges);
  });

  it('uses the nodeId / edgeId a lint issue carries even when its path is elsewhere', () => {
    const def = brokenDefinition();
    const lint: Issue[] = [
      { severity: 'warning', code: 'X', message: 'about a step', path: '/sla/0', nodeId: 'assess' },
      {
        severity: 'warning',
        code: 'Y',
        message: 'about an edge',
        path: '/form',
        edgeId: 'e-start',
      },
    ];
    const grouped = groupIssues(lint, new Map());
    const nodes = syncNodes(def.nodes, [], grouped, defaultNodeKinds, at, label);
    const edges = syncEdges(def.edges, def.nodes, [], grouped);
    expect(nodes.find((n) => n.id === 'assess')?.data.issues?.map((i) => i.code)).toEqual(['X']);
    expect(edges.find((e) => e.id === 'e-start')?.data?.issues?.map((i) => i.code)).toEqual(['Y']);
  });
});
