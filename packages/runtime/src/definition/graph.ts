import type { Issue } from '../errors/errors';
import { asList, asRecord, capitalize, issueFactory, nodeParams, pointer } from './issues';
import type { LocalizedText } from './definition.types';
import { firstText } from './localize';
import type { Loose } from './issues';

export interface GraphNode {
  index: number;
  id: string;
  type: string;
  raw: Loose;
}
export interface GraphEdge {
  index: number;
  id: string;
  from: string;
  to: string;
  raw: Loose;
}

/** The nodes and edges of a definition that have usable ids, indexed for graph checks. */
export interface Graph {
  nodes: GraphNode[];
  byId: Map<string, GraphNode>;
  edges: GraphEdge[];
  /** Edges between existing nodes, by source and by target. */
  out: Map<string, GraphEdge[]>;
  in: Map<string, GraphEdge[]>;
}

export function buildGraph(def: unknown): Graph {
  const root = asRecord(def);
  const nodes: GraphNode[] = [];
  const byId = new Map<string, GraphNode>();
  asList(root?.nodes).forEach((n, index) => {
    const raw = asRecord(n);
    if (!raw || typeof raw.id !== 'string' || typeof raw.type !== 'string') return;
    const node = { index, id: raw.id, type: raw.type, raw };
    nodes.push(node);
    if (!byId.has(node.id)) byId.set(node.id, node);
  });
  const edges: GraphEdge[] = [];
  const out = new Map<string, GraphEdge[]>(nodes.map((n) => [n.id, []]));
  const inc = new Map<string, GraphEdge[]>(nodes.map((n) => [n.id, []]));
  asList(root?.edges).forEach((e, index) => {
    const raw = asRecord(e);
    if (
      !raw ||
      typeof raw.id !== 'string' ||
      typeof raw.from !== 'string' ||
      typeof raw.to !== 'string'
    ) {
      return;
    }
    const edge = { index, id: raw.id, from: raw.from, to: raw.to, raw };
    edges.push(edge);
    if (byId.has(edge.from) && byId.has(edge.to)) {
      out.get(edge.from)?.push(edge);
      inc.get(edge.to)?.push(edge);
    }
  });
  return { nodes, byId, edges, out, in: inc };
}

const label = (node: GraphNode): string => {
  const text = node.raw.name;
  const shown = text && typeof text === 'object' ? firstText(text as LocalizedText) : text;
  const name = typeof shown === 'string' && shown !== node.id ? ` (${shown})` : '';
  return `${node.type === 'parallel' || node.type === 'exclusive' ? `${node.type} gateway` : node.type} "${node.id}"${name}`;
};
const Label = (node: GraphNode): string => capitalize(label(node));
export { label as nodeLabel, Label as NodeLabel };

/** Approval rejections that jump to a named node count as paths through the graph. */
function implicitEdges(graph: Graph): Array<{ from: string; to: string }> {
  const result: Array<{ from: string; to: string }> = [];
  for (const node of graph.nodes) {
    const approval = asRecord(node.raw.approval);
    if (
      approval?.onReject === 'node' &&
      typeof approval.rejectTo === 'string' &&
      graph.byId.has(approval.rejectTo)
    ) {
      result.push({ from: node.id, to: approval.rejectTo });
    }
  }
  return result;
}

/** Breadth-first distances from `starts` along `next` (the starts at 0). */
export function reach(starts: string[], next: (id: string) => string[]): Map<string, number> {
  const dist = new Map<string, number>();
  const queue = [...starts];
  starts.forEach((s) => dist.set(s, 0));
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const n of next(id)) {
      if (dist.has(n)) continue;
      dist.set(n, (dist.get(id) ?? 0) + 1);
      queue.push(n);
    }
  }
  return dist;
}

/** Ids, edge ends, start/end, reachability, parallel split/join matching and exclusive defaults. */
export function graphIssues(def: unknown, graph: Graph = buildGraph(def)): Issue[] {
  const make = issueFactory(def, 'error');
  const issues: Issue[] = [];

  const seenNodes = new Set<string>();
  for (const node of graph.nodes) {
    if (seenNodes.has(node.id)) {
      issues.push(
        make(
          pointer('nodes', node.index, 'id'),
          'DUPLICATE_NODE_ID',
          `Two nodes have the id "${node.id}"; give each node its own id.`,
          { params: { id: node.id } },
        ),
      );
    }
    seenNodes.add(node.id);
  }
  const seenEdges = new Set<string>();
  for (const edge of graph.edges) {
    if (seenEdges.has(edge.id)) {
      issues.push(
        make(
          pointer('edges', edge.index, 'id'),
          'DUPLICATE_EDGE_ID',
          `Two edges have the id "${edge.id}"; give each edge its own id.`,
          { params: { id: edge.id } },
        ),
      );
    }
    seenEdges.add(edge.id);
    for (const end of ['from', 'to'] as const) {
      if (!graph.byId.has(edge[end])) {
        issues.push(
          make(
            pointer('edges', edge.index, end),
            end === 'from' ? 'EDGE_SOURCE_UNKNOWN' : 'EDGE_TARGET_UNKNOWN',
            `Edge "${edge.id}" ${end === 'from' ? 'starts at' : 'leads to'} node "${edge[end]}", which does not exist; connect it to an existing node or delete it.`,
            { params: { edge: edge.id, target: edge[end] } },
          ),
        );
      }
    }
  }

  const starts = graph.nodes.filter((n) => n.type === 'start');
  const ends = graph.nodes.filter((n) => n.type === 'end');
  if (starts.length === 0) {
    issues.push(
      make('/nodes', 'START_MISSING', 'The workflow has no start node; add exactly one.', {
        params: {},
      }),
    );
  }
  for (const extra of starts.slice(1)) {
    issues.push(
      make(
        pointer('nodes', extra.index),
        'START_MULTIPLE',
        `The workflow has more than one start node; remove ${label(extra)} or turn it into another type.`,
        { params: nodeParams(extra) },
      ),
    );
  }
  if (ends.length === 0) {
    issues.push(
      make('/nodes', 'END_MISSING', 'The workflow has no end node; add at least one.', {
        params: {},
      }),
    );
  }
  for (const start of starts) {
    for (const edge of graph.in.get(start.id) ?? []) {
      issues.push(
        make(
          pointer('edges', edge.index, 'to'),
          'START_HAS_INCOMING',
          `Edge "${edge.id}" leads back into the start node; lead it to a step after the start instead.`,
          { params: { edge: edge.id } },
        ),
      );
    }
  }
  for (const end of ends) {
    for (const edge of graph.out.get(end.id) ?? []) {
      issues.push(
        make(
          pointer('edges', edge.index, 'from'),
          'END_HAS_OUTGOING',
          `Edge "${edge.id}" leaves end node "${end.id}"; nothing runs after an end node, so delete the edge or use another node type.`,
          { params: { edge: edge.id, ...nodeParams(end) } },
        ),
      );
    }
  }

  const extraOut = new Map<string, string[]>();
  const extraIn = new Map<string, string[]>();
  for (const e of implicitEdges(graph)) {
    extraOut.set(e.from, [...(extraOut.get(e.from) ?? []), e.to]);
    extraIn.set(e.to, [...(extraIn.get(e.to) ?? []), e.from]);
  }
  const successors = (id: string): string[] => [
    ...(graph.out.get(id) ?? []).map((e) => e.to),
    ...(extraOut.get(id) ?? []),
  ];
  const predecessors = (id: string): string[] => [
    ...(graph.in.get(id) ?? []).map((e) => e.from),
    ...(extraIn.get(id) ?? []),
  ];
  if (starts[0]) {
    const reached = reach([starts[0].id], successors);
    for (const node of graph.nodes) {
      if (!reached.has(node.id)) {
        issues.push(
          make(
            pointer('nodes', node.index),
            'NODE_UNREACHABLE',
            `${Label(node)} cannot be reached from the start; connect an edge to it or delete it.`,
            { params: nodeParams(node) },
          ),
        );
      }
    }
  }
  if (ends.length > 0) {
    const reaching = reach(
      ends.map((e) => e.id),
      predecessors,
    );
    for (const node of graph.nodes) {
      if (!reaching.has(node.id)) {
        issues.push(
          make(
            pointer('nodes', node.index),
            'NODE_CANNOT_REACH_END',
            `No path leads from ${label(node)} to an end node, so tickets there could never finish; add an edge towards an end.`,
            { params: nodeParams(node) },
          ),
        );
      }
    }
  }

  issues.push(...parallelIssues(def, graph));
  issues.push(...exclusiveIssues(def, graph));
  return issues;
}

function parallelIssues(def: unknown, graph: Graph): Issue[] {
  const make = issueFactory(def, 'error');
  const issues: Issue[] = [];
  const parallels = graph.nodes.filter((n) => n.type === 'parallel' && graph.byId.get(n.id) === n);
  const joins = parallels.filter((n) => (graph.in.get(n.id)?.length ?? 0) > 1);
  const matched = new Set<string>();
  const forward = (id: string): string[] => (graph.out.get(id) ?? []).map((e) => e.to);
  for (const split of parallels.filter((n) => (graph.out.get(n.id)?.length ?? 0) > 1)) {
    const branches = (graph.out.get(split.id) ?? []).map((e) => reach([e.to], forward));
    let best: { join: GraphNode; distance: number } | undefined;
    for (const join of joins) {
      if (join.id === split.id) continue;
      const distances = branches.map((b) => b.get(join.id));
      if (distances.some((d) => d === undefined)) continue;
      const distance = Math.max(...(distances as number[]));
      if (!best || distance < best.distance) best = { join, distance };
    }
    if (best) matched.add(best.join.id);
    else {
      issues.push(
        make(
          pointer('nodes', split.index),
          'PARALLEL_SPLIT_UNMATCHED',
          `The ${branches.length} branches of ${label(split)} never meet again; lead every branch into one parallel gateway (a join) before the workflow goes on.`,
          { params: { count: branches.length, ...nodeParams(split) } },
        ),
      );
    }
  }
  for (const join of joins) {
    if (matched.has(join.id)) continue;
    issues.push(
      make(
        pointer('nodes', join.index),
        'PARALLEL_JOIN_UNMATCHED',
        `${Label(join)} waits for ${graph.in.get(join.id)?.length ?? 0} incoming branches, but they do not all come from one parallel split, so it could wait forever; merge alternative paths with an exclusive gateway instead.`,
        { params: { count: graph.in.get(join.id)?.length ?? 0, ...nodeParams(join) } },
      ),
    );
  }
  return issues;
}

function exclusiveIssues(def: unknown, graph: Graph): Issue[] {
  const make = issueFactory(def, 'error');
  const issues: Issue[] = [];
  for (const node of graph.nodes.filter((n) => n.type === 'exclusive')) {
    const outgoing = graph.out.get(node.id) ?? [];
    // One way out: the gateway only merges paths, there is nothing to choose.
    if (outgoing.length <= 1) continue;
    const defaults = outgoing.filter((e) => e.raw.default === true);
    if (defaults.length === 0 && node.raw.exhaustive !== true) {
      issues.push(
        make(
          pointer('nodes', node.index),
          'EXCLUSIVE_DEFAULT_MISSING',
          `${Label(node)} has no default edge; mark one outgoing edge as default, or declare the gateway exhaustive if its conditions cover every case.`,
          { params: nodeParams(node) },
        ),
      );
    }
    for (const extra of defaults.slice(1)) {
      issues.push(
        make(
          pointer('edges', extra.index, 'default'),
          'EXCLUSIVE_MULTIPLE_DEFAULTS',
          `${Label(node)} has more than one default edge; keep "default" on one edge only.`,
          { params: nodeParams(node), nodeId: node.id, edgeId: extra.id },
        ),
      );
    }
    for (const edge of outgoing) {
      if (edge.raw.default === true || typeof edge.raw.when === 'string') continue;
      issues.push(
        make(
          pointer('edges', edge.index),
          'EXCLUSIVE_CONDITION_MISSING',
          `Edge "${edge.id}" leaves ${label(node)} without a condition; add a "when" expression or make it the default edge.`,
          { params: { edge: edge.id, ...nodeParams(node) }, nodeId: node.id, edgeId: edge.id },
        ),
      );
    }
  }
  return issues;
}
