import fc from 'fast-check';
import {
  ExpressionError,
  evaluate,
  evaluateCondition,
  expressionFields,
  parseExpression,
  renameFieldInExpression,
} from '../index';

describe('evaluate', () => {
  it('reads the data at the root and binds $ticket and $actor', async () => {
    const context = {
      data: { priority: 'high', amount: 1200 },
      ticket: { requester: 'ann', status: 'open' },
      actor: { id: 'ann', roles: ['employee'] },
    };
    expect(await evaluate("priority = 'high'", context)).toBe(true);
    expect(await evaluate('$actor.id = $ticket.requester', context)).toBe(true);
    expect(await evaluate('amount * 2', context)).toBe(2400);
    expect(await evaluate('$$.amount', context)).toBe(1200);
  });

  it('answers $now() and $millis() from the given clock', async () => {
    const now = new Date('2026-11-23T10:00:00.000Z');
    expect(await evaluate('$now()', { now })).toBe('2026-11-23T10:00:00.000Z');
    expect(await evaluate('$millis()', { now })).toBe(now.getTime());
    expect(await evaluate("$now('[Y0001]-[M01]-[D01]')", { now })).toBe('2026-11-23');
  });

  it('binds extra variables and returns plain arrays', async () => {
    const result = await evaluate('items[qty > $min].name', {
      data: {
        items: [
          { name: 'a', qty: 1 },
          { name: 'b', qty: 5 },
          { name: 'c', qty: 9 },
        ],
      },
      bindings: { min: 2 },
    });
    expect(result).toEqual(['b', 'c']);
    expect(Object.keys(result as object)).toEqual(['0', '1']);
  });

  it('fails with an ExpressionError naming the expression when it does not parse', async () => {
    const error = await evaluate('amount >', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpressionError);
    expect((error as ExpressionError).expression).toBe('amount >');
    expect((error as ExpressionError).message).toContain('"amount >"');
    expect((error as ExpressionError).code).toBe('EXPRESSION_FAILED');
  });

  it('stops an endless loop after the time limit', async () => {
    const loop = '($f := function($n){ $n < 0 ? 0 : $f($n + 1) }; $f(0))';
    const started = Date.now();
    const error = await evaluate(loop, {}, { limits: { timeoutMs: 100, maxDepth: 1e9 } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExpressionError);
    expect(String((error as Error).message)).toMatch(/ran longer than 100 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops deep recursion', async () => {
    const deep = '($f := function($n){ $n = 0 ? 0 : 1 + $f($n - 1) }; $f(100000))';
    const error = await evaluate(deep, {}, { limits: { maxDepth: 300 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpressionError);
    expect(String((error as Error).message)).toMatch(/recursed deeper than 300/);
  });

  it('allows modest recursion within the default limits', async () => {
    const fact = '($f := function($n){ $n <= 1 ? 1 : $n * $f($n - 1) }; $f(10))';
    expect(await evaluate(fact)).toBe(3628800);
  });

  it('stops a host function that never settles', async () => {
    const error = await evaluate(
      '$hang()',
      { bindings: { hang: () => new Promise(() => undefined) } },
      { limits: { timeoutMs: 50 } },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpressionError);
  });

  it('reports runtime errors with the expression', async () => {
    const error = await evaluate("'a' + 1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExpressionError);
    expect((error as Error).message).toMatch(/failed/);
  });
});

describe('evaluateCondition', () => {
  it('uses jsonata truthiness: a missing field is false', async () => {
    expect(await evaluateCondition('vip', { data: {} })).toBe(false);
    expect(await evaluateCondition('vip', { data: { vip: 'yes' } })).toBe(true);
    expect(await evaluateCondition('tags', { data: { tags: [] } })).toBe(false);
    expect(await evaluateCondition('amount > 1000', { data: { amount: 5000 } })).toBe(true);
  });
});

describe('parseExpression', () => {
  it('accepts a valid expression', () => {
    expect(parseExpression("priority = 'high'")).toEqual({ ok: true });
  });

  it('gives the position, line and column of a syntax error', () => {
    const source = "priority = 'high' and\n  (amount > ";
    const result = parseExpression(source);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.line).toBe(2);
    expect(result.position).toBe(source.length);
    expect(result.column).toBe(13);
    expect(result.error).toMatch(/end of expression/);
  });

  it('points at the offending token', () => {
    const result = parseExpression('a = = b');
    expect(result).toMatchObject({ ok: false, position: 4, column: 5, token: '=' });
  });

  it('rejects an empty expression', () => {
    expect(parseExpression('  ')).toMatchObject({ ok: false, error: 'The expression is empty.' });
  });
});

describe('expressionFields', () => {
  it('lists root fields, not names inside filters, after dots or in strings', () => {
    expect(
      expressionFields(
        "priority = 'high' and customer.vip and $count(items[qty > 1]) > 0 and $ticket.status = 'x'",
      ),
    ).toEqual(['priority', 'customer', 'items']);
  });

  it('finds fields in functions, conditions, blocks, lambdas and $$ paths', () => {
    expect(
      expressionFields(
        '($t := total; $t > limit ? $map(lines, function($l){ $l.x + bonus }) : $$.fallback)',
      ),
    ).toEqual(['total', 'limit', 'lines', 'bonus', 'fallback']);
    expect(expressionFields('`cost center` & "-" & code')).toEqual(['cost center', 'code']);
    expect(expressionFields('{"a": amount, "b": [x, -y]}')).toEqual(['amount', 'x', 'y']);
  });

  it('throws ExpressionError for a broken expression', () => {
    expect(() => expressionFields('a +')).toThrow(ExpressionError);
  });
});

describe('renameFieldInExpression', () => {
  it('rewrites field references only', () => {
    expect(
      renameFieldInExpression(
        "risk = 'risk' and items[risk > 1] and $risk and other.risk and risk.level",
        'risk',
        'riskLevel',
      ),
    ).toBe("riskLevel = 'risk' and items[risk > 1] and $risk and other.risk and riskLevel.level");
  });

  it('quotes names that are not identifiers and renames quoted names', () => {
    expect(renameFieldInExpression('`cost center` > 1', 'cost center', 'cost-centre')).toBe(
      '`cost-centre` > 1',
    );
    expect(renameFieldInExpression('a + $$.a', 'a', 'b')).toBe('b + $$.b');
  });

  it('keeps meaning: the renamed expression over renamed data gives the same result', async () => {
    const ident = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(ident, { minLength: 3, maxLength: 3 }),
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: -50, max: 50 }),
        async ([from, other, to], x, y) => {
          fc.pre(!['and', 'or', 'in', 'true', 'false', 'null', 'function'].includes(to as string));
          fc.pre(
            !['and', 'or', 'in', 'true', 'false', 'null', 'function'].includes(from as string),
          );
          fc.pre(
            !['and', 'or', 'in', 'true', 'false', 'null', 'function'].includes(other as string),
          );
          const expr = `${from} + ${other} * 2 > ${from} ? "${from}" : ${other}`;
          const renamed = renameFieldInExpression(expr, from as string, to as string);
          expect(expressionFields(renamed)).toEqual([to, other]);
          const before = await evaluate(expr, {
            data: { [from as string]: x, [other as string]: y },
          });
          const after = await evaluate(renamed, {
            data: { [to as string]: x, [other as string]: y },
          });
          expect(after).toEqual(before);
        },
      ),
      { numRuns: 60 },
    );
  });
});
