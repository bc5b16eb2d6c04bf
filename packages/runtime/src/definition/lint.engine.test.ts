import { vi } from 'vitest';
import type { WorkflowDefinition } from '../index';
import { changeRequestFixture } from './fixtures/change-request';

// Form patterns match on re2js, a chunk loaded on first need. What validateDefinition and
// lintDefinition find must not depend on whether it has arrived: a designer validating the same
// draft twice must see the same findings. (Before, a pattern with lookahead was reported only
// once something, such as compiling an expression with a regular expression, had loaded it.)

function draft(): WorkflowDefinition {
  const def = changeRequestFixture();
  def.form.schema.properties!.pin = { type: 'string', pattern: '^(?=.*\\d)\\w{4,}$' };
  def.form.schema.properties!.code = { type: 'string', pattern: '^[A-Z]{3}-\\d+$' };
  def.form.templates![0]!.values = { ...def.form.templates![0]!.values, code: 'abc-1' };
  // Compiling this rule starts loading the engine in the background.
  def.form.rules!.push({ id: 'upper', field: 'code', visible: '$contains(summary, /urgent/i)' });
  return def;
}

describe('definition findings and the lazily loaded pattern engine', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('are the same before and after the engine loads', async () => {
    const runtime = await import('../index');
    const def = draft();
    const findings = () => ({
      validation: runtime.validateDefinition(def),
      lint: runtime.lintDefinition(def),
    });
    const before = findings();
    await runtime.loadPatternEngine();
    const after = findings();
    expect(after).toEqual(before);
    expect(before.validation.ok).toBe(true);
    expect(before.lint.map((i) => `${i.code} ${i.path}`)).toContain(
      'TEMPLATE_VALUE_INVALID /form/templates/0/values/code',
    );
  });

  it('publish still refuses a pattern that cannot match in linear time, engine loaded or not', async () => {
    const { createRuntime, DefinitionError } = await import('../index');
    const runtime = createRuntime({ publishers: 'anyone' });
    const error = await runtime.publish(draft(), { actor: 'admin' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as InstanceType<typeof DefinitionError>).issues).toEqual([
      expect.objectContaining({
        path: '/form/schema',
        code: 'FORM_SCHEMA_INVALID',
        message: expect.stringContaining('schema/properties/pin/pattern'),
      }),
    ]);
  });
});
