import {
  fieldPermissionsAt,
  type JsonSchema,
  type MemoryDirectorySeed,
  type WorkflowDefinition,
} from '@deskkit/runtime';

/** One plausible value of a field: its default, its first option, or a simple value of its type. */
function sampleOf(name: string, schema: JsonSchema): unknown {
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  switch (schema.type) {
    case 'number':
    case 'integer':
      return typeof schema.minimum === 'number' ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      if (schema.format === 'date') return '2026-01-05';
      if (schema.format === 'date-time') return '2026-01-05T09:00:00Z';
      if (schema.format === 'email') return 'someone@example.com';
      return typeof schema.title === 'string'
        ? `Sample ${schema.title.toLowerCase()}`
        : `Sample ${name}`;
  }
}

/**
 * Sample data a requester may submit: among the fields they may fill at the start step, a value
 * for every required field and every field with options (so that conditions on them have something
 * to decide), editable before the simulation starts.
 */
export function sampleData(
  definition: WorkflowDefinition,
  /** The sample people: a user field gets the first of them rather than an unknown id. */
  people?: MemoryDirectorySeed,
): Record<string, unknown> {
  const someone = people?.users[0]?.id;
  const schema = definition.form.schema;
  const start = definition.nodes.find((n) => n.type === 'start');
  let permissions: Record<string, string> = {};
  try {
    permissions = start ? fieldPermissionsAt(definition, start.id) : {};
  } catch {
    // A definition being edited may be incomplete: then every field counts as editable.
  }
  const required = new Set(schema.required ?? []);
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.properties ?? {})) {
    const may = (permissions[name] ?? 'edit') === 'edit' || permissions[name] === 'required';
    if (!may || field.readOnly === true) continue;
    if (!required.has(name) && !Array.isArray(field.enum) && field.default === undefined) continue;
    const widget = (definition.form.ui?.fields?.[name] as { widget?: string } | undefined)?.widget;
    out[name] =
      widget === 'user' && someone && field.default === undefined
        ? field.type === 'array'
          ? [someone]
          : someone
        : sampleOf(name, field);
  }
  return out;
}
