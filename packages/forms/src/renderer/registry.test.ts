import type { JsonSchema } from '@deskkit/runtime';
import { safeFormValidator } from '@deskkit/runtime';
import type { RJSFSchema } from '@rjsf/utils';
import { createSchemaUtils } from '@rjsf/utils';
import { createTranslator } from '../i18n/translator';
import { defaultWidgets } from '../widgets/registry';
import { buildRegistry } from './registry';
import { toRjsfValidator } from './validatorAdapter';

const rootSchema: JsonSchema = {
  type: 'object',
  definitions: { colour: { type: 'string', enum: ['red', 'blue'] } },
  properties: {
    text: { type: 'string', title: 'Text' },
    choice: { type: 'string', enum: ['a', 'b'] },
    constant: { type: 'string', const: 'x' },
    oneOfConsts: { type: 'string', oneOf: [{ const: 'a', title: 'A' }, { const: 'b' }] },
    anyOfMixed: { anyOf: [{ type: 'string' }, { const: 'b' }] },
    viaRef: { $ref: '#/definitions/colour' },
    list: { type: 'array', items: { type: 'string', enum: ['x', 'y'] } },
  },
};

describe('the schema utilities of a form', () => {
  it("answer isSelect as rjsf's own do, for plain and resolved schemas", () => {
    const t = createTranslator();
    const registry = buildRegistry({
      schema: rootSchema,
      widgets: defaultWidgets,
      validator: safeFormValidator,
      formContext: { t },
      t,
      idPrefix: 'f',
    });
    const rjsf = createSchemaUtils(toRjsfValidator(safeFormValidator), rootSchema as RJSFSchema);
    for (const [name, schema] of Object.entries(rootSchema.properties ?? {})) {
      const own = registry.schemaUtils.isSelect(schema as RJSFSchema);
      expect([name, own]).toEqual([name, rjsf.isSelect(schema as RJSFSchema)]);
    }
    expect(registry.schemaUtils.isSelect(rootSchema.properties?.choice as RJSFSchema)).toBe(true);
    expect(registry.schemaUtils.isSelect(rootSchema.properties?.text as RJSFSchema)).toBe(false);
  });
});
