import { Validator as SchemaValidator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import { Validator } from '@seriousme/openapi-schema-validator';
import { definitionSchema } from '@deskkit/runtime';
import { openApiDocument } from './document';

const doc = openApiDocument({ basePath: '/api' });

function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

describe('openApiDocument', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(doc)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('lists every route of the contract', () => {
    const routes = Object.entries(doc.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.sort()).toEqual(
      [
        'GET /catalog',
        'POST /tickets',
        'POST /tickets/search',
        'GET /tickets/{id}',
        'POST /tickets/{id}/actions',
        'POST /tickets/{id}/relations',
        'POST /tickets/bulk',
        'POST /tickets/export',
        'POST /changes/collisions',
        'GET /views',
        'POST /views',
        'DELETE /views/{id}',
        'GET /report-subscriptions',
        'POST /report-subscriptions',
        'DELETE /report-subscriptions/{id}',
        'GET /tickets/{id}/history',
        'GET /tasks',
        'POST /aggregate',
        'GET /notifications',
        'POST /notifications/read',
        'POST /notifications/read-all',
        'GET /notifications/preferences',
        'POST /notifications/preferences',
        'GET /events',
        'GET /events/feed',
        'GET /definitions/{key}',
        'POST /definitions',
        'GET /definitions',
        'GET /drafts',
        'GET /definitions/{key}/versions',
        'GET /definitions/{key}/diff',
        'GET /definitions/{key}/draft',
        'POST /definitions/{key}/draft',
        'DELETE /definitions/{key}/draft',
        'POST /definitions/{key}/rollback',
        'POST /definitions/{key}/migrations',
        'GET /openapi.json',
      ].sort(),
    );
  });

  it('resolves every $ref inside the document', () => {
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(50);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined();
    }
  });

  it("carries the runtime's definition schema: it accepts a valid definition and refuses a broken one", () => {
    const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
    const validator = new SchemaValidator(
      {
        $ref: '#/components/schemas/WorkflowDefinition',
        components: { schemas },
      } as unknown as Schema,
      '2020-12',
      false,
    );
    const def = {
      schemaVersion: 1,
      key: 'k',
      name: 'K',
      form: { schema: { type: 'object', properties: {} } },
      nodes: [
        { id: 'start', type: 'start' },
        { id: 'end', type: 'end' },
      ],
      edges: [{ id: 'e1', from: 'start', to: 'end' }],
    };
    expect(validator.validate(def).errors).toEqual([]);
    expect(validator.validate({ ...def, nodes: [{ id: 'x', type: 'teleport' }] }).valid).toBe(
      false,
    );
    // every definition of the published schema is in the components
    for (const name of Object.keys(definitionSchema.definitions)) {
      expect(schemas[`WorkflowDefinition.${name}`], name).toBeDefined();
    }
  });
});
