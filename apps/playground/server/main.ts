import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createHandler } from '@deskkit/server';
import { createPlaygroundApp } from './app';
import { startMailCatcher, type MailCatcher } from './mailCatcher';
import { DEMO_HISTORY, type DemoHistoryOptions } from '../src/desk/history';
import { sendResponse, toRequest, type FetchHandler } from './node';
import { staticFiles } from './static';

const appRoot = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? '5173' },
    host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    data: { type: 'string', default: process.env.PLAYGROUND_DATA_DIR ?? `${appRoot}.data` },
    dist: { type: 'string', default: `${appRoot}dist` },
    'mail-catcher': { type: 'string', default: process.env.MAIL_CATCHER_PORT ?? '0' },
  },
});

/**
 * The playground server: one Node process, one port, serving the desk (built, or through Vite in
 * `--dev`) and its API. Data in PostgreSQL when `DATABASE_URL` is set, else PGlite in `--data`.
 */
function historyOption(value: string | undefined): { history?: DemoHistoryOptions } {
  if (value === 'off') return {};
  const custom = /^(\d+)x(\d+)$/.exec(value ?? '');
  return {
    history: custom ? { days: Number(custom[1]), perDay: Number(custom[2]) } : DEMO_HISTORY,
  };
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  // The demo's SMTP server (`--mail-catcher off` for none): e-mails land on the Outbox page.
  let catcher: MailCatcher | null = null;
  if (values['mail-catcher'] !== 'off') {
    catcher = await startMailCatcher({ port: Number(values['mail-catcher']) });
  }
  let origin = `http://${values.host}:${values.port}`;
  const app = await createPlaygroundApp({
    mailCatcher: catcher,
    publicUrl: () => origin,
    database: databaseUrl ? { url: databaseUrl } : { dataDir: values.data },
    ...(process.env.SESSION_SECRET ? { sessionSecret: process.env.SESSION_SECRET } : {}),
    // A fresh desk starts with two months of history, so every report shows real figures
    // (DEMO_HISTORY=off: an empty desk, as browser tests want; DEMO_HISTORY=14x3: 14 days, 3 a day).
    ...historyOption(process.env.DEMO_HISTORY),
    deskkitHandler: ({ runtime, authenticate, basePath }) =>
      createHandler({ runtime, authenticate, basePath }),
  });

  const files: FetchHandler = staticFiles(values.dist);
  let web: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/api/')) {
      const request = toRequest(req, res, origin);
      void app.api(request).then((response) => sendResponse(response, res));
      return;
    }
    if (web) return web(req, res);
    void files(toRequest(req, res, origin)).then((response) => sendResponse(response, res));
  });

  let closeWeb = async () => {};
  if (values.dev) {
    // Vite serves the desk from its sources, its hot-reload socket on this same server and port.
    const { createServer: createVite } = await import('vite');
    const vite = await createVite({
      configFile: `${appRoot}vite.config.ts`,
      root: appRoot,
      server: { middlewareMode: true, hmr: { server } },
      appType: 'spa',
    });
    web = (req, res) => vite.middlewares(req, res);
    closeWeb = () => vite.close();
  }
  server.listen(Number(values.port), values.host, () => {
    // `--port 0` takes a free port: say which.
    const address = server.address();
    if (address && typeof address === 'object') origin = `http://${values.host}:${address.port}`;
    console.log(`Deskkit service desk: ${origin}/  (data: ${app.where})`);
    if (catcher) console.log(`Mail catcher (SMTP): ${catcher.host}:${catcher.port}`);
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing the desk…`);
    server.closeIdleConnections();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Event streams stay open until their clients go: end them after a moment.
      setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, 1_000).unref();
    });
    await closeWeb();
    await app.close();
    await catcher?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('Deskkit playground: the server could not start.', error);
  process.exit(1);
});
