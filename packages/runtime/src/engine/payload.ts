import { ValidationError } from '../errors/errors';
import type { PayloadLimits } from './runtime.types';

/**
 * Refuses submitted `data` beyond the runtime's payload limits (nesting depth, text length, number
 * of values, total size) with a `ValidationError` naming the path, before anything else reads it.
 */
export function checkPayload(data: unknown, limits: PayloadLimits = {}): void {
  const depth = limits.maxDepth ?? 32;
  const text = limits.maxStringLength ?? 100_000;
  const fields = limits.maxFields ?? 1_000;
  const bytes = limits.maxBytes ?? 1_000_000;
  let count = 0;
  const fail = (path: string, code: string, what: string): never => {
    const message = `The submitted data ${what} at /data${path}; send less.`;
    throw new ValidationError(message, [
      { path: `/data${path}`, code, severity: 'error', message },
    ]);
  };
  const walk = (value: unknown, path: string, level: number): void => {
    if (level > depth) fail(path, 'PAYLOAD_TOO_DEEP', `nests deeper than ${depth} levels`);
    if (typeof value === 'string' && value.length > text)
      fail(path, 'PAYLOAD_STRING_TOO_LONG', `has a text longer than ${text} characters`);
    if (value === null || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (++count > fields)
        fail(path, 'PAYLOAD_TOO_MANY_FIELDS', `holds more than ${fields} values`);
      walk(v, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, level + 1);
    }
  };
  walk(data, '', 0);
  if ((JSON.stringify(data) ?? '').length > bytes)
    fail('', 'PAYLOAD_TOO_LARGE', `is larger than ${bytes} bytes`);
}
