// Checks an HTTP answer against its schema in the generated OpenAPI document.
import { Validator } from '@cfworker/json-schema';
import type { Schema } from '@cfworker/json-schema';
import { expect } from 'vitest';
import { openApiDocument } from '../src/openapi/document';

const schemas = (openApiDocument().components as { schemas: Record<string, unknown> }).schemas;

/** Fails the test when `value` does not fit `#/components/schemas/<name>`. */
export function assertFits(name: string, value: unknown): void {
  const result = new Validator(
    { $ref: `#/components/schemas/${name}`, components: { schemas } } as unknown as Schema,
    '2020-12',
    false,
  ).validate(value);
  expect(
    result.errors.filter((e) => e.keyword !== '$ref' && e.keyword !== 'properties'),
    name,
  ).toEqual([]);
}
