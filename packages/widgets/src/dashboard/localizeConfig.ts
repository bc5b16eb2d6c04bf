import type { FormDefinition, JsonSchema } from '@deskkit/runtime';
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
