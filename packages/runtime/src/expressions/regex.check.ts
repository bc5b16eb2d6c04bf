import { isSafePattern } from 'redos-detector';
import { definitionSchema } from '../definition/schema';

// The ReDoS check: every regular expression the runtime runs (JSON Schema `pattern` and
// `patternProperties`, jsonata's regular expressions) passes it before the native `RegExp` runs
// it. Loaded with `import()` (see ./regex.ts): hosts that meet no regular expression never
// download it.

/**
 * The analysis budget. `maxSteps` bounds the work deterministically; `timeout` is a backstop in
 * milliseconds on a slow machine. Either limit reached means "not proven safe": refused.
 */
const BUDGET = { maxScore: 200, maxSteps: 5000, timeout: 1000 } as const;

const verdicts = new Map<string, string | null>();
const VERDICT_LIMIT = 1000;

/**
 * Lookaround and backreferences, outside character classes and escapes: the analysis cannot
 * bound them (a lookahead scans ahead at every position), so they are refused outright.
 */
function unboundedFeature(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `a backreference (\\${next})`;
      if (!inClass && next === 'k' && source[i + 2] === '<')
        return 'a named backreference (\\k<…>)';
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(' && source[i + 1] === '?') {
      const kind = source.slice(i + 2, i + 4);
      if (kind.startsWith('=') || kind.startsWith('!') || kind === '<=' || kind === '<!') {
        return `lookaround (${source.slice(i, i + (kind.startsWith('<') ? 4 : 3))}…)`;
      }
    }
  }
  return undefined;
}

/**
 * Why a regular expression may take more than linear time in its input (a ReDoS risk), or
 * undefined when it is proven safe. `flags` as `RegExp` takes them (`i`, `m`, `s`, `u`).
 * Deterministic for a pattern; answers are cached.
 */
export function regexProblem(source: string, flags = ''): string | undefined {
  const key = `${flags}/${source}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const verdict = check(source, flags);
  if (verdicts.size >= VERDICT_LIMIT) verdicts.delete(verdicts.keys().next().value as string);
  verdicts.set(key, verdict ?? null);
  return verdict;
}

function check(source: string, flags: string): string | undefined {
  const feature = unboundedFeature(source);
  if (feature) return `it uses ${feature}, which can take time super-linear in the input`;
  try {
    const result = isSafePattern(source, {
      ...BUDGET,
      caseInsensitive: flags.includes('i'),
      multiLine: flags.includes('m'),
      dotAll: flags.includes('s'),
      unicode: flags.includes('u'),
    });
    if (result.safe) return undefined;
    if (result.error === 'hitMaxScore') {
      return 'the same text can match it in too many ways, so a failing match can backtrack for time growing faster than the input (ReDoS); rewrite it so that a text can match it only one way';
    }
    return 'it is too complex to prove that it matches in linear time';
  } catch (err) {
    return `it cannot be checked for catastrophic backtracking: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
  }
}

const NativeRegExp = RegExp;

/** The error thrown when a regular expression the check refuses would run. */
export function refusal(source: string, why: string): Error {
  return new Error(`the regular expression /${source}/ is refused: ${why}.`);
}

/**
 * jsonata's `RegexEngine`: the native `RegExp` of a checked pattern (jsonata sets `lastIndex` and
 * calls `exec`, as on a global `RegExp`); throws when the check refuses the pattern.
 */
export class CheckedRegex {
  constructor(source: RegExp) {
    const why = regexProblem(source.source, source.flags);
    if (why) throw refusal(source.source, why);
    return new NativeRegExp(source.source, source.flags) as CheckedRegex;
  }
}

/**
 * Stands in for `RegExp` while a JSON Schema validator compiles or matches
 * (`@cfworker/json-schema` builds `pattern` and `patternProperties` with `new RegExp(source, 'u')`;
 * ajv takes it as `code.regExp`): a checked pattern is the native `RegExp`, a refused one throws,
 * so validation fails closed.
 */
export class CheckedRegExp {
  constructor(source: string, flags = '') {
    const why = regexProblem(source, flags);
    if (why) throw refusal(source, why);
    return new NativeRegExp(source, flags) as CheckedRegExp;
  }
}

/** The regular expression literals of an expression's syntax tree. */
function regexLiterals(node: unknown, out: RegExp[], seen: Set<unknown>): RegExp[] {
  if (!node || typeof node !== 'object' || seen.has(node)) return out;
  seen.add(node);
  const { type, value } = node as { type?: unknown; value?: unknown };
  if (type === 'regex' && value instanceof RegExp) out.push(value);
  for (const child of Object.values(node)) regexLiterals(child, out, seen);
  return out;
}

/** Why the check refuses a regular expression of an expression's syntax tree, or undefined. */
export function expressionRegexProblem(ast: unknown): string | undefined {
  for (const re of regexLiterals(ast, [], new Set())) {
    const why = regexProblem(re.source, re.flags);
    if (why) return `its regular expression /${re.source}/ is refused: ${why}`;
  }
  return undefined;
}

let trusted: Set<string> | undefined;

/** The `pattern`s and `patternProperties` keys of a schema. */
function patternsOf(node: unknown, out: Set<string>): Set<string> {
  if (!node || typeof node !== 'object') return out;
  const { pattern, patternProperties } = node as Record<string, unknown>;
  if (typeof pattern === 'string') out.add(pattern);
  if (patternProperties && typeof patternProperties === 'object') {
    for (const key of Object.keys(patternProperties)) out.add(key);
  }
  for (const value of Object.values(node)) patternsOf(value, out);
  return out;
}

/**
 * A JSON Schema pattern as the validators build it: the native `RegExp` of one the check passed,
 * or of the runtime's own `definitionSchema` (written and reviewed with the runtime, lookahead
 * included); throws for one the check refuses.
 */
export function checkedRegExp(source: string, flags = ''): RegExp {
  trusted ??= patternsOf(definitionSchema, new Set());
  if (trusted.has(source)) return new NativeRegExp(source, flags);
  return new CheckedRegExp(source, flags) as RegExp;
}
