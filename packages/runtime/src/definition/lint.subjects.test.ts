import type { Issue, WorkflowDefinition } from '../index';
import { lintDefinition, validateDefinition } from '../index';
import { changeRequestFixture } from './fixtures/change-request';

// Every finding inside a node or an edge names it (`nodeId` / `edgeId`), so a designer can mark
// it on the canvas. Deterministic companion of the property test in lint.test.ts: each finding
// kind that can sit at /nodes/N or /edges/N is provoked here on purpose.

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const node = (def: Loose, id: string): Loose => def.nodes.find((n: Loose) => n.id === id);
const edge = (def: Loose, id: string): Loose => def.edges.find((e: Loose) => e.id === id);

/** Targeted edits, each provoking node or edge findings a single broken value does not. */
const edits: Record<string, (def: Loose) => void> = {
  'duplicate node and edge ids': (def) => {
    def.nodes.push({ ...node(def, 'done') });
    def.edges.push({ ...edge(def, 'e12') });
  },
  'an edge out of an end and into the start': (def) => {
    def.edges.push({ id: 'x1', from: 'done', to: 'start' });
  },
  'two default edges, and one edge without a condition, at a gateway': (def) => {
    edge(def, 'e2').default = true;
    delete edge(def, 'e2').when;
    def.edges.push({ id: 'x2', from: 'triage', to: 'rejected' });
  },
  'a timed route without a default': (def) => {
    def.edges.push({ id: 'x3', from: 'wait', to: 'done', when: 'amount > 10' });
    edge(def, 'e11').when = 'amount <= 10';
  },
  'an unreachable quorum, a hidden required field, an approval open to the requester': (def) => {
    node(def, 'cab').approval = { mode: 'quorum', min: 5, onReject: 'node', rejectTo: 'rework' };
    node(def, 'cab').assign = { strategy: 'fixed', to: [{ user: 'ann' }] };
    node(def, 'prepare').fields.window = 'hidden';
    node(def, 'prepare').requireReason = ['cancel'];
  },
  'an edge condition that does not parse, and one naming an unknown field': (def) => {
    edge(def, 'e2').when = "risk = 'high' and";
    edge(def, 'e4').when = "nosuch = 'x'";
  },
  'a subworkflow that starts itself, a timer on a text field, no OLA': (def) => {
    node(def, 'ci').subworkflow.key = def.key;
    node(def, 'wait').timer = { untilField: 'summary' };
    delete node(def, 'prepare').ola;
    delete def.sla;
  },
  'day durations on a working-time calendar': (def) => {
    node(def, 'prepare').ola = { target: 'P1DT4H', calendar: 'business' };
    node(def, 'wait').timer = { duration: 'P2D', calendar: 'business' };
  },
  'a step named in one language of two': (def) => {
    def.locales = ['en', 'zh-CN'];
    node(def, 'rework').name = { en: 'Rework' };
  },
  'settings of the wrong shape': (def) => {
    node(def, 'prepare').ola = { target: 'eight hours', warnAt: [150] };
    node(def, 'rework').colour = 'red';
  },
  'steps with nothing to do and no way on': (def) => {
    node(def, 'rework').actions = [];
    node(def, 'prepare').actions = ['comment', 'comment'];
    def.edges = def.edges.filter((e: Loose) => e.id !== 'e12');
  },
};

/** The finding kinds this test provokes inside nodes and edges. */
const KINDS = [
  'APPROVAL_ACTIONS_MISSING',
  'APPROVAL_NO_REJECT_PATH',
  'APPROVAL_REJECT_TO_MISSING',
  'APPROVAL_REJECT_TO_UNKNOWN',
  'APPROVAL_REQUESTER_ONLY',
  'DUPLICATE_EDGE_ID',
  'DUPLICATE_NODE_ID',
  'DURATION_DAYS_ON_CALENDAR',
  'EDGE_SOURCE_UNKNOWN',
  'EDGE_TARGET_UNKNOWN',
  'END_HAS_OUTGOING',
  'EXCLUSIVE_CONDITION_MISSING',
  'EXCLUSIVE_DEFAULT_MISSING',
  'EXCLUSIVE_MULTIPLE_DEFAULTS',
  'EXCLUSIVE_SINGLE_EDGE',
  'EXPRESSION_INVALID',
  'FIELD_UNKNOWN',
  'NODE_CANNOT_REACH_END',
  'NODE_NO_ACTIONS',
  'NODE_NO_NAME',
  'NODE_NO_SLA',
  'NODE_UNASSIGNABLE',
  'NODE_UNREACHABLE',
  'PARALLEL_JOIN_UNMATCHED',
  'PARALLEL_SPLIT_UNMATCHED',
  'QUORUM_THRESHOLD_MISSING',
  'QUORUM_UNREACHABLE',
  'ROUTE_AMBIGUOUS',
  'ROUTE_DEFAULT_MISSING',
  'SCHEMA_DUPLICATE_ITEMS',
  'SCHEMA_INVALID_FORMAT',
  'SCHEMA_INVALID_LENGTH',
  'SCHEMA_INVALID_TYPE',
  'SCHEMA_INVALID_VALUE',
  'SCHEMA_OUT_OF_RANGE',
  'SCHEMA_REQUIRED',
  'SCHEMA_UNKNOWN_PROPERTY',
  'SETTING_IGNORED',
  'START_HAS_INCOMING',
  'SUBWORKFLOW_SELF',
  'TEXT_LOCALE_MISSING',
  'TIMER_FIELD_NOT_DATE',
  'TIMER_WAIT_MISSING',
];

function subjectsOf(def: Loose): Issue[] {
  const issues = [
    ...validateDefinition(def).issues,
    ...lintDefinition(def as unknown as WorkflowDefinition, {
      calendars: {
        business: {
          timeZone: 'Europe/Paris',
          week: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
        },
      },
    }),
  ];
  return issues.filter((i) => /^\/(nodes|edges)\/\d+(\/|$)/.test(i.path));
}

function expectSubjects(def: Loose, issues: Issue[], label: string): void {
  for (const issue of issues) {
    const [, list, index] = issue.path.split('/');
    const entry: unknown = def[list!]?.[Number(index)];
    const id = entry && !Array.isArray(entry) ? (entry as Loose).id : undefined;
    if (typeof id !== 'string') continue;
    expect(
      issue[list === 'nodes' ? 'nodeId' : 'edgeId'],
      `${label}: ${issue.code} ${issue.path}`,
    ).toBe(id);
  }
}

/** Every place inside the nodes and edges of the fixture. */
function places(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      places(v, [...prefix, k], out);
    }
  }
  return out;
}

describe('findings inside nodes and edges', () => {
  it('name their node or edge, for each kind of finding', () => {
    const seen = new Set<string>();
    for (const [label, edit] of Object.entries(edits)) {
      const def = changeRequestFixture() as unknown as Loose;
      edit(def);
      const issues = subjectsOf(def);
      expectSubjects(def, issues, label);
      for (const issue of issues) seen.add(issue.code);
    }
    // Each setting of each node and edge, removed on its own.
    const fixture = changeRequestFixture() as unknown as Loose;
    const inside = places({ nodes: fixture.nodes, edges: fixture.edges });
    for (const path of inside) {
      for (const value of [undefined]) {
        const def = changeRequestFixture() as unknown as Loose;
        const owner = path.slice(0, -1).reduce<Loose>((o, k) => o[k], def);
        owner[path[path.length - 1]!] = structuredClone(value);
        const issues = subjectsOf(def);
        expectSubjects(def, issues, `${path.join('/')} = ${JSON.stringify(value)}`);
        for (const issue of issues) seen.add(issue.code);
      }
    }
    expect([...seen].sort()).toEqual([...KINDS].sort());
  });
});
