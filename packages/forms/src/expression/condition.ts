import jsonata from 'jsonata';

/** A form field offered by autocomplete and the condition builder. */
export interface FieldChoice {
  name: string;
  label?: string;
  /** JSON Schema type (`number`, `boolean`, …): the builder types values by it. */
  type?: string;
  /** The field's choices (`enum` or select options): the builder offers them as values. */
  options?: ReadonlyArray<string | number | boolean>;
}

/** A literal a condition compares with. */
export type ConditionLiteral = string | number | boolean | null;

/** How a rule compares its field. `set` / `notSet` take no value; `in` takes a list. */
export type ConditionOperator =
  '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'contains' | 'set' | 'notSet';

/** Every {@link ConditionOperator}, in the order the builder offers them. */
export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  '=',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  'in',
  'contains',
  'set',
  'notSet',
];

/** One comparison: `field operator value`. `field` is a dotted path, `$ticket.status` or `priority`. */
export interface ConditionRule {
  kind: 'rule';
  field: string;
  operator: ConditionOperator;
  value?: ConditionLiteral | ConditionLiteral[];
}

/** Rules and groups joined by `and` (all must hold) or `or` (any may hold). */
export interface ConditionGroup {
  kind: 'group';
  op: 'and' | 'or';
  items: Array<ConditionRule | ConditionGroup>;
}

/** Why a jsonata expression cannot be shown in the builder. */
export type ConditionUnreadable =
  | { ok: false; reason: 'parse'; message: string }
  | { ok: false; reason: 'unsupported'; part: string };

/** The result of {@link jsonataToCondition}. */
export type ConditionReading = { ok: true; condition: ConditionGroup } | ConditionUnreadable;

const COMPARE = new Set(['=', '!=', '<', '<=', '>', '>=']);
const IDENT = /^[A-Za-z_]\w*$/;

const literal = (v: ConditionLiteral): string =>
  typeof v === 'string' ? JSON.stringify(v) : String(v);

function path(field: string): string {
  const segments = field.split('.');
  // A leading `$ticket` is a variable only when a field of it follows (`$ticket.status`).
  return segments
    .map((seg, i) =>
      i === 0 && segments.length > 1 && /^\$[A-Za-z_]\w*$/.test(seg)
        ? seg
        : IDENT.test(seg)
          ? seg
          : `\`${seg}\``,
    )
    .join('.');
}

/** A rule is complete when it names a field and, unless it tests presence, has a value. */
export function isCompleteRule(rule: ConditionRule): boolean {
  if (!rule.field.trim()) return false;
  if (rule.operator === 'set' || rule.operator === 'notSet') return true;
  if (rule.operator === 'in') return Array.isArray(rule.value) && rule.value.length > 0;
  return rule.value !== undefined && !Array.isArray(rule.value);
}

function ruleText(rule: ConditionRule): string {
  const f = path(rule.field);
  const v = rule.value;
  switch (rule.operator) {
    case 'set':
      return `$exists(${f})`;
    case 'notSet':
      return `$not($exists(${f}))`;
    case 'in':
      return `${f} in [${(Array.isArray(v) ? v : [v ?? null]).map(literal).join(', ')}]`;
    case 'contains':
      return `$contains(${f}, ${literal(Array.isArray(v) ? '' : (v ?? ''))})`;
    default:
      return `${f} ${rule.operator} ${literal(Array.isArray(v) ? null : (v ?? null))}`;
  }
}

function groupText(group: ConditionGroup, nested: boolean): string {
  const parts = group.items
    .filter((item) => item.kind === 'group' || isCompleteRule(item))
    .map((item) => (item.kind === 'rule' ? ruleText(item) : groupText(item, true)))
    .filter(Boolean);
  if (!parts.length) return '';
  const text = parts.join(` ${group.op} `);
  return nested ? `(${text})` : text;
}

/**
 * Writes a condition as jsonata. Incomplete rules (no field, no value) are left out, and an empty
 * condition is `''` (no condition).
 *
 * @example
 * ```ts
 * conditionToJsonata({ kind: 'group', op: 'and', items: [
 *   { kind: 'rule', field: 'priority', operator: '=', value: 'P1' },
 *   { kind: 'rule', field: 'cost', operator: '>', value: 1000 }] });
 * // 'priority = "P1" and cost > 1000'
 * ```
 */
export function conditionToJsonata(condition: ConditionGroup): string {
  return groupText(condition, false);
}

interface Ast {
  type: string;
  value?: unknown;
  lhs?: Ast;
  rhs?: Ast;
  steps?: Ast[];
  expressions?: Ast[];
  arguments?: Ast[];
  procedure?: Ast;
  position?: number;
  // Paths with predicates, filters or other stages are not a plain field.
  stages?: unknown;
  predicate?: unknown;
  group?: unknown;
}

class Unsupported extends Error {
  constructor(readonly node: Ast) {
    super('unsupported');
  }
}

function fieldOf(node: Ast | undefined): string {
  if (!node || node.type !== 'path' || !node.steps?.length)
    throw new Unsupported(node ?? { type: '?' });
  return node.steps
    .map((step, i) => {
      const plain =
        !step.stages && !step.predicate && !step.group && typeof step.value === 'string';
      if (plain && step.type === 'name' && !(step.value as string).includes('.')) return step.value;
      if (plain && step.type === 'variable' && i === 0 && node.steps!.length > 1)
        return `$${step.value as string}`;
      throw new Unsupported(step);
    })
    .join('.');
}

function literalOf(node: Ast | undefined): ConditionLiteral {
  if (node && (node.type === 'string' || node.type === 'number' || node.type === 'value')) {
    return node.value as ConditionLiteral;
  }
  throw new Unsupported(node ?? { type: '?' });
}

const call = (node: Ast, name: string, arity: number) =>
  node.type === 'function' &&
  node.procedure?.type === 'variable' &&
  node.procedure.value === name &&
  node.arguments?.length === arity;

function ruleOf(node: Ast): ConditionRule {
  if (node.type === 'binary' && COMPARE.has(node.value as string)) {
    return {
      kind: 'rule',
      field: fieldOf(node.lhs),
      operator: node.value as ConditionOperator,
      value: literalOf(node.rhs),
    };
  }
  if (
    node.type === 'binary' &&
    node.value === 'in' &&
    node.rhs?.type === 'unary' &&
    node.rhs.value === '['
  ) {
    return {
      kind: 'rule',
      field: fieldOf(node.lhs),
      operator: 'in',
      value: (node.rhs.expressions ?? []).map(literalOf),
    };
  }
  if (call(node, 'contains', 2)) {
    const value = literalOf(node.arguments![1]);
    if (typeof value !== 'string') throw new Unsupported(node);
    return { kind: 'rule', field: fieldOf(node.arguments![0]), operator: 'contains', value };
  }
  if (call(node, 'exists', 1))
    return { kind: 'rule', field: fieldOf(node.arguments![0]), operator: 'set' };
  if (call(node, 'not', 1) && call(node.arguments![0]!, 'exists', 1)) {
    return { kind: 'rule', field: fieldOf(node.arguments![0]!.arguments![0]), operator: 'notSet' };
  }
  throw new Unsupported(node);
}

function itemOf(node: Ast): ConditionRule | ConditionGroup {
  // `a and b or c`: precedence made a sub-group without parentheses; it is written back with them.
  if (node.type === 'binary' && (node.value === 'and' || node.value === 'or')) return groupOf(node);
  if (node.type === 'block') {
    if (node.expressions?.length !== 1) throw new Unsupported(node);
    return groupOf(node.expressions[0]!);
  }
  return ruleOf(node);
}

/** Flattens `a and b and c` (a left-leaning tree) into one group; parentheses make sub-groups. */
function groupOf(node: Ast): ConditionGroup {
  const op =
    node.type === 'binary' && (node.value === 'and' || node.value === 'or') ? node.value : null;
  if (!op) return { kind: 'group', op: 'and', items: [itemOf(node)] };
  const items: Array<ConditionRule | ConditionGroup> = [];
  const walk = (n: Ast) => {
    if (n.type === 'binary' && n.value === op) {
      walk(n.lhs!);
      walk(n.rhs!);
    } else items.push(itemOf(n));
  };
  walk(node);
  return { kind: 'group', op, items };
}

/**
 * Reads a jsonata expression back into a condition, parsing it with jsonata's own parser. An
 * expression the builder cannot show (functions other than `$exists`/`$contains`, arithmetic,
 * mixed `and`/`or` without parentheses, filters) is reported with the part it could not read, so
 * the editor can open it as raw jsonata and say why.
 *
 * @example
 * ```ts
 * jsonataToCondition('priority = "P1" or $ticket.status in ["open"]');
 * // { ok: true, condition: { kind: 'group', op: 'or', items: [...] } }
 * jsonataToCondition('$sum(items.cost) > 10'); // { ok: false, reason: 'unsupported', part: '$sum(items.cost)' }
 * ```
 */
export function jsonataToCondition(expression: string): ConditionReading {
  if (!expression.trim()) return { ok: true, condition: { kind: 'group', op: 'and', items: [] } };
  let ast: Ast;
  try {
    ast = jsonata(expression).ast() as Ast;
  } catch (error) {
    return {
      ok: false,
      reason: 'parse',
      message: (error as { message?: string }).message ?? String(error),
    };
  }
  try {
    return { ok: true, condition: groupOf(ast) };
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return { ok: false, reason: 'unsupported', part: excerpt(expression, error.node) };
  }
}

/** The source text around an AST node (jsonata positions point just past the token). */
function excerpt(expression: string, node: Ast): string {
  const end = typeof node.position === 'number' ? node.position : expression.length;
  const start = Math.max(0, expression.lastIndexOf(' ', Math.max(0, end - 2)) + 1);
  const stop = expression.indexOf(' ', end);
  return (
    expression.slice(start, stop === -1 ? expression.length : stop).trim() || expression.trim()
  );
}
