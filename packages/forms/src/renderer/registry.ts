import type { FormValidator, JsonSchema } from '@deskkit/runtime';
// Not from '@rjsf/core': its index pulls in @rjsf/validator-ajv8 (see tsup.config.ts).
import getDefaultRegistry from '@rjsf/core/lib/getDefaultRegistry.js';
import type { Registry, RJSFSchema, SchemaUtilsType, TranslatableString } from '@rjsf/utils';
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

/** Keywords that make rjsf's `retrieveSchema` resolve, merge or pick something. */
const RESOLVED = [
  '$ref',
  'allOf',
  'anyOf',
  'oneOf',
  'if',
  'dependencies',
  'dependentSchemas',
  'dependentRequired',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
];

/**
 * rjsf's schema utilities, except that `retrieveSchema` returns a schema with none of the
 * keywords it resolves as it is (what rjsf would return, rebuilt) — it runs twice per field on
 * every render, a good part of a long form's first render — and `isSelect` answers such a schema
 * from its `enum` (rjsf's own `isSelect` resolves the schema again first, for every string field
 * in SchemaField and StringField, then looks at `enum`, `oneOf` and `anyOf`; a plain schema has
 * neither of the latter two).
 */
function withPlainSchemas(base: SchemaUtilsType): SchemaUtilsType {
  const plain = new WeakMap<object, boolean>();
  const isPlain = (schema: RJSFSchema): boolean => {
    let known = plain.get(schema);
    if (known === undefined) {
      known = !RESOLVED.some((key) => key in schema);
      plain.set(schema, known);
    }
    return known;
  };
  const utils = Object.create(base) as SchemaUtilsType;
  utils.retrieveSchema = (schema, formData) =>
    schema && isPlain(schema) ? schema : base.retrieveSchema(schema, formData);
  utils.isSelect = (schema) =>
    schema && isPlain(schema) ? Array.isArray(schema.enum) : base.isSelect(schema);
  return utils;
}

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
    schemaUtils: withPlainSchemas(
      createSchemaUtils(toRjsfValidator(options.validator), rootSchema),
    ),
    translateString: (key: TranslatableString, params?: string[]) =>
      options.t(`rjsf.${key}`, undefined, englishStringTranslator(key, params)),
    globalFormOptions: { idPrefix: options.idPrefix, idSeparator: '_' },
    globalUiOptions: {},
  };
}
