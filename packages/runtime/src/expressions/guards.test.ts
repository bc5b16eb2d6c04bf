import fc from 'fast-check';
import jsonata from 'jsonata';
import { describe, expect, it } from 'vitest';
import { ExpressionError, evaluate as evaluateBoxed } from '../index';
import type { ExpressionContext } from '../index';

// What is checked here is the outcome; a generous time box keeps a busy machine from deciding it.
// (A step that is not linear would not finish in any time box: the inputs are 10^5-10^6 long.)
const evaluate = (expr: string, context: ExpressionContext = {}, limits = {}) =>
  evaluateBoxed(expr, context, { limits: { timeoutMs: 10_000, ...limits } });

const text = fc.string({ unit: fc.constantFrom('a', 'é', '😀', '\uD800', 'z') });
const int = fc.integer({ min: -12, max: 12 });
/** jsonata itself (no guards, RegExp), its sequences as plain JSON. */
const plain = async (expr: string, data: Record<string, unknown>): Promise<unknown> => {
  const value: unknown = await jsonata(expr).evaluate(data);
  return value === undefined ? value : JSON.parse(JSON.stringify(value));
};

describe('guarded builtins', () => {
  it('$length, $substring and $pad give what jsonata gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        int,
        fc.option(fc.oneof(int, fc.double({ min: -12, max: 12, noNaN: true }))),
        fc.constantFrom(undefined, '', '-', 'ab', '😀'),
        async (s, a, b, c) => {
          const data = { s, a, b: b ?? undefined, c };
          for (const expr of [
            '$length(s)',
            '$substring(s, a)',
            '$substring(s, a, b)',
            '$pad(s, a, c)',
            '$pad(s, b)',
          ]) {
            expect(await evaluate(expr, { data })).toEqual(await plain(expr, data));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('$join and $string give what jsonata gives', async () => {
    for (const expr of [
      "$join(['a', 'b', 'c'], '-')",
      "$join(['a'])",
      "$string({'a': [1, 2.00000000000000001, {'b': 'c'}], 'f': function() {1}}, true)",
      '$string(12.345678901234567)',
      "$string('x')",
    ]) {
      expect(await evaluate(expr)).toEqual(await plain(expr, {}));
    }
  });
});

describe('hostile expressions and inputs', () => {
  const fails = (expr: string, data: Record<string, unknown> = {}) =>
    expect(evaluate(expr, { data })).rejects.toBeInstanceOf(ExpressionError);

  it('stop a builtin asked to build a huge text before it runs', async () => {
    await expect(evaluate("$pad('x', 1000000000)")).rejects.toThrow(
      /built a text longer than 1000000 characters/,
    );
    await fails("$pad('x', -1000000000, 'ab')");
    await fails("$join($map([1..90000], function() { $pad('', 100) }))");
    await fails('$string($map([1..90000], function() { $pad("", 100) }))');
  });

  it('stop a text that doubles at every step', async () => {
    await fails(
      "($f := function($s, $n) { $n = 0 ? $s : $f($s & $s, $n - 1) }; $length($f('abcdefgh', 30)))",
    );
  });

  it('stop a list longer than the limit, whoever builds it', async () => {
    await expect(evaluate('$count([1..10000000])')).rejects.toThrow(/longer than 100000 items/);
  });

  it('read long texts in linear time', async () => {
    const s = 'é😀'.repeat(200_000); // 600,000 UTF-16 units, 400,000 code points
    expect(await evaluate('$length(s)', { data: { s } })).toBe(400_000);
    expect(await evaluate('$substring(s, 399998)', { data: { s } })).toBe('é😀');
    expect(await evaluate("$length($pad(s, 700000, '-'))", { data: { s } })).toBe(700_000);
  });

  it('match regular expressions in linear time, even catastrophic ones', async () => {
    expect(await evaluate('$match(s, /(a+)+b/)', { data: { s: 'a'.repeat(50_000) } })).toBe(
      undefined,
    );
    expect(
      await evaluate('$contains(s, /^(a|a)*$/)', { data: { s: `${'a'.repeat(50_000)}!` } }),
    ).toBe(false);
    // Through $eval too: the engine is loaded for it.
    expect(await evaluate('$eval("$contains(\'ab\', /b+/)")')).toBe(true);
  });

  it('give the same matches as jsonata on RegExp, indices in UTF-16 units', async () => {
    for (const expr of [
      "$match('héllo wörld 😀 wörd', /w(ö)(r)?/)",
      "$match('xAbc aBC', /a(b)c/i)",
      "$replace('héllo wörld', /ö(r)/, '[$1]')",
      "$split('a1b22c😀3', /[0-9]+/)",
      "$match('line1\\nline2', /^line(\\d)$/m)",
      "$replace('a.b.c', '.', '-')",
    ]) {
      expect(await evaluate(expr)).toEqual(await plain(expr, {}));
    }
  });

  it('refuse a regular expression that cannot match in linear time, naming why', async () => {
    await expect(evaluate("$contains('abc', /(?=b)/)")).rejects.toThrow(/linear time/);
    await expect(evaluate("$match('abab', /(ab)\\1/)")).rejects.toBeInstanceOf(ExpressionError);
  });

  it('apply a maxString limit the caller sets', async () => {
    await expect(evaluate("$pad('x', 50)", {}, { maxString: 10 })).rejects.toThrow(
      /longer than 10 characters/,
    );
    expect(await evaluate("$pad('x', 5)", {}, { maxString: 10 })).toBe('x    ');
  });
});
