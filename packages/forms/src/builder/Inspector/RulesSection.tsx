import type { JsonSchema, LocalizedText } from '@deskkit/runtime';
import { formFieldNames } from '@deskkit/runtime';
import type { ReactElement } from 'react';
import { ExpressionInput, type FieldChoice } from '../../expression/ExpressionInput';
import { addRule, removeRule, setRule } from '../commands';
import { useBuilder } from '../context';
import type { FieldRuleProp, Form } from '../layout';

const RULE_PROPS: readonly FieldRuleProp[] = ['visible', 'required', 'readonly', 'value'];

type Literal = string | number | boolean;
const isLiteral = (v: unknown): v is Literal =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/** The form's fields as the condition builder offers them: typed, with their choices. */
export function fieldChoices(form: Form): FieldChoice[] {
  return formFieldNames(form.schema).map((name) => {
    const schema: JsonSchema<LocalizedText> = form.schema.properties?.[name] ?? {};
    const ui = form.ui?.fields?.[name];
    const label = ui?.label ?? schema.title;
    const type = typeof schema.type === 'string' ? schema.type : undefined;
    const options = ui?.options?.length
      ? ui.options.map((o) => o.value)
      : schema.enum?.filter(isLiteral);
    return {
      name,
      ...(typeof label === 'string' && label ? { label } : {}),
      ...(type ? { type } : {}),
      ...(options?.length ? { options } : {}),
    };
  });
}

/** The rules of one field: when it shows, is required or read-only, and a computed value. */
export function RulesSection({ field }: { field: string }): ReactElement {
  const { t, form, shown, editForm } = useBuilder();
  const fields = fieldChoices(shown);
  const rules = (form.rules ?? [])
    .map((rule, index) => ({ rule, index }))
    .filter((r) => r.rule.field === field);
  return (
    <fieldset className="dk-inspector__set">
      <legend>{t('builder.rules')}</legend>
      <p className="dk-field__help">{t('builder.rulesHelp')}</p>
      {rules.map(({ rule, index }, n) => (
        <div key={index} className="dk-rule">
          {RULE_PROPS.map((p) => (
            <ExpressionInput
              key={p}
              label={t(`builder.rule.${p}`)}
              value={rule[p] ?? ''}
              fields={fields}
              t={t}
              // visible / required / readonly hold true or false: the condition builder, with
              // jsonata as the advanced mode; a computed value is any jsonata.
              condition={p !== 'value'}
              onChange={(v) => editForm((f) => setRule(f, index, p, v), `rule:${index}:${p}`)}
            />
          ))}
          <button
            type="button"
            className="dk-button dk-button--small dk-button--danger"
            onClick={() => editForm((f) => removeRule(f, index))}
          >
            {t('builder.deleteRule', { index: n + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="dk-button dk-button--small"
        onClick={() => editForm((f) => addRule(f, field))}
      >
        + {t('builder.addRule')}
      </button>
    </fieldset>
  );
}
