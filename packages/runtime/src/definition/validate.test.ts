import type { Issue, WorkflowDefinition } from '../index';
import {
  DefinitionError,
  assertValidDefinition,
  externalReferences,
  safeFormValidator,
  subworkflowKeys,
  validateDefinition,
} from '../index';
import { changeRequestFixture } from './fixtures/change-request';

type Mutable = WorkflowDefinition & Record<string, unknown>;

function broken(change: (def: Mutable) => void): Issue[] {
  const def = changeRequestFixture() as Mutable;
  change(def);
  return validateDefinition(def).issues;
}

const codesAt = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.path}`);

describe('validateDefinition', () => {
  it('accepts a realistic definition using every node type', () => {
    expect(validateDefinition(changeRequestFixture())).toEqual({ ok: true, issues: [] });
  });

  it('rejects what is not an object', () => {
    expect(validateDefinition(42).issues[0]?.code).toBe('SCHEMA_INVALID_TYPE');
  });

  it('reports schema violations with paths, node ids and actionable messages', () => {
    const issues = broken((def) => {
      def.schemaVersion = 2 as 1;
      (def.nodes[2] as unknown as Record<string, unknown>).approval = { mode: 'majority' };
      (def.nodes[1] as unknown as Record<string, unknown>).colour = 'red';
      (def.edges[0] as unknown as Record<string, unknown>).to = 7;
      def.autoClose = '7 days';
      delete (def as Partial<Mutable>).name;
    });
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        'SCHEMA_INVALID_VALUE /schemaVersion',
        'SCHEMA_INVALID_VALUE /nodes/2/approval/mode',
        'SCHEMA_UNKNOWN_PROPERTY /nodes/1/colour',
        'SCHEMA_INVALID_TYPE /edges/0/to',
        'SCHEMA_INVALID_FORMAT /autoClose',
        'SCHEMA_REQUIRED /name',
      ]),
    );
    const mode = issues.find((i) => i.path === '/nodes/2/approval/mode');
    expect(mode).toMatchObject({ nodeId: 'cab', severity: 'error' });
    expect(mode?.message).toBe(
      '"approval.mode" of node "cab" (CAB review) must be one of "single", "all", "any", "sequential", "quorum".',
    );
    expect(issues.find((i) => i.path === '/autoClose')?.message).toBe(
      '"autoClose" must be an ISO 8601 duration such as PT4H, P2D or P1DT12H.',
    );
    expect(issues.find((i) => i.path === '/nodes/1/colour')?.message).toMatch(
      /has an unknown property "colour"; remove it or correct its spelling/,
    );
    expect(issues.find((i) => i.path === '/edges/0/to')?.edgeId).toBe('e1');
  });

  it('requires the settings of each node type', () => {
    const issues = broken((def) => {
      delete (def.nodes[2] as unknown as Partial<Record<string, unknown>>).approval;
      (def.nodes[3] as unknown as Record<string, unknown>).assign = { strategy: 'field' };
    });
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        'SCHEMA_REQUIRED /nodes/2/approval',
        'SCHEMA_REQUIRED /nodes/3/assign/field',
      ]),
    );
  });

  it('reports duplicate ids and edges to missing nodes', () => {
    const issues = broken((def) => {
      def.nodes[4] = { ...def.nodes[4], id: 'prepare' } as WorkflowDefinition['nodes'][number];
      def.edges[1] = { ...def.edges[1]!, id: 'e1', to: 'nowhere' };
    });
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        'DUPLICATE_NODE_ID /nodes/5/id',
        'DUPLICATE_EDGE_ID /edges/1/id',
        'EDGE_TARGET_UNKNOWN /edges/1/to',
      ]),
    );
  });

  it('needs exactly one start and at least one end', () => {
    const noEnds = broken((def) => {
      def.nodes = def.nodes.filter((n) => n.type !== 'end');
      def.edges = def.edges.filter((e) => !['done', 'rejected'].includes(e.to));
      def.nodes.push({ id: 'start2', type: 'start' });
    });
    expect(codesAt(noEnds)).toEqual(
      expect.arrayContaining(['END_MISSING /nodes', 'START_MULTIPLE /nodes/11']),
    );
    const noStart = broken((def) => {
      def.nodes = def.nodes.filter((n) => n.type !== 'start');
      def.edges = def.edges.filter((e) => e.from !== 'start');
    });
    expect(codesAt(noStart)).toContain('START_MISSING /nodes');
  });

  it('finds unreachable nodes and nodes that cannot reach an end', () => {
    const issues = broken((def) => {
      def.nodes.push({ id: 'orphan', type: 'task', name: 'Orphan' });
      def.edges = def.edges.filter((e) => e.id !== 'e12');
    });
    const orphan = issues.find((i) => i.code === 'NODE_UNREACHABLE' && i.nodeId === 'orphan');
    expect(orphan).toMatchObject({ path: '/nodes/13', nodeId: 'orphan' });
    expect(orphan?.message).toBe(
      'Task "orphan" (Orphan) cannot be reached from the start; connect an edge to it or delete it.',
    );
    expect(issues.filter((i) => i.code === 'NODE_CANNOT_REACH_END').map((i) => i.nodeId)).toEqual(
      expect.arrayContaining(['notify', 'wait', 'join', 'orphan']),
    );
  });

  it('counts a rejection to a named node as a path to it', () => {
    const issues = broken((def) => {
      def.edges = def.edges.filter((e) => e.id !== 'e5');
    });
    expect(issues.filter((i) => i.nodeId === 'rework')).toEqual([]);
  });

  it('matches parallel splits with joins', () => {
    const split = broken((def) => {
      def.edges = def.edges.map((e) => (e.id === 'e9' ? { ...e, to: 'done' } : e));
    });
    expect(codesAt(split)).toEqual(expect.arrayContaining(['PARALLEL_SPLIT_UNMATCHED /nodes/4']));
    const join = broken((def) => {
      // An exclusive choice merged by a parallel join would wait forever.
      def.edges = def.edges.map((e) => (e.id === 'e3' ? { ...e, to: 'join' } : e));
      def.edges = def.edges.map((e) => (e.id === 'e4' ? { ...e, to: 'join' } : e));
      def.nodes = def.nodes.filter((n) => !['split', 'prepare', 'ci'].includes(n.id));
      def.edges = def.edges.filter((e) => !['e6', 'e7', 'e8', 'e9'].includes(e.id));
    });
    expect(codesAt(join)).toContain('PARALLEL_JOIN_UNMATCHED /nodes/4');
  });

  it('accepts nested parallel blocks', () => {
    const def = changeRequestFixture();
    def.nodes.push({ id: 'split2', type: 'parallel' }, { id: 'join2', type: 'parallel' });
    def.nodes.push({
      id: 'a',
      type: 'task',
      assign: { strategy: 'claim', to: [{ group: 'ops' }] },
    });
    def.nodes.push({
      id: 'b',
      type: 'task',
      assign: { strategy: 'claim', to: [{ group: 'ops' }] },
    });
    def.edges = def.edges.filter((e) => e.id !== 'e9');
    def.edges.push(
      { id: 'n1', from: 'ci', to: 'split2' },
      { id: 'n2', from: 'split2', to: 'a' },
      { id: 'n3', from: 'split2', to: 'b' },
      { id: 'n4', from: 'a', to: 'join2' },
      { id: 'n5', from: 'b', to: 'join2' },
      { id: 'n6', from: 'join2', to: 'join' },
    );
    expect(validateDefinition(def).issues).toEqual([]);
  });

  it('needs a default edge on exclusive gateways unless exhaustive', () => {
    const issues = broken((def) => {
      delete def.edges[2]!.default;
    });
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        'EXCLUSIVE_DEFAULT_MISSING /nodes/1',
        'EXCLUSIVE_CONDITION_MISSING /edges/2',
      ]),
    );
    const exhaustive = broken((def) => {
      def.edges[2] = { ...def.edges[2]!, default: undefined, when: "risk != 'high'" };
      delete def.edges[2].default;
      (def.nodes[1] as unknown as { exhaustive?: boolean }).exhaustive = true;
    });
    expect(exhaustive).toEqual([]);
  });

  it('reports every expression that does not parse, with its position', () => {
    const issues = broken((def) => {
      def.edges[1]!.when = "risk = 'high' and";
      def.form.rules![0]!.visible = 'risk = (';
      def.sla![0]!.pause = '$ticket.status =';
      def.title = '"Change: " &';
    });
    expect(codesAt(issues.filter((i) => i.code === 'EXPRESSION_INVALID'))).toEqual([
      'EXPRESSION_INVALID /title',
      'EXPRESSION_INVALID /edges/1/when',
      'EXPRESSION_INVALID /form/rules/0/visible',
      'EXPRESSION_INVALID /sla/0/pause',
    ]);
    expect(issues.find((i) => i.path === '/edges/1/when')).toMatchObject({
      edgeId: 'e2',
      message:
        '"when" of edge "e2" does not parse at line 1, column 18: Unexpected end of expression',
    });
  });

  it('reports fields that are not in the form, wherever they are named', () => {
    const issues = broken((def) => {
      def.edges[1]!.when = "riskLevel = 'high'";
      def.form.rules!.push({ field: 'ghost', visible: 'true' });
      def.nodes[2]!.fields = { cabNote: 'required' };
      (def.nodes[3] as unknown as { assign: { field: string } }).assign.field = 'owner';
      (def.nodes[8] as unknown as { timer: { untilField: string } }).timer.untilField = 'when';
      (
        def.nodes[6] as unknown as { subworkflow: { inputs: Record<string, string> } }
      ).subworkflow.inputs = {
        name: 'ci',
      };
      def.form.templates![0]!.values = { sumary: 'x' };
      def.form.schema.required = ['summary', 'riks'];
      def.form.ui!.fields = { cab: {} };
      def.form.ui!.layout!.push({ type: 'field', field: 'nothing' });
    });
    expect(codesAt(issues.filter((i) => i.code === 'FIELD_UNKNOWN')).sort()).toEqual(
      [
        'FIELD_UNKNOWN /edges/1/when',
        'FIELD_UNKNOWN /form/rules/2/field',
        'FIELD_UNKNOWN /nodes/2/fields/cabNote',
        'FIELD_UNKNOWN /nodes/3/assign/field',
        'FIELD_UNKNOWN /nodes/8/timer/untilField',
        'FIELD_UNKNOWN /nodes/6/subworkflow/inputs/name',
        'FIELD_UNKNOWN /form/templates/0/values/sumary',
        'FIELD_UNKNOWN /form/schema/required/1',
        'FIELD_UNKNOWN /form/ui/fields/cab',
        'FIELD_UNKNOWN /form/ui/layout/1/field',
      ].sort(),
    );
    expect(issues.find((i) => i.path === '/edges/1/when')?.message).toBe(
      '"when" of edge "e2" reads field "riskLevel" (at column 1), which is not in the form; add the field or correct the name.',
    );
  });

  it('checks node settings that depend on each other', () => {
    const issues = broken((def) => {
      const cab = def.nodes[2] as unknown as { approval: Record<string, unknown> };
      cab.approval = { mode: 'quorum', onReject: 'node' };
      const timer = def.nodes[8] as unknown as { timer: Record<string, unknown> };
      timer.timer = {};
    });
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        'APPROVAL_REJECT_TO_MISSING /nodes/2/approval/rejectTo',
        'QUORUM_THRESHOLD_MISSING /nodes/2/approval',
        'TIMER_WAIT_MISSING /nodes/8/timer',
      ]),
    );
    const unknown = broken((def) => {
      (def.nodes[2] as unknown as { approval: Record<string, unknown> }).approval.rejectTo = 'gone';
    });
    expect(codesAt(unknown)).toContain('APPROVAL_REJECT_TO_UNKNOWN /nodes/2/approval/rejectTo');
  });

  it('refuses a schema-required field hidden where the requester fills the form', () => {
    const issues = broken((def) => {
      def.nodes[0]!.fields = { risk: 'hidden' };
    });
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'FIELD_REQUIRED_BUT_HIDDEN',
        path: '/nodes/0/fields/risk',
        nodeId: 'start',
      }),
    ]);
  });

  it('finds computed values that depend on each other in a circle', () => {
    const issues = broken((def) => {
      def.form.rules!.push({ field: 'amount', value: 'total / 1.2' });
    });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'RULE_CYCLE', path: '/form/rules/1/value' }),
    ]);
    expect(issues[0]?.message).toMatch(/total → amount → total/);
  });

  it('checks the form schema itself and duplicate ids of other lists', () => {
    const issues = broken((def) => {
      def.form.schema.properties!.amount = { type: 'numbr' };
      def.sla!.push({ ...def.sla![0]! });
      def.form.templates!.push({ id: 'patch', name: 'Again', values: {} });
    });
    expect(codesAt(issues)).toEqual(
      expect.arrayContaining([
        'FORM_SCHEMA_INVALID /form/schema',
        'DUPLICATE_ID /sla/1/id',
        'DUPLICATE_ID /form/templates/1/id',
      ]),
    );
  });

  it('reports every problem at once, each an error with a stable code and a sentence', () => {
    const issues = broken((def) => {
      def.nodes.push({ id: 'x', type: 'task' });
      def.edges[1]!.when = 'nope(';
      def.form.rules!.push({ field: 'ghost' });
    });
    expect(issues.length).toBeGreaterThanOrEqual(3);
    for (const issue of issues) {
      expect(issue.severity).toBe('error');
      expect(issue.code).toMatch(/^[A-Z][A-Z_]+$/);
      expect(issue.path).toMatch(/^(\/[^/]+)*$/);
      expect(issue.message).toMatch(/[.:a-z] ?.*[a-z.)]$/i);
    }
  });
});

describe('assertValidDefinition', () => {
  it('throws a DefinitionError carrying the issues', () => {
    const def = changeRequestFixture();
    def.nodes = def.nodes.filter((n) => n.type !== 'start');
    let error: unknown;
    try {
      assertValidDefinition(def);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues.map((i) => i.code)).toContain('START_MISSING');
    expect((error as DefinitionError).message).toMatch(/^The workflow definition is not valid: /);
  });
});

describe('subworkflowKeys', () => {
  it('lists the workflows started as subworkflows, once each', () => {
    const def = changeRequestFixture();
    def.nodes.push({ id: 'again', type: 'subworkflow', subworkflow: { key: 'cmdb-update' } });
    expect(subworkflowKeys(def)).toEqual(['cmdb-update']);
  });
});

describe('externalReferences', () => {
  it('lists subworkflows, calendars, handlers and rotas the runtime must resolve', () => {
    const def = changeRequestFixture();
    def.sla![0]!.calendar = 'office';
    def.nodes[5]!.ola = { target: 'PT8H', calendar: 'ops' };
    def.nodes.push({ id: 'oncall', type: 'task', assign: { strategy: 'onCall', rota: 'network' } });
    expect(externalReferences(def)).toEqual({
      subworkflows: ['cmdb-update'],
      calendars: ['office', 'ops'],
      handlers: ['webhook'],
      rotas: ['network'],
    });
  });
});

describe('validateDefinition with the eval-free validator', () => {
  it('gives the same verdicts without generated code', () => {
    expect(validateDefinition(changeRequestFixture(), { validator: safeFormValidator })).toEqual({
      ok: true,
      issues: [],
    });
    const def = changeRequestFixture() as Mutable;
    (def.nodes[2] as unknown as { approval: { mode: string } }).approval.mode = 'majority';
    (def.nodes[1] as unknown as Record<string, unknown>).colour = 'red';
    def.autoClose = '7 days';
    delete (def as Partial<Mutable>).name;
    const issues = validateDefinition(def, { validator: safeFormValidator }).issues;
    expect(codesAt(issues).sort()).toEqual(codesAt(validateDefinition(def).issues).sort());
    expect(issues.find((i) => i.path === '/nodes/2/approval/mode')).toMatchObject({
      nodeId: 'cab',
      message:
        '"approval.mode" of node "cab" (CAB review) must be one of "single", "all", "any", "sequential", "quorum".',
    });
    expect(issues.find((i) => i.path === '/autoClose')?.message).toBe(
      '"autoClose" must be an ISO 8601 duration such as PT4H, P2D or P1DT12H.',
    );
    expect(issues.find((i) => i.path === '/nodes/1/colour')?.message).toBe(
      '"colour" of node "triage" (Risk?) is not a known property; remove it or correct its spelling.',
    );
  });
});
