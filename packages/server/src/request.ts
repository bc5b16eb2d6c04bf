import { RequestError } from '@deskkit/runtime';
import type { Context } from 'hono';
import { assertBody } from './openapi/validate';
import type { BodyName } from './openapi/validate';
import type { ServerEnv } from './routes/context';

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Throws 415 unless the request says its body is JSON (`application/json` or `*+json`). */
export function assertJsonContentType(request: Request): void {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_MEDIA_TYPE.test(type)) {
    throw new RequestError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Send the body as JSON with "Content-Type: application/json"${type === '' ? '' : ` (got "${type}")`}.`,
    );
  }
}

/** The parsed JSON body, checked against the API schema `name` when given (400 otherwise). */
export async function readJson(c: Context<ServerEnv>, name?: BodyName): Promise<unknown> {
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new RequestError(
      'BAD_REQUEST',
      `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`,
      [{ path: '/', code: 'json', severity: 'error', message: 'Malformed JSON.' }],
    );
  }
  if (name !== undefined) assertBody(name, value);
  return value;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The `requestId` of a POST: its `Idempotency-Key`, scoped to the user so two users' keys never
 * meet (the runtime deduplicates request ids across all tickets).
 */
export function requestIdOf(c: Context<ServerEnv>): string | undefined {
  const key = c.req.header('idempotency-key');
  if (key === undefined) return undefined;
  if (!KEY.test(key)) {
    throw new RequestError(
      'BAD_REQUEST',
      'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
      [
        {
          path: '/headers/idempotency-key',
          code: 'format',
          severity: 'error',
          message: 'Use 1 to 255 visible ASCII characters, e.g. a UUID.',
        },
      ],
    );
  }
  return `user:${encodeURIComponent(c.get('actor'))}:${key}`;
}

/** A positive integer from the query string, or a 400 naming the parameter. */
export function positiveInt(c: Context<ServerEnv>, name: string): number | undefined {
  const raw = c.req.query(name);
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(raw)) {
    throw new RequestError(
      'BAD_REQUEST',
      `The query parameter "${name}" must be a positive integer.`,
      [
        {
          path: `/query/${name}`,
          code: 'type',
          severity: 'error',
          message: `"${raw}" is not a positive integer.`,
        },
      ],
    );
  }
  return Number(raw);
}

const TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * The locales of an `Accept-Language` header, most wanted first (by `q`, then order); `*` and
 * malformed entries are left out. What `runtime.client(actor, { locale })` reads texts in.
 */
export function acceptedLocales(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .slice(0, 20)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((e) => TAG.test(e.tag) && e.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((e) => e.tag);
}
