import { compileExpression } from '@deskkit/runtime';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONDITION_OPERATORS,
  type ConditionGroup,
  type ConditionLiteral,
  type ConditionRule,
  conditionToJsonata,
  jsonataToCondition,
} from './condition';

const segment = fc.oneof(
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/),
  // Names jsonata needs backticks for; dots and backticks are not field names.
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((s) => !/[.`]/.test(s) && s.trim() === s && s !== ''),
);
const field = fc.oneof(
  segment,
  fc.tuple(segment, segment).map(([a, b]) => `${a}.${b}`),
  segment.filter((s) => /^[A-Za-z_]\w*$/.test(s)).map((s) => `$ticket.${s}`),
);
const literal: fc.Arbitrary<ConditionLiteral> = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 })
    .map((n) => (Object.is(n, -0) ? 0 : n)),
  fc.boolean(),
  fc.constant(null),
);
const rule: fc.Arbitrary<ConditionRule> = fc
  .tuple(
    field,
    fc.constantFrom(...CONDITION_OPERATORS),
    literal,
    fc.array(literal, { minLength: 1, maxLength: 4 }),
    fc.string({ maxLength: 6 }),
  )
  .map(([f, operator, value, list, text]) => {
    if (operator === 'set' || operator === 'notSet') return { kind: 'rule', field: f, operator };
    if (operator === 'in') return { kind: 'rule', field: f, operator, value: list };
    if (operator === 'contains') return { kind: 'rule', field: f, operator, value: text };
    return { kind: 'rule', field: f, operator, value };
  });
const { group } = fc.letrec<{ group: ConditionGroup; item: ConditionRule | ConditionGroup }>(
  (tie) => ({
    item: fc.oneof({ depthSize: 'small', withCrossShrink: true }, rule, tie('group')),
    group: fc
      .tuple(
        fc.constantFrom('and' as const, 'or' as const),
        fc.array(tie('item'), { minLength: 1, maxLength: 4 }),
      )
      // One item reads back as an `and` group: the operator of a group of one means nothing.
      .map(([op, items]) => ({
        kind: 'group' as const,
        op: items.length === 1 ? 'and' : op,
        items,
      })),
  }),
);

describe('conditionToJsonata / jsonataToCondition', () => {
  it('reads back every condition it writes, as the same condition', () => {
    fc.assert(
      fc.property(group, (condition) => {
        const text = conditionToJsonata(condition);
        expect(compileExpression(text)).toBeTruthy();
        const read = jsonataToCondition(text);
        expect(read).toEqual({ ok: true, condition });
      }),
      { numRuns: 300 },
    );
  });

  it('writes readable jsonata', () => {
    const text = conditionToJsonata({
      kind: 'group',
      op: 'or',
      items: [
        { kind: 'rule', field: 'priority', operator: 'in', value: ['P1', 'P2'] },
        {
          kind: 'group',
          op: 'and',
          items: [
            { kind: 'rule', field: 'cost center', operator: '>', value: 1000 },
            { kind: 'rule', field: '$ticket.status', operator: '!=', value: 'pending' },
            { kind: 'rule', field: 'notes', operator: 'set' },
          ],
        },
      ],
    });
    expect(text).toBe(
      'priority in ["P1", "P2"] or (`cost center` > 1000 and $ticket.status != "pending" and $exists(notes))',
    );
  });

  it('leaves out incomplete rules and writes nothing for an empty condition', () => {
    expect(conditionToJsonata({ kind: 'group', op: 'and', items: [] })).toBe('');
    expect(
      conditionToJsonata({
        kind: 'group',
        op: 'and',
        items: [
          { kind: 'rule', field: '', operator: '=', value: 1 },
          { kind: 'rule', field: 'a', operator: '=' },
          { kind: 'rule', field: 'b', operator: '<', value: 2 },
        ],
      }),
    ).toBe('b < 2');
  });

  it('reads precedence without parentheses as a sub-group', () => {
    const read = jsonataToCondition("a = 1 and b = 2 or c = 'x'");
    expect(read.ok && conditionToJsonata(read.condition)).toBe('(a = 1 and b = 2) or c = "x"');
  });

  it('says why an expression cannot be shown in the builder', () => {
    expect(jsonataToCondition('$sum(items.cost) > 10')).toMatchObject({
      ok: false,
      reason: 'unsupported',
    });
    expect(jsonataToCondition('a = b')).toMatchObject({
      ok: false,
      reason: 'unsupported',
      part: expect.stringContaining('b'),
    });
    expect(jsonataToCondition('a = (')).toMatchObject({ ok: false, reason: 'parse' });
    expect(jsonataToCondition('')).toEqual({
      ok: true,
      condition: { kind: 'group', op: 'and', items: [] },
    });
  });
});
