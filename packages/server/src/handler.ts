import { AuthenticationError, NotFoundError, RequestError } from '@deskkit/runtime';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { createRateLimiter } from './auth/rateLimit';
import { eventRoutes } from './events/routes';
import type { DeskHandler, HandlerOptions } from './handler.types';
import { openApiDocument } from './openapi/document';
import { problemResponse, toProblem } from './problem';
import { acceptedLocales, assertJsonContentType } from './request';
import type { ServerEnv } from './routes/context';
import { definitionRoutes } from './routes/definitions';
import { listRoutes } from './routes/lists';
import { subscriptionRoutes } from './routes/subscriptions';
import { ticketRoutes } from './routes/tickets';
import { workRoutes } from './routes/work';
import { notificationRoutes } from './routes/notifications';
import { studioRoutes } from './routes/studio';

const DEFAULT_BODY_BYTES = 1024 * 1024;
/** The POST routes that change something (rate limited); searches and aggregates are reads. */
const WRITES =
  /^\/(?:tickets|tickets\/bulk|views|tickets\/[^/]+\/(?:actions|relations)|definitions|definitions\/[^/]+\/(?:draft|rollback|migrations))$/;

/**
 * The Deskkit HTTP API as one fetch handler: authenticates each request, then serves it through
 * `runtime.client(actor)`, so every answer holds only what that user may see. Routes, statuses and
 * problem+json errors are listed in the package README; `GET /openapi.json` describes them.
 *
 * @example
 * ```ts
 * import { serve } from '@hono/node-server';
 * import { createHandler, bearerJwt } from '@deskkit/server';
 * const handler = createHandler({
 *   runtime,
 *   basePath: '/api',
 *   authenticate: bearerJwt({ jwksUrl: 'https://idp.example.com/.well-known/jwks.json', issuer, audience }),
 * });
 * serve({ fetch: handler, port: 8080 });
 * ```
 */
export function createHandler(options: HandlerOptions): DeskHandler {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const bodyBytes = options.limits?.bodyBytes ?? DEFAULT_BODY_BYTES;
  const limiter = options.rateLimit === false ? null : createRateLimiter(options.rateLimit);
  const onError =
    options.onError ?? ((error: unknown) => console.error('[@deskkit/server]', error));
  let openapi: string | undefined;

  const app = new Hono<ServerEnv>().basePath(basePath === '' ? '/' : basePath);

  app.use(
    '*',
    secureHeaders({
      // A JSON API: nothing to load, never framed.
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      ...options.secureHeaders,
    }),
  );
  app.use('*', async (c, next) => {
    await next();
    // Answers are personal: no shared cache may keep them.
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
  });
  if (options.cors) app.use('*', cors(options.cors));

  app.get('/openapi.json', (c) => {
    openapi ??= JSON.stringify(openApiDocument({ basePath }));
    return c.body(openapi, 200, {
      'content-type': 'application/json',
      'cache-control': 'no-cache',
    });
  });

  app.use('*', async (c, next) => {
    const actor = await options.authenticate(c.req.raw);
    if (actor === null || actor === '') {
      throw new AuthenticationError(
        'Sign in: this request carries no credentials the server accepts.',
      );
    }
    c.set('actor', actor);
    // Texts a definition writes per locale are answered in the request's Accept-Language.
    const locale = acceptedLocales(c.req.header('accept-language'));
    c.set('client', options.runtime.client(actor, locale.length ? { locale } : {}));
    await next();
  });

  app.on('POST', '*', async (c, next) => {
    if (limiter && WRITES.test(c.req.path.slice(basePath.length))) limiter.take(c.var.actor);
    assertJsonContentType(c.req.raw);
    await next();
  });
  app.on(
    'POST',
    '*',
    bodyLimit({
      maxSize: bodyBytes,
      onError: () => {
        throw new RequestError(
          'PAYLOAD_TOO_LARGE',
          `The request body is over the limit of ${bodyBytes} bytes.`,
        );
      },
    }),
  );

  workRoutes(app);
  notificationRoutes(app);
  listRoutes(app, basePath);
  subscriptionRoutes(app, basePath);
  ticketRoutes(app, basePath);
  definitionRoutes(app, basePath);
  studioRoutes(app, basePath);
  const streams = eventRoutes(app, options.runtime, options.events);

  app.notFound((c) =>
    problemResponse(
      toProblem(new NotFoundError(`There is no route ${c.req.method} ${c.req.path}.`)),
    ),
  );
  app.onError((error, c) => {
    const problem = toProblem(error);
    if (problem.status >= 500) onError(error, c.req.raw);
    return problemResponse(problem);
  });

  return Object.assign(async (request: Request) => app.fetch(request), {
    close: () => streams.close(),
  });
}
