import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';

/** The strict policy the CSP tests serve pages with: no 'unsafe-eval', no inline scripts. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** A static server of built pages (`/<dir>/<file>` from `roots[dir]`), every answer under `csp`. */
export async function serveStatic(
  roots: Record<string, string>,
  csp: string = STRICT_CSP,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\.\./g, '');
    const [, dir = '', ...rest] = path.split('/');
    const root = roots[dir];
    const file = root ? join(root, rest.join('/')) : '';
    if (!root || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Records every CSP violation the page reports, in `window.__violations`. */
export function recordViolations(): void {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
  });
}
