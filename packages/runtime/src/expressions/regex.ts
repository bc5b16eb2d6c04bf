import type * as Re2 from './regex.re2';

// Regular expressions in jsonata (`$match(s, /(a+)+b/)`, `$replace`, `$split`, `$contains`) run on
// RE2JS, a port of RE2 that matches in time linear in the input: no pattern can backtrack
// catastrophically on hostile input. It is loaded with `import()` the first time an expression
// with a regular expression (or `$eval`) is evaluated, so other hosts never download it.

type Engine = typeof Re2;

let engine: Engine | undefined;
let loading: Promise<void> | undefined;

/** Loads the linear-time regular expression engine (once). */
export function loadRegexEngine(): Promise<void> {
  return (loading ??= import('./regex.re2').then((m) => {
    engine = m;
  }));
}

/** The engine once loaded (JSON Schema patterns match on it then). */
export const regexEngine = (): Engine | undefined => engine;

/** The `RegexEngine` jsonata is given: RE2JS once loaded; never the backtracking `RegExp`. */
export class LinearRegex {
  constructor(source: RegExp) {
    if (!engine) throw new Error('the regular expression engine is not loaded yet');
    return new engine.Re2Regex(source) as LinearRegex;
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
