import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffDefinitions } from '../index';
import type { WorkflowDefinition } from '../index';
import { changeRequestFixture } from './fixtures/change-request';

const brief = (def: WorkflowDefinition, b: WorkflowDefinition) =>
  diffDefinitions(def, b).changes.map(
    (c) => `${c.kind} ${c.area} ${c.id} ${c.path}${c.keys ? ` [${c.keys.join(',')}]` : ''}`,
  );

describe('diffDefinitions', () => {
  it('finds nothing between a definition and a copy of it, whatever its key order', () => {
    const a = changeRequestFixture();
    const b = JSON.parse(JSON.stringify(a, Object.keys(a).reverse())) as WorkflowDefinition;
    expect(diffDefinitions(a, changeRequestFixture()).changes).toEqual([]);
    expect(diffDefinitions(a, { ...b, ...a }).changes).toEqual([]);
  });

  it('reports nodes, edges, fields, permissions, SLA and settings with JSON paths', () => {
    const a = changeRequestFixture();
    const b = changeRequestFixture();
    b.name = 'Change request v2';
    b.nodes = b.nodes.filter((n) => n.id !== 'rework');
    b.edges = b.edges.filter((e) => e.from !== 'rework' && e.to !== 'rework');
    b.nodes.push({
      id: 'security',
      type: 'task',
      name: 'Security review',
      assign: { strategy: 'claim', to: [{ group: 'sec' }] },
    });
    b.edges.push({ id: 'e20', from: 'triage', to: 'security', when: "risk = 'medium'" });
    b.edges.find((e) => e.id === 'e2')!.when = "risk in ['high', 'critical']";
    const cab = b.nodes.find((n) => n.id === 'cab')!;
    cab.name = 'Change advisory board';
    cab.position = { x: 999, y: 999 }; // moving is not a change
    cab.fields = { ...cab.fields, risk: 'read' };
    b.form.schema.properties!.impact = { type: 'string', title: 'Impact' };
    b.form.schema.required = ['summary'];
    b.permissions = { ...b.permissions, start: [{ role: 'staff' }] };
    b.sla![0]!.targets.resolution = 'PT16H';
    const changes = brief(a, b);
    expect(changes).toEqual(
      expect.arrayContaining([
        'changed workflow name /name',
        `added node security /nodes/${b.nodes.length - 1}`,
        `removed node rework /nodes/${a.nodes.findIndex((n) => n.id === 'rework')}`,
        `changed node cab /nodes/${b.nodes.indexOf(cab)} [name]`,
        `added edge e20 /edges/${b.edges.length - 1}`,
        'changed edge e2 /edges/1 [when]',
        'added field impact /form/schema/properties/impact',
        'changed permission start /permissions/start',
        'changed sla standard /sla/0 [targets]',
      ]),
    );
    expect(changes.filter((c) => c.startsWith('removed edge'))).toHaveLength(
      a.edges.filter((e) => e.from === 'rework' || e.to === 'rework').length,
    );
    const cabRisk = diffDefinitions(a, b).changes.find((c) => c.id === 'cab/risk');
    expect(cabRisk).toMatchObject({
      kind: a.nodes.find((n) => n.id === 'cab')!.fields?.risk ? 'changed' : 'added',
      area: 'permission',
      after: 'read',
    });
    const diff = diffDefinitions(a, b);
    expect(diff.nodes).toEqual({ added: ['security'], removed: ['rework'], changed: ['cab'] });
    expect(diff.edges.changed).toEqual(['e2']);
    expect(changes).toContain('changed field risk /form/schema/properties/risk [required]');
  });

  it('is symmetric: what is added one way is removed the other way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 12 }), (ni, ei) => {
        const a = changeRequestFixture();
        const b = changeRequestFixture();
        b.nodes.splice(ni % b.nodes.length, 1);
        b.edges.splice(ei % b.edges.length, 1);
        const there = diffDefinitions(a, b);
        const back = diffDefinitions(b, a);
        expect(back.nodes.added).toEqual(there.nodes.removed);
        expect(back.edges.added).toEqual(there.edges.removed);
        expect(there.nodes.removed).toHaveLength(1);
      }),
    );
  });
});
