import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TimerLoopOptions } from '@deskkit/runtime';
import { serve as honoServe } from '@hono/node-server';
import { createHandler } from './handler';
import type { DeskHandler, HandlerOptions } from './handler.types';

/** Options of {@link serve}. */
export interface ServeOptions {
  /** The runtime: the handler serves it, and its timers run in this process. */
  runtime: HandlerOptions['runtime'];
  /** A handler from `createHandler`, or the options to make one with (without `runtime`). */
  handler: DeskHandler | Omit<HandlerOptions, 'runtime'>;
  /** Default 3000; `0` picks a free port (read it from the result). */
  port?: number;
  /** Default `0.0.0.0`. */
  hostname?: string;
  /** Run `runtime.startTimers` here (default: yes, 1 s apart); `false` when another process does. */
  timers?: TimerLoopOptions | false;
  /** Signals that shut the server down gracefully (default SIGTERM and SIGINT), then exit. */
  signals?: NodeJS.Signals[];
  /** Longest wait at shutdown for requests in flight before their connections are cut (ms); default 10,000. */
  drainMs?: number;
  /** Called last at shutdown, after storage closed (end a pool the host owns, flush logs). */
  onClose?: () => void | Promise<void>;
}

/** A running server. */
export interface DeskServer {
  readonly server: Server;
  /** `http://host:port` the server listens on. */
  readonly url: string;
  readonly port: number;
  /**
   * Shuts down gracefully: stops accepting connections, ends live event streams (clients
   * reconnect elsewhere with `Last-Event-ID`), waits for requests in flight, stops timers after
   * their tick, closes the events notifier and the runtime's storage, then calls `onClose`.
   */
  close(): Promise<void>;
}

/**
 * Runs the Deskkit HTTP API in Node on `@hono/node-server`, with the runtime's timers, and shuts
 * down gracefully on SIGTERM (what container orchestrators send before stopping a process).
 *
 * @example
 * ```ts
 * import { serve } from '@deskkit/server/node';
 * const { url } = await serve({
 *   runtime,
 *   handler: { authenticate: bearerJwt({ jwksUrl, issuer, audience }), basePath: '/api' },
 *   port: 8080,
 * });
 * console.log(`Deskkit on ${url}`);
 * ```
 */
export async function serve(options: ServeOptions): Promise<DeskServer> {
  const { runtime } = options;
  const handler: DeskHandler =
    typeof options.handler === 'function'
      ? options.handler
      : createHandler({ ...options.handler, runtime });
  const hostname = options.hostname ?? '0.0.0.0';
  const server = await new Promise<Server>((resolve) => {
    const s = honoServe(
      { fetch: (request) => handler(request), port: options.port ?? 3000, hostname },
      () => resolve(s as Server),
    );
  });
  const stopTimers = options.timers === false ? undefined : runtime.startTimers(options.timers);
  const port = (server.address() as AddressInfo).port;
  const host = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;

  // At shutdown a keep-alive connection is closed as soon as its last answer went out (an event
  // stream ended, a request drained), instead of waiting for the client to drop it.
  server.on('request', (_request, response: ServerResponse) =>
    response.on('close', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    }),
  );
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      for (const s of signals) process.off(s, onSignal);
      const drained = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await handler.close?.();
      const cut = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 10_000);
      await drained;
      clearTimeout(cut);
      await stopTimers?.();
      await runtime.storage.close?.();
      await options.onClose?.();
    })());

  function onSignal(): void {
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[@deskkit/server] shutdown failed', error);
        process.exit(1);
      },
    );
  }
  for (const s of signals) process.on(s, onSignal);

  return { server, url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`, port, close };
}
