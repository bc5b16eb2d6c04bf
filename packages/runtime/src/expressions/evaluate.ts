import { ExpressionError } from '../errors/errors';
import { compileExpression, limitsOf, quoteExpression } from './compile';
import type { ExpressionContext, ExpressionLimits } from './expression.types';
import type { SizeFailure } from './guards';
import { loadRegexEngine, needsRegexEngine } from './regex';

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  limits?: ExpressionLimits;
}

// jsonata's own $fromMillis formats `$now(picture, timezone)` exactly as jsonata's $now would.
let formatter: ReturnType<typeof compileExpression> | undefined;

function toMillis(now: ExpressionContext['now']): number {
  if (now === undefined) return Date.now();
  if (now instanceof Date) return now.getTime();
  return typeof now === 'number' ? now : Date.parse(now);
}

/** Variables bound for one evaluation: `$ticket`, `$actor`, `$now()`, `$millis()` and the extras. */
function bindingsOf(context: ExpressionContext): Record<string, unknown> {
  const millis = toMillis(context.now);
  return {
    ...context.bindings,
    ...(context.ticket !== undefined ? { ticket: context.ticket } : {}),
    ...(context.actor !== undefined ? { actor: context.actor } : {}),
    millis: () => millis,
    now(picture?: string, timezone?: string): unknown {
      if (picture === undefined && timezone === undefined) return new Date(millis).toISOString();
      formatter ??= compileExpression('$fromMillis($m, $p, $t)');
      return formatter.evaluate({}, { m: millis, p: picture, t: timezone });
    },
  };
}

interface JsonataRuntimeError {
  code?: string;
  position?: number;
  message?: string;
}

function failure(expr: string, err: unknown, limits: Required<ExpressionLimits>): ExpressionError {
  if (err instanceof ExpressionError) return err;
  const e = (err ?? {}) as JsonataRuntimeError;
  const q = quoteExpression(expr);
  if (e.code === 'D1012') {
    return new ExpressionError(
      `Expression ${q} ran longer than ${limits.timeoutMs} ms and was stopped; check it for an endless loop.`,
      expr,
      e.position,
      { cause: err },
    );
  }
  if (e.code === 'DK_SIZE' || /Invalid (string|array) length/.test(String(e.message))) {
    const f = e as Partial<SizeFailure>;
    return new ExpressionError(
      f.what === 'list'
        ? `Expression ${q} built a list longer than ${f.limit} items and was stopped.`
        : `Expression ${q} built a text longer than ${f.limit ?? limits.maxString} characters and was stopped.`,
      expr,
      e.position,
      { cause: err },
    );
  }
  if (e.code === 'D1011' || err instanceof RangeError) {
    return new ExpressionError(
      `Expression ${q} recursed deeper than ${limits.maxDepth} levels and was stopped; check its recursive functions for a missing base case.`,
      expr,
      e.position,
      { cause: err },
    );
  }
  if (e.code === 'D2015') {
    return new ExpressionError(
      `Expression ${q} built a sequence longer than ${limits.maxSequence} items and was stopped.`,
      expr,
      e.position,
      { cause: err },
    );
  }
  const detail = e.message ?? String(err);
  const where = e.position !== undefined ? ` at position ${e.position}` : '';
  return new ExpressionError(`Expression ${q} failed${where}: ${detail}`, expr, e.position, {
    cause: err,
  });
}

const regexNeeds = new WeakMap<object, boolean>();
function needsRegex(compiled: ReturnType<typeof compileExpression>): boolean {
  let needs = regexNeeds.get(compiled);
  if (needs === undefined) regexNeeds.set(compiled, (needs = needsRegexEngine(compiled.ast())));
  return needs;
}

/** jsonata sequences are arrays with extra flags; hand callers plain JSON values. */
function plain(value: unknown): unknown {
  return Array.isArray(value) ? Array.from(value as unknown[]) : value;
}

/**
 * Evaluates a jsonata expression against a ticket's data. The expression is compiled once and
 * cached; evaluation stops with an {@link ExpressionError} naming the expression when it does not
 * parse, throws, runs longer than `limits.timeoutMs`, or recurses deeper than `limits.maxDepth`.
 *
 * @example
 * ```ts
 * const urgent = await evaluate("priority = 'high' and $actor.id = $ticket.requester", {
 *   data: { priority: 'high' },
 *   ticket: { requester: 'ann' },
 *   actor: { id: 'ann' },
 * }); // true
 * ```
 */
export async function evaluate(
  expr: string,
  context: ExpressionContext = {},
  options: EvaluateOptions = {},
): Promise<unknown> {
  const limits = limitsOf(options.limits);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const compiled = compileExpression(expr, limits);
    // Loading the regular expression engine (once) is not part of the time box.
    if (needsRegex(compiled)) await loadRegexEngine();
    // jsonata checks its time box between steps; this backstop also stops a host function that
    // never settles.
    const backstop = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject({ code: 'D1012' }), limits.timeoutMs + 50);
    });
    const result = await Promise.race([
      compiled.evaluate(context.data ?? {}, bindingsOf(context)),
      backstop,
    ]);
    return plain(result);
  } catch (err) {
    throw failure(expr, err, limits);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * jsonata's `$boolean` casting: `false`, `0`, `''`, `null`, `undefined`, empty arrays and empty
 * objects are false; an array is true when any member is.
 */
export function toBoolean(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.some(toBoolean);
  if (typeof value === 'string') return value.length > 0;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'function') return false;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

/**
 * Evaluates a condition (an edge's `when`, an SLA's `when`, a rule's `visible`) to a boolean with
 * jsonata's truthiness: a missing field is false.
 *
 * @example
 * ```ts
 * await evaluateCondition('amount > 1000', { data: { amount: 5000 } }); // true
 * ```
 */
export async function evaluateCondition(
  expr: string,
  context: ExpressionContext = {},
  options: EvaluateOptions = {},
): Promise<boolean> {
  return toBoolean(await evaluate(expr, context, options));
}
