import {
  safeFormValidator,
  type FormDefinition,
  type FormValidator,
  type JsonSchema,
} from '@deskkit/runtime';
import { defaultMessages, type MessageKey, type T } from '../i18n/messages';

function known(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(defaultMessages, key);
}

/**
 * A widget type's configuration form with its field titles and option labels in the desk's
 * language. Built-in widgets have a message for each (`config.<type>.<field>`, shared filters
 * `config.<field>`, options `config.<type>.<field>.<value>`); a host's own widget type keeps the
 * titles it wrote.
 */
export function localizeConfigForm(type: string, form: FormDefinition, t: T): FormDefinition {
  const title = (field: string): string | undefined => {
    const own = `config.${type}.${field}`;
    if (known(own)) return t(own);
    const shared = `config.${field}`;
    return known(shared) ? t(shared) : undefined;
  };
  const properties: Record<string, JsonSchema> = {};
  for (const [field, schema] of Object.entries(form.schema.properties ?? {})) {
    const text = title(field);
    properties[field] = text === undefined ? schema : { ...schema, title: text };
  }
  const fields = { ...(form.ui?.fields ?? {}) };
  for (const [field, ui] of Object.entries(fields)) {
    if (!ui?.options) continue;
    fields[field] = {
      ...ui,
      options: ui.options.map((option) => {
        const key = `config.${type}.${field}.${String(option.value)}`;
        return known(key) ? { ...option, label: t(key) } : option;
      }),
    };
  }
  return {
    ...form,
    schema: { ...form.schema, properties },
    ...(form.ui ? { ui: { ...form.ui, fields } } : {}),
  };
}

/**
 * The validator of a configuration form (one {@link localizeConfigForm} returned): fields are named
 * by their titles, and a value outside a field's options lists the options by their labels in the
 * desk's language (`"Count by" must be Status, Priority, or Workflow.` / `“统计依据”必须是状态、优先级或流程。`),
 * never by their raw values.
 */
export function configValidator(
  form: FormDefinition,
  t: T,
  locale: string,
  base: FormValidator = safeFormValidator,
): FormValidator {
  const fieldOf = (pointer: string): string => pointer.split('/')[1] ?? '';
  const title = (pointer: string): string => {
    const field = fieldOf(pointer);
    return form.schema.properties?.[field]?.title ?? field;
  };
  return {
    validate(schema, data, options) {
      return base.validate(schema, data, { label: title, ...options }).map((issue) => {
        if (issue.code !== 'INVALID_VALUE') return issue;
        const labels = form.ui?.fields?.[fieldOf(issue.path)]?.options?.map((o) => String(o.label));
        if (!labels?.length) return issue;
        const options = new Intl.ListFormat(locale, { type: 'disjunction' }).format(labels);
        return {
          ...issue,
          message: t('config.invalidOption', { field: title(issue.path), options }),
        };
      });
    },
  };
}
