import type {
  FormDefinition,
  JsonSchema,
  LocalizedDefinition,
  LocalizedText,
  WorkflowDefinition,
} from './definition.types';

/** Picks one variant of a {@link LocalizedText}; plain strings come back as they are. */
export type TextPicker = (text: LocalizedText) => string;

const lang = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The key of `map` that holds the first of `tags` it has: the same tag (any case), else the same
 * language (`zh` finds `zh-CN`, `en-US` finds `en`). The kit's one language matching: readers pick
 * a variant with it, builders write one.
 *
 * @example
 * ```ts
 * variantKeyIn({ en: 'Laptop', 'zh-CN': '笔记本' }, ['zh']); // 'zh-CN'
 * ```
 */
export function variantKeyIn(
  map: Record<string, string>,
  tags: readonly string[],
): string | undefined {
  const keys = Object.keys(map);
  for (const tag of tags) {
    const want = tag.toLowerCase();
    const key =
      keys.find((k) => k.toLowerCase() === want) ?? keys.find((k) => lang(k) === lang(tag));
    if (key !== undefined) return key;
  }
  return undefined;
}

/**
 * A picker for people who read `preferred` locales (first wins), falling back to `fallback` (a
 * definition's declared locales, its default first), then to the first variant.
 *
 * @example
 * ```ts
 * const pick = textPicker(['zh-CN'], ['en']);
 * pick({ en: 'Laptop request', 'zh-CN': '笔记本申请' }); // '笔记本申请'
 * ```
 */
export function textPicker(
  preferred: ReadonlyArray<string | undefined>,
  fallback: readonly string[] = [],
): TextPicker {
  const tags = [...preferred, ...fallback].filter((t): t is string => !!t);
  return (text) => {
    if (typeof text === 'string' || text === null || typeof text !== 'object') return text;
    return variantIn(text, tags) ?? Object.values(text)[0] ?? '';
  };
}

/**
 * The variant for the first of `tags` a map has (same language counts), if any.
 *
 * @example
 * ```ts
 * variantIn({ en: 'Laptop', 'zh-CN': '笔记本' }, ['zh-TW', 'en']); // '笔记本'
 * ```
 */
export function variantIn(
  map: Record<string, string>,
  tags: readonly string[],
): string | undefined {
  for (const tag of tags) {
    const key = variantKeyIn(map, [tag]);
    if (key !== undefined && typeof map[key] === 'string') return map[key];
  }
  return undefined;
}

type Path = Array<string | number>;
/** Visits one text: where it is (JSON pointer segments) and how to replace it. */
export type TextVisitor = (
  text: LocalizedText,
  path: Path,
  replace: (text: string) => void,
) => void;
type Loose = Record<string, unknown>;

const isText = (v: unknown): v is LocalizedText =>
  typeof v === 'string' || (!!v && typeof v === 'object' && !Array.isArray(v));
const asObject = (v: unknown): Loose | undefined =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined;
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function visitKeys(owner: unknown, keys: readonly string[], path: Path, fn: TextVisitor): void {
  const o = asObject(owner);
  if (!o) return;
  for (const k of keys) {
    const text = o[k];
    if (isText(text)) fn(text, [...path, k], (v) => (o[k] = v));
  }
}

const SUBSCHEMAS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'] as const;

/** Every title and description of a JSON Schema: fields, items, `oneOf` option labels. */
export function schemaTexts(schema: unknown, path: Path, fn: TextVisitor): void {
  const s = asObject(schema);
  if (!s) return;
  visitKeys(s, ['title', 'description'], path, fn);
  const props = asObject(s.properties);
  for (const k of Object.keys(props ?? {})) schemaTexts(props![k], [...path, 'properties', k], fn);
  if (asObject(s.items)) schemaTexts(s.items, [...path, 'items'], fn);
  for (const k of SUBSCHEMAS)
    asArray(s[k]).forEach((sub, i) => schemaTexts(sub, [...path, k, i], fn));
}

function layoutTexts(nodes: unknown, path: Path, fn: TextVisitor): void {
  asArray(nodes).forEach((node, i) => {
    visitKeys(node, ['title', 'content'], [...path, i], fn);
    layoutTexts(asObject(node)?.children, [...path, i, 'children'], fn);
  });
}

/** Every text of a form: schema, layout, field labels, help, placeholders, options, templates. */
export function formTexts(form: unknown, path: Path, fn: TextVisitor): void {
  const f = asObject(form);
  if (!f) return;
  schemaTexts(f.schema, [...path, 'schema'], fn);
  const ui = asObject(f.ui);
  layoutTexts(ui?.layout, [...path, 'ui', 'layout'], fn);
  const fields = asObject(ui?.fields);
  for (const k of Object.keys(fields ?? {})) {
    const at = [...path, 'ui', 'fields', k];
    visitKeys(fields![k], ['label', 'help', 'placeholder'], at, fn);
    asArray(asObject(fields![k])?.options).forEach((o, i) =>
      visitKeys(o, ['label'], [...at, 'options', i], fn),
    );
  }
  asArray(f.templates).forEach((t, i) =>
    visitKeys(t, ['name', 'description'], [...path, 'templates', i], fn),
  );
}

/**
 * Every {@link LocalizedText} of a definition, with its path: name, description, catalog path,
 * node names and descriptions, edge labels, SLA policy, trigger and periodic-automation names, the
 * form's texts and the survey's.
 */
export function definitionTexts(def: unknown, fn: TextVisitor): void {
  const d = asObject(def);
  if (!d) return;
  visitKeys(d, ['name', 'description'], [], fn);
  const catalog = asArray(d.catalog);
  catalog.forEach((c, i) => isText(c) && fn(c, ['catalog', i], (v) => (catalog[i] = v)));
  asArray(d.nodes).forEach((n, i) => visitKeys(n, ['name', 'description'], ['nodes', i], fn));
  asArray(d.edges).forEach((e, i) => visitKeys(e, ['label'], ['edges', i], fn));
  for (const k of ['sla', 'triggers', 'automations'])
    asArray(d[k]).forEach((x, i) => visitKeys(x, ['name'], [k, i], fn));
  formTexts(d.form, ['form'], fn);
  schemaTexts(asObject(d.survey)?.form, ['survey', 'form'], fn);
}

/** A copy of `value` with every text `walk` visits picked: the written shape, texts as strings. */
const picked =
  <In, Out>(walk: (value: unknown, fn: TextVisitor) => void) =>
  (value: In, pick: TextPicker): Out => {
    const copy = structuredClone(value);
    walk(copy, (text, _path, replace) => {
      if (typeof text !== 'string') replace(pick(text));
    });
    return copy as unknown as Out;
  };

/** A JSON Schema with every title and description picked. */
export const localizeSchema = picked<JsonSchema<LocalizedText>, JsonSchema>((s, fn) =>
  schemaTexts(s, [], fn),
);

/** The parts of a form that hold texts. */
export type FormTexts<T extends LocalizedText = string> = Pick<
  FormDefinition<T>,
  'schema' | 'ui' | 'templates'
>;

/** A form (or a ticket view's form) with its schema, layout, labels and templates picked. */
export const localizeForm = picked<FormTexts<LocalizedText>, FormTexts>((f, fn) =>
  formTexts(f, [], fn),
);

/**
 * A definition as one reader sees it: every {@link LocalizedText} (name, description, catalog
 * path, node names, edge labels, SLA, trigger and automation names, field titles, labels,
 * options, layout, templates, survey) in the reader's locale. What users are served; the studio
 * keeps the per-locale maps.
 *
 * @example
 * ```ts
 * const shown = localizeDefinition(def, textPicker(['zh-CN'], def.locales));
 * ```
 */
export const localizeDefinition = picked<LocalizedDefinition, WorkflowDefinition>(definitionTexts);

/**
 * A text in the definition's default locale (its first declared locale, else the first variant):
 * for log and error messages, and for what is stored once for everyone (report groupings).
 */
export function defaultText(
  def: Pick<LocalizedDefinition, 'locales'>,
  text: LocalizedText,
): string {
  return textPicker([], def.locales)(text);
}

/** A text's first variant (a plain string as it is), where no locale is known. */
export const firstText: TextPicker = textPicker([]);
