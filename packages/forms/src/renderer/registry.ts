import type { FormValidator, JsonSchema } from '@deskkit/runtime';
import { getDefaultRegistry } from '@rjsf/core';
import type { Registry, RJSFSchema, TranslatableString } from '@rjsf/utils';
import { createSchemaUtils, englishStringTranslator } from '@rjsf/utils';
import type { TranslateFn } from '../i18n/messages';
import type { WidgetRegistry } from '../widgets/registry';
import type { FormContext } from './context.types';
import {
  DeskErrorTemplate,
  DeskFieldTemplate,
  DeskHelpTemplate,
  DeskWidgetField,
} from './templates';
import { toRjsfValidator } from './validatorAdapter';

/**
 * The rjsf registry every field of one form shares: rjsf's own fields and templates, Deskkit's
 * field template, the widget registry, and schema utilities on the chosen validator.
 */
export function buildRegistry(options: {
  schema: JsonSchema;
  widgets: WidgetRegistry;
  validator: FormValidator;
  formContext: FormContext;
  t: TranslateFn;
  idPrefix: string;
}): Registry {
  const base = getDefaultRegistry();
  const rootSchema = options.schema as RJSFSchema;
  return {
    ...base,
    fields: { ...base.fields, DeskWidgetField },
    templates: {
      ...base.templates,
      FieldTemplate: DeskFieldTemplate,
      FieldHelpTemplate: DeskHelpTemplate,
      FieldErrorTemplate: DeskErrorTemplate,
    },
    widgets: { ...base.widgets, ...options.widgets },
    rootSchema,
    formContext: options.formContext,
    schemaUtils: createSchemaUtils(toRjsfValidator(options.validator), rootSchema),
    translateString: (key: TranslatableString, params?: string[]) =>
      options.t(`rjsf.${key}`, undefined, englishStringTranslator(key, params)),
    globalFormOptions: { idPrefix: options.idPrefix, idSeparator: '_' },
    globalUiOptions: {},
  };
}
