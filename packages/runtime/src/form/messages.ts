import type { Issue, IssueParams } from '../errors/errors';

/** One JSON Schema violation, as both validators report it before it becomes an {@link Issue}. */
export interface Violation {
  keyword: string;
  /** JSON pointer into the data of the value at fault. */
  pointer: string;
  params: Record<string, unknown>;
  /** The validator's own wording, used when no better sentence is known. */
  fallback: string;
}

const FORMAT_NAMES: Record<string, string> = {
  email: 'an email address',
  date: 'a date (YYYY-MM-DD)',
  'date-time': 'a date and time',
  time: 'a time (HH:MM:SS)',
  uri: 'a URL',
  url: 'a URL',
  uuid: 'a UUID',
  hostname: 'a host name',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  duration: 'an ISO 8601 duration',
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'empty',
};

/** The stable issue code of each JSON Schema keyword. */
export const CODES: Record<string, string> = {
  required: 'REQUIRED',
  type: 'INVALID_TYPE',
  enum: 'INVALID_VALUE',
  const: 'INVALID_VALUE',
  format: 'INVALID_FORMAT',
  pattern: 'INVALID_PATTERN',
  minLength: 'INVALID_LENGTH',
  maxLength: 'INVALID_LENGTH',
  minimum: 'OUT_OF_RANGE',
  maximum: 'OUT_OF_RANGE',
  exclusiveMinimum: 'OUT_OF_RANGE',
  exclusiveMaximum: 'OUT_OF_RANGE',
  multipleOf: 'OUT_OF_RANGE',
  minItems: 'INVALID_ITEMS',
  maxItems: 'INVALID_ITEMS',
  uniqueItems: 'INVALID_ITEMS',
  additionalProperties: 'UNKNOWN_FIELD',
};

const list = (values: unknown): string =>
  Array.isArray(values) ? values.map((v) => JSON.stringify(v)).join(', ') : JSON.stringify(values);

const plural = (n: unknown, word: string): string => `${String(n)} ${word}${n === 1 ? '' : 's'}`;

/** The predicate of a violation's sentence (`must be at least 3`). */
export function describe(v: Violation): string {
  const p = v.params;
  switch (v.keyword) {
    case 'required':
      return 'is required';
    case 'type': {
      const types = (Array.isArray(p.type) ? p.type : String(p.type).split(',')) as string[];
      return `must be ${types.map((t) => TYPE_NAMES[t] ?? t).join(' or ')}`;
    }
    case 'enum':
      return `must be one of ${list(p.allowedValues)}`;
    case 'const':
      return `must be ${list(p.allowedValue)}`;
    case 'format':
      return `must be ${FORMAT_NAMES[String(p.format)] ?? `in the format "${String(p.format)}"`}`;
    case 'pattern':
      return typeof p.description === 'string'
        ? `must be ${p.description}`
        : `does not have the expected form (pattern ${String(p.pattern)})`;
    case 'minLength':
      return `must be at least ${plural(p.limit, 'character')} long`;
    case 'maxLength':
      return `must be at most ${plural(p.limit, 'character')} long`;
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `must be greater than ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(p.limit)}`;
    case 'multipleOf':
      return `must be a multiple of ${String(p.multipleOf)}`;
    case 'minItems':
      return `must have at least ${plural(p.limit, 'item')}`;
    case 'maxItems':
      return `must have at most ${plural(p.limit, 'item')}`;
    case 'uniqueItems':
      return 'must not contain the same item twice';
    case 'additionalProperties':
      return 'is not a field of this form';
    case 'false':
      return 'is not allowed here';
    default:
      return v.fallback.replace(/\.$/, '');
  }
}

/** A violation's data for a message in another language: its keyword and plain params. */
export function violationParams(v: Violation): IssueParams {
  const data: IssueParams = { keyword: v.keyword };
  for (const [key, value] of Object.entries(v.params))
    data[key] =
      typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value);
  return data;
}

/**
 * Turns a violation into an issue whose message names the field by its label; its params (the
 * keyword and the validator's params) let `i18n.findingMessage` say it in another language.
 */
export function violationIssue(
  v: Violation,
  label: (pointer: string) => string,
  phrase?: (pointer: string) => string,
): Issue {
  const subject = phrase
    ? phrase(v.pointer)
    : v.pointer === ''
      ? label('') || 'The value'
      : `"${label(v.pointer)}"`;
  return {
    path: v.pointer,
    code: CODES[v.keyword] ?? 'INVALID_VALUE',
    severity: 'error',
    message: `${subject} ${describe(v)}.`,
    params: violationParams(v),
  };
}

/** The last segment of a JSON pointer, unescaped: the default label of a value. */
export function pointerLabel(pointer: string): string {
  const last = pointer.split('/').pop() ?? '';
  return last.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Escapes one segment for a JSON pointer. */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
