import fc from 'fast-check';
import type { Issue, WorkflowDefinition } from '../index';
import { lintDefinition, validateDefinition } from '../index';
import { changeRequestFixture } from './fixtures/change-request';

function lintOf(change: (def: WorkflowDefinition) => void): Issue[] {
  const def = changeRequestFixture();
  change(def);
  expect(validateDefinition(def).issues).toEqual([]);
  return lintDefinition(def);
}
const codes = (issues: Issue[]) => issues.map((i) => `${i.code} ${i.path}`);

describe('lintDefinition', () => {
  it('warns only about real weaknesses of a realistic definition', () => {
    const warnings = lintDefinition(changeRequestFixture());
    expect(codes(warnings)).toEqual(['ROUTE_AMBIGUOUS /nodes/3']);
    expect(warnings[0]).toMatchObject({ severity: 'warning', nodeId: 'rework' });
    expect(warnings[0]?.message).toBe(
      'Task "rework" (Rework) has 2 outgoing edges without a condition and only the first is ever taken; add conditions, or a parallel gateway to take them all.',
    );
  });

  it('warns about workflow-level gaps: catalog, who may start, SLA', () => {
    const warnings = lintOf((def) => {
      delete def.catalog;
      delete def.permissions;
      delete def.sla;
      delete (def.nodes[5] as { ola?: unknown }).ola;
    });
    expect(codes(warnings)).toEqual(
      expect.arrayContaining([
        'CATALOG_MISSING /catalog',
        'START_OPEN_TO_ALL /permissions/start',
        'WORKFLOW_NO_SLA /sla',
        'NODE_NO_SLA /nodes/5',
      ]),
    );
  });

  it('warns about approvals without a reject path and steps nobody can be assigned', () => {
    const warnings = lintOf((def) => {
      def.nodes.push({
        id: 'signoff',
        type: 'approval',
        name: 'Sign-off',
        approval: { mode: 'quorum', min: 3 },
        assign: { strategy: 'fixed', to: [{ user: 'ann' }, { user: 'bob' }] },
        actions: ['approve', 'comment'],
      });
      def.edges = def.edges.map((e) => (e.id === 'e12' ? { ...e, to: 'signoff' } : e));
      def.edges.push({ id: 's1', from: 'signoff', to: 'done' });
      const prepare = def.nodes[5] as Extract<
        WorkflowDefinition['nodes'][number],
        { type: 'task' }
      >;
      prepare.assign = { strategy: 'claim', to: [] };
      delete (def.nodes[3] as { assign?: unknown }).assign;
      def.nodes[3]!.name = ' ';
    });
    expect(codes(warnings)).toEqual(
      expect.arrayContaining([
        'APPROVAL_NO_REJECT_PATH /nodes/13/approval',
        'APPROVAL_ACTIONS_MISSING /nodes/13/actions',
        'QUORUM_UNREACHABLE /nodes/13/approval/min',
        'NODE_UNASSIGNABLE /nodes/5/assign/to',
        'NODE_UNASSIGNABLE /nodes/3',
        'NODE_NO_NAME /nodes/3',
      ]),
    );
    expect(warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('warns when a step requires a reason for an action it does not allow', () => {
    const warnings = lintOf((def) => {
      def.nodes[3]!.actions = ['submit', 'hold', 'resume'];
      def.nodes[3]!.requireReason = ['hold', 'cancel'];
    });
    expect(codes(warnings)).toContain('SETTING_IGNORED /nodes/3/requireReason');
  });

  it('warns about fields nobody can fill in', () => {
    const warnings = lintOf((def) => {
      def.form.schema.properties!.costCentre = { type: 'string' };
      (def.nodes[9] as unknown as { automation: { actions: unknown[] } }).automation.actions = [
        { type: 'set', field: 'internal', value: "'done'" },
      ];
      def.nodes[0]!.fields = { ...def.nodes[0]!.fields, costCentre: 'read', summary: 'read' };
      def.nodes[3]!.fields = { summary: 'read' };
      def.nodes[2]!.fields = { ...def.nodes[2]!.fields, risk: 'hidden' };
    });
    expect(codes(warnings)).toEqual(
      expect.arrayContaining([
        'FIELD_EDITABLE_NOWHERE /form/schema/properties/costCentre',
        'REQUIRED_FIELD_NOT_EDITABLE /form/schema/properties/summary',
        'FIELD_REQUIRED_BUT_HIDDEN /nodes/2/fields/risk',
        'TEMPLATE_VALUE_NOT_EDITABLE /form/templates/0/values/summary',
      ]),
    );
    // computed (rule value, automation set, subworkflow output) fields are not "editable nowhere"
    expect(codes(warnings).join()).not.toMatch(/total|internal|ciName/);
    // Fixed at the start step, which the designer marks.
    expect(warnings.find((w) => w.code === 'TEMPLATE_VALUE_NOT_EDITABLE')).toMatchObject({
      nodeId: 'start',
    });
    const atStart = lintOf((def) => {
      def.nodes[0]!.fields = { ...def.nodes[0]!.fields, summary: 'read' };
    }).find((w) => w.code === 'REQUIRED_FIELD_NOT_EDITABLE');
    expect(atStart).toMatchObject({ path: '/form/schema/properties/summary', nodeId: 'start' });
  });

  it('does not call a field empty forever when a host handler may fill it', () => {
    const warnings = lintOf((def) => {
      def.form.schema.properties!.resetLink = { type: 'string' };
      def.nodes[0]!.fields = { ...def.nodes[0]!.fields, resetLink: 'hidden' };
    });
    // the fixture's automation calls a "webhook" handler, whose result may set resetLink
    expect(codes(warnings).join()).not.toMatch(/resetLink/);
  });

  it('warns about gateways and routes that decide nothing or may get stuck', () => {
    const warnings = lintOf((def) => {
      def.nodes.push({ id: 'check', type: 'exclusive', name: 'Check' });
      def.edges = def.edges.map((e) => (e.id === 'e12' ? { ...e, to: 'check' } : e));
      def.edges.push({ id: 'c1', from: 'check', to: 'done' });
      def.edges.push({ id: 'w1', from: 'wait', to: 'done', when: 'amount > 10' });
      def.edges = def.edges.map((e) => (e.id === 'e11' ? { ...e, when: 'amount <= 10' } : e));
    });
    expect(codes(warnings)).toEqual([
      'ROUTE_AMBIGUOUS /nodes/3',
      'ROUTE_DEFAULT_MISSING /nodes/8',
      'EXCLUSIVE_SINGLE_EDGE /nodes/13',
    ]);
  });

  it('checks rules, templates, timers and SLA order', () => {
    const warnings = lintOf((def) => {
      def.form.rules!.push({ field: 'summary' }, { field: 'total', value: 'amount' });
      def.form.templates![0]!.values = { risk: 'extreme' };
      def.form.schema.properties!.window = { type: 'string' };
      def.sla!.unshift({ id: 'all', name: 'All', targets: { resolution: 'P5D' } });
    });
    expect(codes(warnings)).toEqual(
      expect.arrayContaining([
        'RULE_EMPTY /form/rules/2',
        'RULE_VALUE_CONFLICT /form/rules/3/value',
        'TEMPLATE_VALUE_INVALID /form/templates/0/values/risk',
        'TIMER_FIELD_NOT_DATE /nodes/8/timer/untilField',
        'SLA_POLICY_SHADOWS /sla/0',
      ]),
    );
    expect(warnings.find((w) => w.code === 'TEMPLATE_VALUE_INVALID')?.message).toBe(
      'Template "patch" fills field "risk" with a value the field does not accept: The value must be one of "low", "medium", "high".',
    );
  });
});

describe('validateDefinition and lintDefinition on broken drafts', () => {
  // Designers run both on every edit, so half-made definitions must never make them throw.
  const junk = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.integer(),
    fc.string(),
    // Fresh objects each time: a shared constant would be mutated by later edits into a cycle,
    // which no JSON definition can hold.
    fc.constant(null).map(() => []),
    fc.constant(null).map(() => ({})),
    fc.constant(null).map(() => [1, 'x', null]),
  );

  function paths(value: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        out.push([...prefix, k]);
        paths(v, [...prefix, k], out);
      }
    }
    return out;
  }
  const all = paths(changeRequestFixture());
  const at = (...path: string[]): number => all.findIndex((p) => p.join('/') === path.join('/'));

  it('never throw, and always explain what is wrong', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(all.length - 1), junk), { minLength: 1, maxLength: 4 }),
        (edits) => {
          const def = changeRequestFixture() as unknown as Record<string, unknown>;
          for (const [index, value] of edits) {
            const path = all[index]!;
            let owner: Record<string, unknown> | undefined = def;
            for (const key of path.slice(0, -1)) {
              const next: unknown = owner?.[key];
              owner =
                next && typeof next === 'object' ? (next as Record<string, unknown>) : undefined;
            }
            const key = path[path.length - 1]!;
            // A named key on an array (a node replaced by [1, 'x', null], then its "id" set) is
            // not JSON: a designer's draft cannot hold it. The value is copied, because fast-check
            // hands the same instance to the runs that shrink a failure: an edit must not leak
            // into them (it did: CI seed 25562116 "failed" on a counterexample that passes).
            if (owner && !(Array.isArray(owner) && !/^\d+$/.test(key)))
              owner[key] = structuredClone(value);
          }
          const result = validateDefinition(def);
          for (const issue of result.issues) {
            expect(issue.message.length).toBeGreaterThan(10);
            expect(issue.code).toMatch(/^[A-Z_]+$/);
          }
          const warnings = lintDefinition(def as unknown as WorkflowDefinition);
          // Every issue inside a node or an edge names it, so a designer can mark it.
          for (const issue of [...result.issues, ...warnings]) {
            const [, list, index] = issue.path.split('/');
            if ((list !== 'nodes' && list !== 'edges') || !/^\d+$/.test(index ?? '')) continue;
            const entry = (def[list] as unknown[] | undefined)?.[Number(index)];
            const id = (entry as { id?: unknown } | null | undefined)?.id;
            if (typeof id !== 'string') continue;
            expect(issue[list === 'nodes' ? 'nodeId' : 'edgeId']).toBe(id);
          }
        },
      ),
      {
        numRuns: 300,
        // CI seed 25562116 shrank to this: node 3 replaced by an array, then that array's "id" set.
        examples: [
          [
            [
              [at('nodes', '3'), [1, 'x', null]],
              [at('nodes', '3', 'id'), '31'],
            ],
          ],
        ],
      },
    );
  });
});

describe('lintDefinition: day durations on a working-time calendar', () => {
  const business = {
    timeZone: 'Europe/Paris',
    week: Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
    ),
  } as const;

  it('says that P2D on a business calendar is 48 working hours and gives the fix', () => {
    const warnings = lintOf((def) => {
      def.sla![0]!.calendar = 'business';
    }).filter((i) => i.code === 'DURATION_DAYS_ON_CALENDAR');
    expect(codes(warnings)).toEqual(['DURATION_DAYS_ON_CALENDAR /sla/0/targets/resolution']);
    expect(warnings[0]?.message).toContain('48 working hours');
    expect(warnings[0]?.message).toContain('write "PT16H" (if a working day is 8 hours)');

    const def = changeRequestFixture();
    def.sla![0]!.calendar = 'business';
    const exact = lintDefinition(def, { calendars: { business } }).find(
      (i) => i.code === 'DURATION_DAYS_ON_CALENDAR',
    );
    expect(exact?.message).toBe(
      `SLA policy "${def.sla![0]!.id}" resolution target "P2D" counts working time on the "business" calendar, where a day is 24 working hours: it means 48 working hours, 6 working days on "business", so "within 2 days" comes due about 8 calendar days later. For 2 working days write "PT16H"; for 2 calendar days, remove the calendar.`,
    );
  });

  it('is quiet for hours, for natural time and for a 24x7 calendar', () => {
    const def = changeRequestFixture();
    def.sla![0]!.calendar = 'always';
    const always = {
      timeZone: 'UTC',
      week: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
      ),
    };
    const quiet = (d: WorkflowDefinition, calendars?: Record<string, typeof always>) =>
      lintDefinition(d, { calendars }).filter((i) => i.code === 'DURATION_DAYS_ON_CALENDAR');
    expect(quiet(def, { always })).toEqual([]);
    delete def.sla![0]!.calendar;
    expect(quiet(def)).toEqual([]);
    def.sla![0]!.calendar = 'business';
    def.sla![0]!.targets.resolution = 'PT16H';
    expect(quiet(def, { business })).toEqual([]);
  });

  it('covers OLA targets and timers, with the step', () => {
    const warnings = lintOf((def) => {
      const node = def.nodes.find((n) => n.ola)!;
      node.ola = { target: 'P1DT4H', calendar: 'business' };
    }).filter((i) => i.code === 'DURATION_DAYS_ON_CALENDAR');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.nodeId).toBeDefined();
    expect(warnings[0]?.message).toContain('28 working hours');
    expect(warnings[0]?.message).toContain('"PT12H"');
  });
});
