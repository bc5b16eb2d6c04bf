import type { LocalizedText } from '../definition/definition.types';
import { textPicker } from '../definition/localize';
import type { Issue, IssueParams } from '../errors/errors';
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
  const values: MessageValues = { ...params };
  const hint = params.hint === undefined ? undefined : `finding.hint.${params.hint}`;
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
