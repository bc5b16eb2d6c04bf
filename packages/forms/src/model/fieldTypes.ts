import type { FieldUi, JsonSchema, LocalizedText } from '@deskkit/runtime';

/** One kind of field the builder's palette offers and the renderer knows how to draw. */
export interface FieldTypeDefinition {
  /** Widget name in the registry, also the palette id. */
  type: string;
  /** English label (translated through key `type.<type>`). */
  label: string;
  /** Palette section. */
  category: 'text' | 'number' | 'date' | 'choice' | 'people' | 'data' | 'layout';
  /** A one-character glyph shown in the palette. */
  icon: string;
  /** The JSON Schema of a new field of this type. */
  schema: JsonSchema;
  /** The presentation of a new field of this type (`widget` is set to `type`). */
  ui?: Omit<FieldUi, 'widget'>;
}

const sampleOptions = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

/** A directory picker (user, group, department): an id from the host's `directory`. */
function picker(
  type: 'user' | 'group' | 'department',
  label: string,
  icon: string,
): FieldTypeDefinition {
  return { type, label, category: 'people', icon, schema: { type: 'string' } };
}

/**
 * The built-in field types, in palette order. The renderer's default widget registry has a widget
 * for each; hosts add their own types with the builder's `fieldTypes` prop.
 */
export const FIELD_TYPES: readonly FieldTypeDefinition[] = [
  { type: 'text', label: 'Text', category: 'text', icon: 'T', schema: { type: 'string' } },
  {
    type: 'textarea',
    label: 'Multi-line text',
    category: 'text',
    icon: '¶',
    schema: { type: 'string' },
  },
  { type: 'richtext', label: 'Rich text', category: 'text', icon: 'B', schema: { type: 'string' } },
  {
    type: 'email',
    label: 'Email',
    category: 'text',
    icon: '@',
    schema: { type: 'string', format: 'email' },
  },
  {
    type: 'phone',
    label: 'Phone',
    category: 'text',
    icon: '☎',
    schema: { type: 'string', pattern: '^\\+?[0-9 ()./-]{5,20}$' },
  },
  {
    type: 'url',
    label: 'URL',
    category: 'text',
    icon: '↗',
    schema: { type: 'string', format: 'uri' },
  },
  { type: 'number', label: 'Number', category: 'number', icon: '#', schema: { type: 'number' } },
  { type: 'integer', label: 'Integer', category: 'number', icon: '1', schema: { type: 'integer' } },
  {
    type: 'currency',
    label: 'Currency',
    category: 'number',
    icon: '$',
    schema: { type: 'number', minimum: 0 },
    ui: { props: { currency: 'USD' } },
  },
  {
    type: 'percentage',
    label: 'Percentage',
    category: 'number',
    icon: '%',
    schema: { type: 'number', minimum: 0, maximum: 100 },
  },
  {
    type: 'rating',
    label: 'Rating',
    category: 'number',
    icon: '★',
    schema: { type: 'integer', minimum: 1, maximum: 5 },
  },
  {
    type: 'date',
    label: 'Date',
    category: 'date',
    icon: '▦',
    schema: { type: 'string', format: 'date' },
  },
  {
    type: 'time',
    label: 'Time',
    category: 'date',
    icon: '◷',
    schema: { type: 'string', format: 'time' },
  },
  {
    type: 'datetime',
    label: 'Date and time',
    category: 'date',
    icon: '◔',
    schema: { type: 'string', format: 'date-time' },
  },
  {
    type: 'daterange',
    label: 'Date range',
    category: 'date',
    icon: '↔',
    schema: {
      type: 'object',
      properties: {
        start: { type: 'string', format: 'date' },
        end: { type: 'string', format: 'date' },
      },
    },
  },
  {
    type: 'select',
    label: 'Dropdown',
    category: 'choice',
    icon: '▾',
    schema: { type: 'string' },
    ui: { options: sampleOptions },
  },
  {
    type: 'radio',
    label: 'Radio group',
    category: 'choice',
    icon: '◉',
    schema: { type: 'string' },
    ui: { options: sampleOptions },
  },
  {
    type: 'multiselect',
    label: 'Multi-select',
    category: 'choice',
    icon: '☷',
    schema: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    ui: { options: sampleOptions },
  },
  {
    type: 'checkboxes',
    label: 'Checkbox group',
    category: 'choice',
    icon: '☑',
    schema: { type: 'array', items: { type: 'string' }, uniqueItems: true },
    ui: { options: sampleOptions },
  },
  { type: 'switch', label: 'Switch', category: 'choice', icon: '⏻', schema: { type: 'boolean' } },
  {
    type: 'cascader',
    label: 'Cascading select',
    category: 'choice',
    icon: '⇲',
    schema: { type: 'string' },
  },
  picker('user', 'User picker', '☺'),
  picker('group', 'Group picker', '⚇'),
  picker('department', 'Department picker', '⌂'),
  {
    type: 'attachments',
    label: 'Attachments',
    category: 'data',
    icon: '⊕',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          size: { type: 'number' },
          type: { type: 'string' },
          url: { type: 'string' },
        },
      },
    },
  },
  { type: 'lookup', label: 'Lookup', category: 'data', icon: '⌕', schema: { type: 'string' } },
  {
    type: 'table',
    label: 'Table',
    category: 'data',
    icon: '▤',
    schema: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          item: { type: 'string', title: 'Item' },
          qty: { type: 'integer', title: 'Qty' },
        },
      },
    },
  },
  {
    type: 'static',
    label: 'Static text',
    category: 'layout',
    icon: 'ℹ',
    schema: { type: 'string', readOnly: true },
    ui: { props: { content: 'Read this before you continue.' } },
  },
];

/** The built-in type with this id, if any. */
export function fieldTypeOf(type: string | undefined): FieldTypeDefinition | undefined {
  return FIELD_TYPES.find((t) => t.type === type);
}

/**
 * The widget a field uses: its `ui.widget`, else one inferred from the schema (format, enum,
 * type), so a schema written by hand renders sensibly.
 */
export function widgetFor(
  schema: JsonSchema<LocalizedText> | undefined,
  ui: FieldUi<LocalizedText> | undefined,
): string {
  if (ui?.widget) return ui.widget;
  const s = schema ?? {};
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  const hasOptions = Boolean(ui?.options?.length || ui?.source || s.enum || s.oneOf);
  switch (type) {
    case 'boolean':
      return 'switch';
    case 'integer':
      return hasOptions ? 'select' : 'integer';
    case 'number':
      return hasOptions ? 'select' : 'number';
    case 'array': {
      const items = s.items ?? {};
      if (items.type === 'object') return 'table';
      return 'multiselect';
    }
    case 'object':
      return s.properties && 'start' in s.properties && 'end' in s.properties
        ? 'daterange'
        : 'table';
    default:
      break;
  }
  if (ui?.dependsOn) return 'cascader';
  if (hasOptions) return 'select';
  switch (s.format) {
    case 'email':
      return 'email';
    case 'uri':
    case 'url':
      return 'url';
    case 'date':
      return 'date';
    case 'time':
      return 'time';
    case 'date-time':
      return 'datetime';
    default:
      return 'text';
  }
}
