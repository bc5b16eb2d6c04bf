import AjvModule from 'ajv';
import type {
  ApprovalConfig,
  Assignment,
  AutomationAction,
  EdgeDefinition,
  FieldOption,
  FieldUi,
  FormDefinition,
  FormLayoutNode,
  FormRule,
  FormTemplate,
  FormUi,
  NodeDefinition,
  OlaPolicy,
  PeriodicAutomation,
  SlaPolicy,
  SubworkflowConfig,
  TimerConfig,
  TriggerDefinition,
  WorkflowDefinition,
} from '../index';
import { definitionSchema } from '../index';
import { changeRequestFixture } from './fixtures/change-request';

type Defs = typeof definitionSchema.definitions;
type Props<D extends keyof Defs> = Defs[D] extends { properties: infer P } ? keyof P : never;
type KeysOf<T> = T extends unknown ? keyof T : never;
type NodeProps = Defs['node']['properties'];

// The schema and the TypeScript types describe the same format: a key added to one and not the
// other fails the typecheck here.
describe('definitionSchema stays in sync with the types', () => {
  it('has every property of every type, and no other', () => {
    expectTypeOf<KeysOf<WorkflowDefinition>>().toEqualTypeOf<
      Exclude<keyof typeof definitionSchema.properties, '$schema'>
    >();
    expectTypeOf<KeysOf<NodeDefinition>>().toEqualTypeOf<Props<'node'>>();
    expectTypeOf<KeysOf<EdgeDefinition>>().toEqualTypeOf<Props<'edge'>>();
    expectTypeOf<keyof Assignment>().toEqualTypeOf<Props<'assignment'>>();
    expectTypeOf<keyof ApprovalConfig>().toEqualTypeOf<Props<'approval'>>();
    expectTypeOf<keyof SubworkflowConfig>().toEqualTypeOf<Props<'subworkflow'>>();
    expectTypeOf<KeysOf<AutomationAction>>().toEqualTypeOf<Props<'automationAction'>>();
    expectTypeOf<keyof OlaPolicy>().toEqualTypeOf<Props<'ola'>>();
    expectTypeOf<keyof TimerConfig>().toEqualTypeOf<keyof NodeProps['timer']['properties']>();
    expectTypeOf<keyof FormDefinition>().toEqualTypeOf<Props<'form'>>();
    expectTypeOf<keyof FormUi>().toEqualTypeOf<
      keyof Defs['form']['properties']['ui']['properties']
    >();
    expectTypeOf<keyof FieldUi>().toEqualTypeOf<Props<'fieldUi'>>();
    expectTypeOf<keyof FieldOption>().toEqualTypeOf<Props<'fieldOption'>>();
    expectTypeOf<KeysOf<FormLayoutNode>>().toEqualTypeOf<Props<'layoutNode'>>();
    expectTypeOf<keyof FormRule>().toEqualTypeOf<Props<'rule'>>();
    expectTypeOf<keyof FormTemplate>().toEqualTypeOf<Props<'template'>>();
    expectTypeOf<keyof SlaPolicy>().toEqualTypeOf<Props<'slaPolicy'>>();
    expectTypeOf<keyof TriggerDefinition>().toEqualTypeOf<Props<'trigger'>>();
    expectTypeOf<keyof PeriodicAutomation>().toEqualTypeOf<Props<'periodicAutomation'>>();
  });
});

describe('definitionSchema', () => {
  const Ajv = ((AjvModule as unknown as { default?: typeof AjvModule }).default ??
    AjvModule) as typeof AjvModule;

  it('is a valid draft-07 schema that a plain ajv can use', () => {
    const ajv = new Ajv({
      allErrors: true,
      strict: true,
      strictTypes: false,
      strictRequired: false,
    });
    const validate = ajv.compile(definitionSchema);
    expect(validate(changeRequestFixture())).toBe(true);
    expect(validate({ ...changeRequestFixture(), nodes: [{ id: 'x', type: 'nope' }] })).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe('/nodes/0/type');
  });

  it('survives a round trip through JSON', () => {
    expect(JSON.parse(JSON.stringify(definitionSchema))).toEqual(definitionSchema);
  });
});
