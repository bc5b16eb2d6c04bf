import fc from 'fast-check';
import {
  DefinitionError,
  fieldSites,
  expressionFields,
  expressionSites,
  renameField,
  validateDefinition,
} from '../index';
import { changeRequestFixture } from './fixtures/change-request';

describe('renameField', () => {
  it('renames a field everywhere and keeps the definition valid', () => {
    const def = changeRequestFixture();
    const next = renameField(def, 'risk', 'riskLevel');
    expect(validateDefinition(next).issues).toEqual([]);
    expect(Object.keys(next.form.schema.properties!)).toEqual([
      'summary',
      'riskLevel',
      'amount',
      'implementer',
      'window',
      'cabNotes',
      'internal',
      'total',
      'ciName',
    ]);
    expect(next.form.schema.required).toEqual(['summary', 'riskLevel']);
    expect(next.edges[1]!.when).toBe("riskLevel = 'high'");
    expect(next.form.rules![0]).toMatchObject({
      visible: "riskLevel = 'high'",
      required: "riskLevel = 'high'",
    });
    expect(next.nodes[2]!.fields).toEqual({ cabNotes: 'required', riskLevel: 'edit' });
    expect(next.form.templates![0]!.values).toEqual({ summary: 'Patch', riskLevel: 'low' });
    expect(next.sla![0]!.when).toBe("riskLevel != 'high'");
    expect(next.form.ui!.layout![0]).toMatchObject({
      children: [{ field: 'summary' }, { field: 'riskLevel' }],
    });
    // the original is untouched
    expect(def.edges[1]!.when).toBe("risk = 'high'");
  });

  it('renames mappings, assignments, timers and set actions', () => {
    const def = changeRequestFixture();
    const a = renameField(
      renameField(renameField(def, 'ciName', 'ci'), 'implementer', 'owner'),
      'internal',
      'log',
    );
    expect(a.nodes[6]).toMatchObject({
      subworkflow: { inputs: { name: 'ci' }, outputs: { ci: 'name' } },
    });
    expect(a.nodes[3]).toMatchObject({ assign: { field: 'owner' } });
    expect(a.nodes[9]).toMatchObject({ automation: { actions: [{ field: 'log' }, {}] } });
    expect(renameField(def, 'window', 'at').nodes[8]).toMatchObject({
      timer: { untilField: 'at' },
    });
    expect(renameField(def, 'summary', 'subject').title).toBe("'Change: ' & subject");
  });

  it('refuses unknown and existing names', () => {
    expect(() => renameField(changeRequestFixture(), 'nope', 'x')).toThrow(DefinitionError);
    expect(() => renameField(changeRequestFixture(), 'risk', 'amount')).toThrow(
      /already has a field "amount"/,
    );
  });

  it('leaves no reference to the old name behind (property)', () => {
    const def = changeRequestFixture();
    const fields = Object.keys(def.form.schema.properties!);
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.stringMatching(/^[a-z][a-zA-Z0-9 _-]{0,10}$/),
        (from, to) => {
          fc.pre(
            !fields.includes(to) && !['and', 'or', 'in', 'true', 'false', 'null'].includes(to),
          );
          const next = renameField(def, from, to);
          expect(validateDefinition(next).issues).toEqual([]);
          expect(fieldSites(next).some((s) => s.field === from)).toBe(false);
          for (const site of expressionSites(next))
            expect(expressionFields(site.expr)).not.toContain(from);
          expect(fieldSites(next).filter((s) => s.field === to).length).toBe(
            fieldSites(def).filter((s) => s.field === from).length,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
