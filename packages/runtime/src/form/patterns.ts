import { regexEngine } from '../expressions/regex';

// Captured once: `RegExp` itself stands for this function while a validator runs (validators.ts).
const NativeRegExp = RegExp;

/**
 * Builds a JSON Schema pattern (callable with `new`, so it can stand for `RegExp`): once the ReDoS
 * check is loaded (`loadPatternEngine`), the native `RegExp` of a pattern it passed, an error for
 * one it refuses; before, the native `RegExp`.
 */
export function checkedRegExp(source: string, flags?: string): RegExp {
  return regexEngine()?.checkedRegExp(source, flags) ?? new NativeRegExp(source, flags);
}
