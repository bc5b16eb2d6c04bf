import jsonata from 'jsonata';

// jsonata stops an evaluation between steps once its time box is over, but a builtin runs in one
// step: `$pad('x', 1e9)` or `$string` of a huge value would block the process (or exhaust its
// memory) before the next check. These guards bound what one step can build.

type Builtin = (...args: unknown[]) => unknown;

/** A size guard's failure, reported as an `ExpressionError` by `evaluate`. */
export interface SizeFailure {
  code: 'DK_SIZE';
  what: 'text' | 'list';
  limit: number;
}

const tooBig = (limit: number, what: SizeFailure['what'] = 'text'): SizeFailure => ({
  code: 'DK_SIZE',
  what,
  limit,
});

let stringify: Builtin | undefined;

/** jsonata's own `$string`, which the guard calls once the size is known to be safe. */
async function jsonataString(): Promise<Builtin> {
  const fn = (await jsonata('$string').evaluate({})) as { implementation: Builtin };
  return (stringify ??= fn.implementation);
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** The code unit index of code point `n` of `s` (its end when `s` is shorter), in one pass. */
function unitIndex(s: string, n: number): number {
  let i = 0;
  for (; n > 0 && i < s.length; n--) {
    i += isHigh(s.charCodeAt(i)) && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** jsonata's `$length`: code points, counted without building an array of them. */
const codePoints = (s: string): number =>
  s.length - (s.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** jsonata's `$substring` (code points, sliced like an array of them), in linear time. */
function substring(s: string, start: number, length?: number): string {
  const n = codePoints(s);
  // Array.prototype.slice's reading of a position, which jsonata's own version relies on.
  const at = (x: number): number =>
    x < 0 ? Math.max(0, n + Math.trunc(x)) : Math.min(Math.trunc(x), n);
  const first = n + start < 0 ? 0 : start;
  const a = unitIndex(s, at(first));
  if (length === undefined) return s.slice(a);
  if (length <= 0) return '';
  const count = at(first >= 0 ? first + length : n + first + length) - at(first);
  return count > 0 ? s.slice(a, a + unitIndex(s.slice(a), count)) : '';
}

/** A JSON text's length, counted until it passes `budget` (escapes not counted). */
function jsonLength(value: unknown, indent: number, budget: number): number {
  if (typeof value === 'string') return value.length + 2;
  // Functions (jsonata's lambdas are objects) print as "".
  if (!value || typeof value !== 'object' || '_jsonata_lambda' in value) return 24;
  let size = 2;
  for (const [key, item] of Object.entries(value)) {
    size += key.length + 4 + indent + jsonLength(item, indent + 2, budget - size);
    if (size > budget) break;
  }
  return size;
}

/**
 * Binds the guarded builtins and the step check on a compiled expression: no step may produce a
 * text longer than `maxString` characters or a list longer than `maxSequence` items, and no
 * builtin takes more than linear time in its text.
 */
export function guard(expr: jsonata.Expression, maxString: number, maxSequence: number): void {
  // jsonata builds a list of every code point of the text for these three: a long text would
  // take one step longer than the time box.
  expr.registerFunction('length', (s?: string) => (s === undefined ? s : codePoints(s)), '<s-:n>');
  expr.registerFunction(
    'substring',
    (s: string | undefined, start: number, length?: number) =>
      s === undefined ? s : substring(s, start, length),
    '<s-nn?:s>',
  );
  expr.registerFunction(
    'pad',
    (s: string | undefined, width: number, char?: string) => {
      if (s === undefined) return s;
      const fill = char ? char : ' ';
      const missing = Math.abs(Math.trunc(width)) - codePoints(s);
      if (missing <= 0) return s;
      if (missing > maxString) throw tooBig(maxString);
      const repeated = fill.repeat(Math.ceil(missing / codePoints(fill)));
      const padding = repeated.slice(0, unitIndex(repeated, missing));
      return width > 0 ? s + padding : padding + s;
    },
    '<s-ns?:s>',
  );
  expr.registerFunction(
    'join',
    (strs: string[] | undefined, separator = '') => {
      if (strs === undefined) return strs;
      let size = 0;
      for (const s of strs) size += s.length + separator.length;
      if (size > maxString) throw tooBig(maxString);
      return strs.join(separator);
    },
    '<a<s>s?:s>',
  );
  expr.registerFunction(
    'string',
    async (value: unknown, prettify?: boolean) => {
      if (jsonLength(value, prettify ? 2 : 0, maxString) > maxString) throw tooBig(maxString);
      return (stringify ?? (await jsonataString()))(value, prettify);
    },
    '<x-b?:s>',
  );
  // jsonata calls this after every step with its result; `&` and `$replace` build their texts in
  // ropes, so a text that grew past the limit is stopped before anything reads it.
  expr.assign(Symbol.for('jsonata.__evaluate_exit') as unknown as string, (...step: unknown[]) => {
    const result = step[3];
    if (typeof result === 'string' && result.length > maxString) throw tooBig(maxString);
    if (Array.isArray(result) && result.length > maxSequence) throw tooBig(maxSequence, 'list');
  });
}
