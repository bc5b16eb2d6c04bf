import { ExpressionError } from '../errors/errors';
import { compileExpression, quoteExpression } from './compile';
import type { FieldReference } from './expression.types';

/** A jsonata syntax-tree node, loosely typed: the published typings miss `path`, `sort`, ... */
interface Node {
  type: string;
  value?: unknown;
  position?: number;
  [key: string]: unknown;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Where a name token sits in the source: jsonata records the offset just past it. */
function tokenSpan(source: string, step: Node): { start: number; end: number } | undefined {
  const name = String(step.value);
  const end = step.position ?? -1;
  if (source.slice(end - name.length, end) === name && source[end - name.length - 1] !== '`') {
    return { start: end - name.length, end };
  }
  const quoted = `\`${name}\``;
  if (source.slice(end - quoted.length, end) === quoted) return { start: end - quoted.length, end };
  return undefined;
}

function pathOf(steps: Node[], from: number): string {
  const names: string[] = [];
  for (let i = from; i < steps.length; i++) {
    const step = steps[i];
    if (step?.type !== 'name') break;
    names.push(String(step.value));
  }
  return names.join('.');
}

/**
 * Walks the syntax tree and reports names read from the root of the data. `atRoot` is false where
 * the context item is something else (later steps of a path, filters, sorts, groups, transforms).
 */
function walk(node: unknown, atRoot: boolean, source: string, out: FieldReference[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, atRoot, source, out);
    return;
  }
  const n = node as Node;
  if (n.type === 'path' && Array.isArray(n.steps)) {
    const steps = n.steps as Node[];
    const first = steps[0];
    let fieldStep = -1;
    if (first?.type === 'name' && atRoot) fieldStep = 0;
    else if (
      first?.type === 'variable' &&
      (first.value === '$' || (first.value === '' && atRoot)) &&
      steps[1]?.type === 'name'
    ) {
      fieldStep = 1;
    }
    if (fieldStep >= 0) {
      const step = steps[fieldStep] as Node;
      const span = tokenSpan(source, step);
      if (span) {
        out.push({ field: String(step.value), path: pathOf(steps, fieldStep), ...span });
      }
    }
    steps.forEach((step, i) => {
      walkStep(step, i === 0 ? atRoot : false, source, out);
    });
    walkExtras(n, source, out);
    return;
  }
  walkStep(n, atRoot, source, out);
}

/** Children of a node other than path steps: operands keep the context, filters change it. */
function walkStep(n: Node, atRoot: boolean, source: string, out: FieldReference[]): void {
  for (const key of ['lhs', 'rhs', 'expression', 'expressions', 'arguments', 'procedure']) {
    const child = n[key];
    if (key === 'lhs' && Array.isArray(child) && Array.isArray(child[0])) {
      // Object constructor: [[key, value], ...] evaluated in the current context.
      walk(child, atRoot, source, out);
    } else if (child !== undefined && key !== 'procedure') {
      walk(child, atRoot, source, out);
    }
  }
  for (const key of ['condition', 'then', 'else', 'body']) walk(n[key], atRoot, source, out);
  if (n.type === 'sort' && Array.isArray(n.terms)) {
    for (const term of n.terms as Array<{ expression?: unknown }>) {
      walk(term.expression, false, source, out);
    }
  }
  if (n.type === 'transform') {
    walk(n.pattern, false, source, out);
    walk(n.update, false, source, out);
    walk(n.delete, false, source, out);
  }
  walkExtras(n, source, out);
}

function walkExtras(n: Node, source: string, out: FieldReference[]): void {
  for (const key of ['stages', 'predicate']) {
    const stages = n[key];
    if (Array.isArray(stages)) {
      for (const stage of stages as Array<{ expr?: unknown }>) walk(stage.expr, false, source, out);
    }
  }
  const group = n.group as { lhs?: unknown } | undefined;
  if (group) walk(group.lhs, false, source, out);
}

/**
 * Every reference to a data field in an expression, with its dotted path and source offsets.
 * Throws {@link ExpressionError} when the expression does not parse.
 */
export function expressionReferences(expr: string): FieldReference[] {
  let refs = referenceCache.get(expr);
  if (!refs) {
    const out: FieldReference[] = [];
    walk(compileExpression(expr).ast(), true, expr, out);
    refs = out.sort((a, b) => a.start - b.start);
    referenceCache.set(expr, refs);
    if (referenceCache.size > 2000) {
      const oldest = referenceCache.keys().next().value;
      if (oldest !== undefined) referenceCache.delete(oldest);
    }
  }
  return refs.map((r) => ({ ...r }));
}

// Syntax trees never change, so the references of an expression string are computed once.
const referenceCache = new Map<string, FieldReference[]>();

/**
 * The top-level data fields an expression reads, in order of first use: names at the root of a
 * path (`priority`, `customer` in `customer.name`, `x` in `$$.x`), not names inside filters or
 * after a dot. Throws {@link ExpressionError} when the expression does not parse.
 *
 * @example
 * ```ts
 * expressionFields("priority = 'high' and customer.vip and $count(items[qty > 1]) > 0");
 * // ['priority', 'customer', 'items']
 * ```
 */
export function expressionFields(expr: string): string[] {
  return [...new Set(expressionReferences(expr).map((r) => r.field))];
}

/**
 * Rewrites the references to field `from` as `to`, leaving strings, variables, and names inside
 * filters or after a dot untouched. Names that are not plain identifiers are written in backticks.
 * Throws {@link ExpressionError} when the expression does not parse.
 *
 * @example
 * ```ts
 * renameFieldInExpression("risk = 'high' and items[risk > 1]", 'risk', 'riskLevel');
 * // "riskLevel = 'high' and items[risk > 1]"
 * ```
 */
export function renameFieldInExpression(expr: string, from: string, to: string): string {
  if (to === '') {
    throw new ExpressionError(
      `Cannot rename field "${from}" to an empty name in ${quoteExpression(expr)}.`,
      expr,
    );
  }
  const replacement = IDENTIFIER.test(to) ? to : `\`${to.replace(/`/g, '')}\``;
  const refs = expressionReferences(expr).filter((r) => r.field === from);
  let result = expr;
  for (const ref of refs.reverse()) {
    result = result.slice(0, ref.start) + replacement + result.slice(ref.end);
  }
  return result;
}
