import type { LocalizedText } from '../definition/definition.types';
import { textPicker } from '../definition/localize';
import { SCHEMA_HINTS } from '../definition/schema';
import type { Issue, IssueParams } from '../errors/errors';
import { renderExpressionFailure } from './jsonata';
import type { MessageValues } from './message';

/** Options of `i18n.findingMessage`. */
export interface FindingMessageOptions {
  /**
   * The definition the finding is about: step and policy names are then shown in the reader's
   * language (the finding itself carries them in the definition's first one).
   */
  definition?: unknown;
}

type Translate = (key: string, values?: MessageValues) => string;

const LISTS: Record<string, string> = {
  node: 'nodes',
  edge: 'edges',
  sla: 'sla',
  trigger: 'triggers',
  automation: 'automations',
};

const record = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;

/** The name of entity `id` of `kind` in `definition`, in the reader's language. */
function nameIn(
  definition: unknown,
  locale: string,
  kind: string,
  id: string | number | undefined,
): string | undefined {
  const def = record(definition);
  const list = def?.[LISTS[kind] ?? ''];
  if (!def || !Array.isArray(list) || id === undefined) return undefined;
  const entry = record(list.find((e) => record(e)?.id === id));
  const name = entry?.name as LocalizedText | undefined;
  if (name === undefined || (typeof name !== 'string' && !record(name))) return undefined;
  const locales = Array.isArray(def.locales) ? (def.locales as string[]) : [];
  return textPicker([locale], locales)(name);
}

const UNITS: Record<string, string> = {
  minLength: 'characters',
  maxLength: 'characters',
  minItems: 'items',
  maxItems: 'items',
  minProperties: 'entries',
  maxProperties: 'entries',
};
const RANGES: Record<string, string> = {
  minimum: 'min',
  maximum: 'max',
  exclusiveMinimum: 'above',
  exclusiveMaximum: 'below',
  multipleOf: 'multiple',
};
const listOf = (value: unknown): string => {
  if (typeof value !== 'string') return String(value);
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map((x) => JSON.stringify(x)).join(', ') : value;
  } catch {
    return value;
  }
};

/** The values of a `SCHEMA_*` message from the violation's keyword and params. */
function schemaValues(p: IssueParams): MessageValues {
  const keyword = String(p.keyword);
  const description = typeof p.description === 'string' ? p.description : undefined;
  const hint = Object.entries(SCHEMA_HINTS).find(([, text]) => text === description)?.[0];
  const described = description === undefined ? 'no' : 'yes';
  const unit = UNITS[keyword];
  return {
    name: String(p.missingProperty ?? p.additionalProperty ?? ''),
    expected: String(p.type ?? ''),
    allowed: listOf(p.allowedValues ?? JSON.stringify(p.allowedValue)),
    described,
    description: description ?? '',
    ...(hint ? { hint } : {}),
    bound: !unit
      ? ''
      : keyword === 'maxProperties' && description
        ? 'described'
        : keyword.startsWith('min')
          ? 'min'
          : 'max',
    unit: unit ?? '',
    range: RANGES[keyword] ?? '',
    limit: Number(keyword === 'multipleOf' ? p.multipleOf : p.limit),
  };
}

/**
 * A definition finding in the reader's language: its `finding.<code>` message with its `params`,
 * `{step}` and `{where}` composed from them. A finding without params (from an older runtime, or
 * the ajv validator) or with a code no catalog knows keeps its English `message`.
 */
export function renderFinding(
  t: Translate,
  locale: string,
  known: (key: string) => string | undefined,
  issue: Issue,
  options: FindingMessageOptions = {},
): string {
  const key = `finding.${issue.code}`;
  const template = known(key);
  if (template === undefined || (!issue.params && /[{]/.test(template))) return issue.message;
  const params: IssueParams = issue.params ?? {};
  const named = (label: string, kind: string, id: string | number | undefined, own: unknown) => {
    const name = nameIn(options.definition, locale, kind, id) ?? own;
    return typeof name === 'string' && name !== '' && name !== id
      ? t('finding.named', { label, name })
      : label;
  };
  const values: MessageValues = {
    ...params,
    ...(params.keyword !== undefined ? schemaValues(params) : {}),
  };
  // A jsonata error inside the finding (`EXPRESSION_INVALID`): its own message, by its code.
  if (params.errorCode !== undefined) values.detail = renderExpressionFailure(t, known, params);
  // A value checked against a field's schema (`TEMPLATE_VALUE_INVALID`): why, as a schema finding.
  const detailCode = params.detailCode === undefined ? undefined : `finding.${params.detailCode}`;
  if (detailCode && known(detailCode) !== undefined)
    values.detail = t(detailCode, { ...values, where: t('finding.value') });
  const hint = values.hint === undefined ? undefined : `finding.hint.${String(values.hint)}`;
  if (hint && known(hint) !== undefined) values.description = t(hint);
  if (params.node !== undefined) {
    const label = t('finding.step', { type: params.nodeType, id: params.node });
    values.step = named(label, 'node', params.node, params.nodeName);
  }
  if (params.ownerKind !== undefined) {
    const kind = String(params.ownerKind);
    const label =
      kind === 'node'
        ? t('finding.step', { type: params.ownerType, id: params.owner })
        : t('finding.owner', { kind, owner: params.owner });
    const owner = kind === 'workflow' ? label : named(label, kind, params.owner, params.ownerName);
    const property = params.property === undefined ? '' : String(params.property);
    values.where =
      property === ''
        ? owner
        : kind === 'workflow'
          ? t('finding.property', { property })
          : t('finding.propertyOf', { property, owner });
  }
  const text = t(key, values);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
