/**
 * `@deskkit/server/node` — running the Deskkit HTTP API as a Node process: `serve` on
 * `@hono/node-server`, with the runtime's timers and a graceful shutdown on SIGTERM.
 *
 * @packageDocumentation
 */
export { serve } from './serve';
export type { DeskServer, ServeOptions } from './serve';
