import jsonata from 'jsonata';
import { ExpressionError } from '../errors/errors';
import { guard } from './guards';
import { LinearRegex, loadRegexEngine, needsRegexEngine } from './regex';
import type { ExpressionLimits, ParseResult } from './expression.types';

/** Defaults applied when a caller sets no limit. */
export const DEFAULT_EXPRESSION_LIMITS: Required<ExpressionLimits> = {
  timeoutMs: 100,
  maxDepth: 500,
  maxSequence: 100_000,
  maxString: 1_000_000,
};

/** The limits in force: the caller's where set (an `undefined` one keeps its default). */
export function limitsOf(limits?: ExpressionLimits): Required<ExpressionLimits> {
  const l = { ...DEFAULT_EXPRESSION_LIMITS };
  for (const key of Object.keys(l) as (keyof ExpressionLimits)[]) l[key] = limits?.[key] ?? l[key];
  return l;
}

const CACHE_LIMIT = 2000;
const cache = new Map<string, jsonata.Expression>();

interface JsonataFailure {
  code?: string;
  position?: number;
  token?: string;
  value?: unknown;
  message?: string;
}

/** Shortens an expression for use inside a message. */
export function quoteExpression(expr: string): string {
  const flat = expr.replace(/\s+/g, ' ').trim();
  return JSON.stringify(flat.length > 80 ? `${flat.slice(0, 77)}...` : flat);
}

function lineColumn(source: string, position: number): { line: number; column: number } {
  const before = source.slice(0, position);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

function parseFailure(expr: string, err: unknown): Extract<ParseResult, { ok: false }> {
  const failure = (err ?? {}) as JsonataFailure;
  // jsonata reports the offset just past the offending token; editors want where the token starts.
  const end = failure.position ?? 0;
  const token = failure.token === undefined ? '' : String(failure.token);
  const raw = token === '(end)' ? expr.length : end - Math.max(token.length, 1);
  const position = Math.max(0, Math.min(expr.length, raw));
  return {
    ok: false,
    error: failure.message ?? String(err),
    code: failure.code ?? 'S0000',
    position,
    ...lineColumn(expr, position),
    ...(failure.token !== undefined ? { token: String(failure.token) } : {}),
    ...(failure.value !== undefined ? { value: JSON.stringify(failure.value) } : {}),
  };
}

/**
 * Parses a jsonata expression without evaluating it, for editors that show inline errors.
 *
 * @example
 * ```ts
 * const result = parseExpression("priority = 'high' and");
 * if (!result.ok) console.log(result.error, 'at', result.line, result.column);
 * ```
 */
export function parseExpression(expr: string): ParseResult {
  if (typeof expr !== 'string' || expr.trim() === '') {
    return {
      ok: false,
      error: 'The expression is empty.',
      code: 'DK_EMPTY',
      position: 0,
      line: 1,
      column: 1,
    };
  }
  try {
    compileExpression(expr);
    return { ok: true };
  } catch (err) {
    return parseFailure(expr, err instanceof ExpressionError ? err.cause : err);
  }
}

/**
 * Compiles a jsonata expression once and caches it (bounded, least recently used first out).
 * Throws {@link ExpressionError} with the parse position when it does not parse.
 */
export function compileExpression(expr: string, limits?: ExpressionLimits): jsonata.Expression {
  const l = limitsOf(limits);
  const key = `${l.timeoutMs}|${l.maxDepth}|${l.maxSequence}|${l.maxString}|${expr}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  if (typeof expr !== 'string' || expr.trim() === '') {
    throw new ExpressionError('The expression is empty; write a jsonata expression.', String(expr));
  }
  let compiled: jsonata.Expression;
  try {
    compiled = jsonata(expr, {
      timeout: l.timeoutMs,
      stack: l.maxDepth,
      sequence: l.maxSequence,
      RegexEngine: LinearRegex as unknown as RegExpConstructor,
    });
  } catch (err) {
    const failure = parseFailure(expr, err);
    throw new ExpressionError(
      `Expression ${quoteExpression(expr)} does not parse at line ${failure.line}, column ${failure.column}: ${failure.error}`,
      expr,
      failure.position,
      { cause: err },
    );
  }
  guard(compiled, l.maxString, l.maxSequence);
  if (needsRegexEngine(compiled.ast())) loadRegexEngine().catch(() => undefined);
  cache.set(key, compiled);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return compiled;
}

/** The parsed syntax tree of an expression, or undefined when it does not parse. */
export function expressionAst(expr: string): jsonata.ExprNode | undefined {
  try {
    return compileExpression(expr).ast();
  } catch {
    return undefined;
  }
}
