import type { FormDefinition, FormLayoutNode, Issue } from '@deskkit/runtime';
import { DeskkitError, formFieldNames, parseExpression, safeFormValidator } from '@deskkit/runtime';

/** A problem; `params` are the values of its message `issue.<code>` in the forms catalogs. */
const issue = (
  path: string,
  code: string,
  message: string,
  params: Record<string, string | number>,
): Issue => ({ path, code, severity: 'error', message, params });
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
/** A text as written: a string, or a variant per locale (a map of strings). */
const isText = (v: unknown): boolean =>
  typeof v === 'string' || (isObject(v) && Object.values(v).every((x) => typeof x === 'string'));

function checkLayout(nodes: unknown, path: string, fields: Set<string>, out: Issue[]): void {
  if (!Array.isArray(nodes)) {
    out.push(
      issue(path, 'LAYOUT_INVALID', 'The layout must be a list of nodes.', {
        problem: 'notList',
      }),
    );
    return;
  }
  nodes.forEach((raw, i) => {
    const p = `${path}/${i}`;
    if (!isObject(raw))
      return void out.push(
        issue(p, 'LAYOUT_INVALID', 'A layout node must be an object.', {
          problem: 'notObject',
        }),
      );
    const node = raw as Partial<FormLayoutNode> & Record<string, unknown>;
    switch (node.type) {
      case 'field':
        if (typeof node.field !== 'string' || !fields.has(node.field)) {
          out.push(
            issue(
              `${p}/field`,
              'LAYOUT_UNKNOWN_FIELD',
              `The layout places "${String(node.field)}", which is not a field of the schema.`,
              { field: String(node.field) },
            ),
          );
        }
        break;
      case 'text':
        if (!isText(node.content))
          out.push(
            issue(`${p}/content`, 'LAYOUT_INVALID', 'A text node needs a `content` string.', {
              problem: 'text',
            }),
          );
        break;
      case 'tab':
      case 'group':
      case 'row':
        if (typeof node.id !== 'string')
          out.push(
            issue(`${p}/id`, 'LAYOUT_INVALID', `A ${node.type} needs an \`id\`.`, {
              problem: 'id',
              type: node.type,
            }),
          );
        checkLayout(node.children, `${p}/children`, fields, out);
        break;
      default:
        out.push(
          issue(
            `${p}/type`,
            'LAYOUT_INVALID',
            `Unknown layout node type "${String(node.type)}"; use tab, group, row, field or text.`,
            { problem: 'type', type: String(node.type) },
          ),
        );
    }
  });
}

/**
 * Checks that a value is a usable form definition before the builder replaces the form with it:
 * the shape, a schema that compiles, layout nodes naming real fields, rules on real fields whose
 * expressions parse, templates with ids. Returns every problem with its JSON pointer.
 *
 * @example
 * ```ts
 * const issues = checkFormDefinition(JSON.parse(text));
 * if (issues.length === 0) onChange(parsed);
 * ```
 */
export function checkFormDefinition(value: unknown): Issue[] {
  const out: Issue[] = [];
  if (!isObject(value))
    return [
      issue(
        '',
        'FORM_INVALID',
        'The form must be a JSON object with `schema`, `ui`, `rules` and `templates`.',
        { problem: 'notObject' },
      ),
    ];
  const form = value as unknown as FormDefinition;
  if (!isObject(form.schema))
    return [
      issue('/schema', 'FORM_INVALID', 'The form needs a `schema` object (a JSON Schema).', {
        problem: 'noSchema',
      }),
    ];
  if (form.schema.type !== 'object' || !isObject(form.schema.properties)) {
    out.push(
      issue(
        '/schema',
        'FORM_INVALID',
        'The schema must be `{ "type": "object", "properties": { ... } }`.',
        { problem: 'schemaShape' },
      ),
    );
  }
  try {
    safeFormValidator.validate(form.schema, {});
  } catch (err) {
    out.push(
      issue(
        '/schema',
        'FORM_SCHEMA_INVALID',
        err instanceof DeskkitError || err instanceof Error ? err.message : String(err),
        { detail: err instanceof Error ? err.message : String(err) },
      ),
    );
  }
  const fields = new Set(formFieldNames(form.schema));
  if (form.ui !== undefined) {
    if (!isObject(form.ui))
      out.push(issue('/ui', 'FORM_INVALID', '`ui` must be an object.', { problem: 'ui' }));
    else {
      if (form.ui.layout !== undefined) checkLayout(form.ui.layout, '/ui/layout', fields, out);
      if (form.ui.fields !== undefined && !isObject(form.ui.fields))
        out.push(
          issue('/ui/fields', 'FORM_INVALID', '`ui.fields` must be an object keyed by field.', {
            problem: 'uiFields',
          }),
        );
    }
  }
  if (form.rules !== undefined) {
    if (!Array.isArray(form.rules))
      out.push(issue('/rules', 'FORM_INVALID', '`rules` must be a list.', { problem: 'rules' }));
    else
      form.rules.forEach((rule, i) => {
        if (!isObject(rule) || typeof rule.field !== 'string' || !fields.has(rule.field)) {
          out.push(
            issue(
              `/rules/${i}/field`,
              'RULE_UNKNOWN_FIELD',
              `Rule ${i + 1} is about "${String((rule as { field?: unknown })?.field)}", which is not a field.`,
              { rule: i + 1, field: String((rule as { field?: unknown })?.field) },
            ),
          );
          return;
        }
        for (const p of ['visible', 'required', 'readonly', 'value'] as const) {
          const e = rule[p];
          if (e === undefined) continue;
          const parsed = parseExpression(String(e));
          if (!parsed.ok)
            out.push(
              issue(
                `/rules/${i}/${p}`,
                'EXPRESSION_INVALID',
                `Rule ${i + 1} (${p}): ${parsed.error} (line ${parsed.line}, column ${parsed.column}).`,
                {
                  rule: i + 1,
                  kind: p,
                  detail: parsed.error,
                  line: parsed.line,
                  column: parsed.column,
                  // jsonata's code and values, for the detail in the reader's language.
                  errorCode: parsed.code,
                  ...(parsed.token !== undefined ? { token: parsed.token } : {}),
                  ...(parsed.value !== undefined ? { value: parsed.value } : {}),
                },
              ),
            );
        }
      });
  }
  if (form.templates !== undefined) {
    if (!Array.isArray(form.templates))
      out.push(
        issue('/templates', 'FORM_INVALID', '`templates` must be a list.', {
          problem: 'templates',
        }),
      );
    else
      form.templates.forEach((tpl, i) => {
        if (
          !isObject(tpl) ||
          typeof tpl.id !== 'string' ||
          !isText(tpl.name) ||
          !isObject(tpl.values)
        ) {
          out.push(
            issue(
              `/templates/${i}`,
              'TEMPLATE_INVALID',
              `Template ${i + 1} needs an \`id\`, a \`name\` and a \`values\` object.`,
              { template: i + 1 },
            ),
          );
        }
      });
  }
  return out;
}
