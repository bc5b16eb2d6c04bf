import type { Issue } from '../errors/errors';
import { parseExpression } from '../expressions/compile';
import { expressionReferences } from '../expressions/references';
import type { FormValidator } from '../form/form.types';
import { checkFormSchema } from '../form/validate';
import {
  capitalize,
  describePath,
  issueFactory,
  pointer,
  asList,
  asRecord,
  whereParams,
} from './issues';
import { expressionSites, fieldSites } from './walk';

/** The top-level properties of the form schema, or undefined when it has none to check against. */
export function formProperties(def: unknown): Set<string> | undefined {
  const properties = asRecord(asRecord(asRecord(asRecord(def)?.form)?.schema)?.properties);
  return properties ? new Set(Object.keys(properties)) : undefined;
}

/** Every expression parses; every field named by an expression or a setting exists in the form. */
export function referenceIssues(def: unknown): Issue[] {
  const make = issueFactory(def, 'error');
  const issues: Issue[] = [];
  const fields = formProperties(def);
  const where = (path: string): string => describePath(def, path);

  for (const site of expressionSites(def)) {
    const parsed = parseExpression(site.expr);
    if (!parsed.ok) {
      issues.push(
        make(
          site.path,
          'EXPRESSION_INVALID',
          `${capitalize(where(site.path))} does not parse at line ${parsed.line}, column ${parsed.column}: ${parsed.error}`,
          {
            params: {
              ...whereParams(def, site.path),
              line: parsed.line,
              column: parsed.column,
              detail: parsed.error,
              errorCode: parsed.code,
              ...(parsed.token !== undefined ? { token: parsed.token } : {}),
              ...(parsed.value !== undefined ? { value: parsed.value } : {}),
            },
          },
        ),
      );
      continue;
    }
    if (!fields) continue;
    const reported = new Set<string>();
    for (const ref of expressionReferences(site.expr)) {
      if (fields.has(ref.field) || reported.has(ref.field)) continue;
      reported.add(ref.field);
      issues.push(
        make(
          site.path,
          'FIELD_UNKNOWN',
          `${capitalize(where(site.path))} reads field "${ref.field}" (at column ${ref.start + 1}), which is not in the form; add the field or correct the name.`,
          { params: { ...whereParams(def, site.path), field: ref.field, column: ref.start + 1 } },
        ),
      );
    }
  }

  if (fields) {
    for (const site of fieldSites(def)) {
      if (fields.has(site.field)) continue;
      issues.push(
        make(
          site.path,
          'FIELD_UNKNOWN',
          `${capitalize(where(site.path))} names field "${site.field}", which is not in the form; add the field or correct the name.`,
          { params: { ...whereParams(def, site.path), field: site.field, column: 0 } },
        ),
      );
    }
  }
  return issues;
}

/** The form schema is an object schema that compiles. */
export function formSchemaIssues(def: unknown, validator?: FormValidator): Issue[] {
  const make = issueFactory(def, 'error');
  const schema = asRecord(asRecord(asRecord(def)?.form)?.schema);
  if (!schema) return [];
  const issues: Issue[] = [];
  if (schema.type !== 'object' || !asRecord(schema.properties)) {
    issues.push(
      make(
        '/form/schema',
        'FORM_SCHEMA_NOT_OBJECT',
        'The form schema must be an object schema ("type": "object") with "properties", one per field.',
        { params: {} },
      ),
    );
  }
  const problem = checkFormSchema(schema, validator);
  if (problem) {
    issues.push(
      make(
        '/form/schema',
        'FORM_SCHEMA_INVALID',
        `The form schema is not a valid JSON Schema: ${problem}`,
        { params: { detail: problem } },
      ),
    );
  }
  return issues;
}

/** Ids that must be unique within their list: SLA policies, triggers, automations, templates, rules, layout. */
export function duplicateIdIssues(def: unknown): Issue[] {
  const make = issueFactory(def, 'error');
  const root = asRecord(def);
  const form = asRecord(root?.form);
  const issues: Issue[] = [];
  const lists: Array<[string, string, unknown, string[]]> = [
    ['SLA policies', 'sla', root?.sla, ['sla']],
    ['triggers', 'triggers', root?.triggers, ['triggers']],
    ['periodic automations', 'automations', root?.automations, ['automations']],
    ['templates', 'templates', form?.templates, ['form', 'templates']],
    ['form rules', 'rules', form?.rules, ['form', 'rules']],
  ];
  for (const [noun, kind, list, base] of lists) {
    const seen = new Set<string>();
    asList(list).forEach((entry, i) => {
      const id = asRecord(entry)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        issues.push(
          make(
            pointer(...base, i, 'id'),
            'DUPLICATE_ID',
            `Two ${noun} have the id "${id}"; give each its own id.`,
            { params: { id, list: kind } },
          ),
        );
      }
      seen.add(id);
    });
  }
  const layoutIds = new Set<string>();
  const walkLayout = (nodes: unknown, path: string): void => {
    asList(nodes).forEach((n, i) => {
      const node = asRecord(n);
      const id = node?.id;
      if (typeof id === 'string' && node?.type !== 'field') {
        if (layoutIds.has(id)) {
          issues.push(
            make(
              `${path}/${i}/id`,
              'DUPLICATE_ID',
              `Two tabs, groups, rows or texts of the form layout have the id "${id}"; give each its own id.`,
              { params: { id, list: 'layout' } },
            ),
          );
        }
        layoutIds.add(id);
      }
      walkLayout(node?.children, `${path}/${i}/children`);
    });
  };
  walkLayout(asRecord(form?.ui)?.layout, '/form/ui/layout');
  return issues;
}
