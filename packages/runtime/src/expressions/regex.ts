import type * as Check from './regex.check';

// Every regular expression the runtime runs passes a ReDoS check first (./regex.check.ts, on
// redos-detector): jsonata's (`$match(s, /(a+)+b/)`, `$replace`, `$split`, `$contains`, inside
// `$eval` too) and JSON Schema `pattern`/`patternProperties`. A pattern the check refuses never
// runs: the expression fails, the validation fails closed. The check is loaded with `import()` the
// first time an expression with a regular expression (or `$eval`) is compiled or evaluated, or a
// schema with a pattern is prepared, so other hosts never download it.

type Engine = typeof Check;

let engine: Engine | undefined;
let loading: Promise<void> | undefined;

/** Loads the ReDoS check (once). */
export function loadRegexEngine(): Promise<void> {
  return (loading ??= import('./regex.check').then((m) => {
    engine = m;
  }));
}

/** The check once loaded (JSON Schema patterns are checked then). */
export const regexEngine = (): Engine | undefined => engine;

/**
 * The `RegexEngine` jsonata is given: the native `RegExp` of a pattern the check passed; throws
 * for a refused one, and before the check is loaded (`evaluate` loads it first).
 */
export class LinearRegex {
  constructor(source: RegExp) {
    if (!engine) throw new Error('the regular expression check is not loaded yet');
    return new engine.CheckedRegex(source) as LinearRegex;
  }
}

/** Whether an expression's syntax tree holds a regular expression or calls `$eval`. */
export function needsRegexEngine(node: unknown, seen = new Set<unknown>()): boolean {
  if (!node || typeof node !== 'object' || seen.has(node)) return false;
  seen.add(node);
  const { type, value } = node as { type?: unknown; value?: unknown };
  if (type === 'regex' || (type === 'variable' && value === 'eval')) return true;
  return Object.values(node).some((child) => needsRegexEngine(child, seen));
}

/**
 * Why the check refuses a regular expression of an expression, with the pattern, or undefined
 * (also while the check is not loaded: `publish` loads it first).
 */
export const expressionRegexProblem = (ast: unknown): string | undefined =>
  engine?.expressionRegexProblem(ast);
