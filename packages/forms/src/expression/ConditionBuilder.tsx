import { useId } from 'react';
import type { FormMessageKey, TranslateFn } from '../i18n/messages';
import {
  CONDITION_OPERATORS,
  type ConditionGroup,
  type ConditionLiteral,
  type ConditionOperator,
  type ConditionRule,
} from './condition';
import type { FieldChoice } from './condition';
import { type ExpressionTranslate, useExpressionTranslator } from './translate';

const OPERATOR_KEYS: Record<ConditionOperator, FormMessageKey> = {
  '=': 'condition.op.eq',
  '!=': 'condition.op.ne',
  '<': 'condition.op.lt',
  '<=': 'condition.op.le',
  '>': 'condition.op.gt',
  '>=': 'condition.op.ge',
  in: 'condition.op.in',
  contains: 'condition.op.contains',
  set: 'condition.op.set',
  notSet: 'condition.op.notSet',
};

type Item = ConditionRule | ConditionGroup;

/** Text typed for a value becomes a number or a boolean when the field (or the old value) is one. */
function toLiteral(text: string, kind: string | undefined): ConditionLiteral {
  const s = text.trim();
  if ((kind === 'number' || kind === 'integer') && s !== '' && Number.isFinite(Number(s)))
    return Number(s);
  if (kind === 'boolean' && (s === 'true' || s === 'false')) return s === 'true';
  return text;
}

const show = (v: ConditionLiteral | undefined) => (v === undefined || v === null ? '' : String(v));

interface Env {
  fields: readonly FieldChoice[];
  t: TranslateFn;
  listId: string;
}

function RuleRow(props: {
  rule: ConditionRule;
  n: string;
  env: Env;
  onChange(next: Item | null): void;
}) {
  const { rule, n, env, onChange } = props;
  const { t } = env;
  const id = useId();
  const field = env.fields.find((f) => f.name === rule.field);
  const kind =
    field?.type ??
    (typeof (Array.isArray(rule.value) ? rule.value[0] : rule.value) === 'number'
      ? 'number'
      : undefined);
  const set = (patch: Partial<ConditionRule>) => onChange({ ...rule, ...patch });
  const noValue = rule.operator === 'set' || rule.operator === 'notSet';
  const options = field?.options;
  return (
    <div role="group" aria-label={t('condition.rule', { n })} className="dk-cond__rule">
      <label className="dk-sr-only dk-visually-hidden" htmlFor={`${id}-f`}>
        {t('condition.field')}
      </label>
      <input
        id={`${id}-f`}
        className="dk-input dk-input--code dk-input--mono dk-cond__field"
        list={env.listId}
        value={rule.field}
        placeholder={t('condition.field')}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => set({ field: e.target.value })}
      />
      <label className="dk-sr-only dk-visually-hidden" htmlFor={`${id}-o`}>
        {t('condition.operator')}
      </label>
      <select
        id={`${id}-o`}
        className="dk-select dk-cond__op"
        value={rule.operator}
        onChange={(e) => {
          const operator = e.target.value as ConditionOperator;
          const v = rule.value;
          const value =
            operator === 'set' || operator === 'notSet'
              ? undefined
              : operator === 'in'
                ? Array.isArray(v)
                  ? v
                  : v === undefined
                    ? []
                    : [v]
                : Array.isArray(v)
                  ? v[0]
                  : v;
          onChange({
            kind: 'rule',
            field: rule.field,
            operator,
            ...(value === undefined ? {} : { value }),
          });
        }}
      >
        {CONDITION_OPERATORS.map((op) => (
          <option key={op} value={op}>
            {t(OPERATOR_KEYS[op])}
          </option>
        ))}
      </select>
      {!noValue && (
        <>
          <label className="dk-sr-only dk-visually-hidden" htmlFor={`${id}-v`}>
            {t(rule.operator === 'in' ? 'condition.valueList' : 'condition.value')}
          </label>
          {options && rule.operator !== 'in' && rule.operator !== 'contains' ? (
            <select
              id={`${id}-v`}
              className="dk-select dk-cond__value"
              value={show(rule.value as ConditionLiteral)}
              onChange={(e) =>
                set({ value: options.find((o) => String(o) === e.target.value) ?? e.target.value })
              }
            >
              <option value="">{t('condition.choose')}</option>
              {options.map((o) => (
                <option key={String(o)} value={String(o)}>
                  {String(o)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-v`}
              className="dk-input dk-cond__value"
              value={Array.isArray(rule.value) ? rule.value.map(show).join(', ') : show(rule.value)}
              placeholder={t(rule.operator === 'in' ? 'condition.valueList' : 'condition.value')}
              onChange={(e) =>
                set({
                  value:
                    rule.operator === 'in'
                      ? e.target.value
                          .split(',')
                          .map((s) => s.trim())
                          .filter(Boolean)
                          .map((s) => toLiteral(s, kind))
                      : rule.operator === 'contains'
                        ? e.target.value
                        : toLiteral(e.target.value, kind),
                })
              }
            />
          )}
        </>
      )}
      <button
        type="button"
        className="dk-btn dk-btn--ghost dk-btn--icon dk-icon-button dk-cond__remove"
        aria-label={t('condition.remove', { n })}
        title={t('condition.remove', { n })}
        onClick={() => onChange(null)}
      >
        ×
      </button>
    </div>
  );
}

function GroupBox(props: {
  group: ConditionGroup;
  env: Env;
  depth: number;
  /** Position for labels: `2`, or `2.1` inside group 2. */
  n: string;
  onChange(next: ConditionGroup | null): void;
}) {
  const { group, env, depth, n, onChange } = props;
  const { t } = env;
  const id = useId();
  const setItem = (i: number, next: Item | null) => {
    const items = [...group.items];
    if (next) items[i] = next;
    else items.splice(i, 1);
    onChange({ ...group, items });
  };
  const add = (item: Item) => onChange({ ...group, items: [...group.items, item] });
  const at = (i: number) => (depth ? `${n}.${i + 1}` : String(i + 1));
  const rule = (): ConditionRule => ({ kind: 'rule', field: '', operator: '=' });
  return (
    <div
      className={`dk-cond__group${depth ? ' dk-cond__group--nested' : ''}`}
      role={depth ? 'group' : undefined}
      aria-label={depth ? t('condition.group', { n }) : undefined}
    >
      <div className="dk-cond__head">
        <label className="dk-cond__match" htmlFor={`${id}-m`}>
          {t('condition.match')}
        </label>
        <select
          id={`${id}-m`}
          className="dk-select dk-cond__joiner"
          value={group.op}
          onChange={(e) => onChange({ ...group, op: e.target.value as 'and' | 'or' })}
        >
          <option value="and">{t('condition.all')}</option>
          <option value="or">{t('condition.any')}</option>
        </select>
        {depth > 0 && (
          <button
            type="button"
            className="dk-btn dk-btn--ghost dk-btn--small dk-btn--danger-text dk-button dk-button--small dk-button--ghost"
            onClick={() => onChange(null)}
          >
            {t('condition.removeGroup', { n })}
          </button>
        )}
      </div>
      {group.items.length === 0 && <p className="dk-hint dk-field__help">{t('condition.empty')}</p>}
      {group.items.map((item, i) =>
        item.kind === 'rule' ? (
          <RuleRow key={i} rule={item} n={at(i)} env={env} onChange={(next) => setItem(i, next)} />
        ) : (
          <GroupBox
            key={i}
            group={item}
            env={env}
            depth={depth + 1}
            n={at(i)}
            onChange={(next) => setItem(i, next)}
          />
        ),
      )}
      <div className="dk-cond__add">
        <button
          type="button"
          className="dk-btn dk-btn--small dk-button dk-button--small"
          onClick={() => add(rule())}
        >
          {t('condition.add')}
        </button>
        {depth < 2 && (
          <button
            type="button"
            className="dk-btn dk-btn--small dk-btn--ghost dk-button dk-button--small dk-button--ghost"
            onClick={() =>
              add({ kind: 'group', op: group.op === 'and' ? 'or' : 'and', items: [rule()] })
            }
          >
            {t('condition.addGroup')}
          </button>
        )}
      </div>
    </div>
  );
}

/** Props of {@link ConditionBuilder}. */
export interface ConditionBuilderProps {
  value: ConditionGroup;
  onChange(next: ConditionGroup): void;
  fields: readonly FieldChoice[];
  /** A translator asked first (see {@link ExpressionTranslate}); else the forms catalogs. */
  t?: ExpressionTranslate;
}

/**
 * Edits a condition as rows of field, operator and value joined by "all of" / "any of", with
 * sub-groups two levels deep. Field names are offered from the form (and any path may be typed,
 * e.g. `$ticket.status`); a field with options gets a select of them.
 */
export function ConditionBuilder(props: ConditionBuilderProps) {
  const t = useExpressionTranslator(props.t);
  const listId = `${useId()}-fields`;
  const env = { fields: props.fields, t, listId };
  return (
    <div className="dk-cond">
      <GroupBox
        group={props.value}
        env={env}
        depth={0}
        n=""
        onChange={(next) => props.onChange(next ?? { kind: 'group', op: 'and', items: [] })}
      />
      <datalist id={listId}>
        {props.fields.map((f) => (
          <option key={f.name} value={f.name}>
            {f.label}
          </option>
        ))}
      </datalist>
    </div>
  );
}
