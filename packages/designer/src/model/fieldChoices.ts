import type { FieldChoice, ShowText } from '@deskkit/forms';
import type { LocalizedDefinition } from '@deskkit/runtime';

/**
 * The fields of a definition's form as the condition builder and expression completions offer them
 * (`ExpressionInput`'s `fields`): name, label in the reader's language, JSON Schema type, and the
 * choices of an enum or a select.
 *
 * @example
 * ```tsx
 * <ExpressionInput condition label="Applies when" value={when} onChange={setWhen}
 *   fields={formFieldChoices(definition, useText(definition.locales))} />
 * ```
 */
export function formFieldChoices(def: LocalizedDefinition, text: ShowText): FieldChoice[] {
  const props = def.form?.schema?.properties ?? {};
  return Object.keys(props).map((name) => {
    const schema = props[name];
    const type = Array.isArray(schema?.type) ? schema.type[0] : schema?.type;
    const enumValues = schema?.enum?.filter((v): v is string | number | boolean =>
      ['string', 'number', 'boolean'].includes(typeof v),
    );
    const uiOptions = def.form.ui?.fields?.[name]?.options?.map((o) => o.value);
    const options = enumValues?.length ? enumValues : uiOptions?.length ? uiOptions : undefined;
    return {
      name,
      label: text(def.form.ui?.fields?.[name]?.label ?? schema?.title) ?? name,
      ...(type ? { type } : {}),
      ...(options ? { options } : {}),
    };
  });
}
