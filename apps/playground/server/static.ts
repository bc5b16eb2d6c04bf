import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { FetchHandler } from './node';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/**
 * The desk's Content-Security-Policy: scripts from this origin only (no `unsafe-eval`, no inline
 * script). Every Deskkit package works under it with no option set; React's style attributes need
 * inline styles.
 */
export const DESK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

/**
 * Serves the built desk (`vite build` output): files under `root`, hashed assets cached for a year,
 * and `index.html` for every other GET (the desk routes by the URL hash).
 */
export function staticFiles(root: string): FetchHandler {
  const base = normalize(root + sep);
  const file = async (path: string) => {
    try {
      return (await stat(path)).isFile() ? await readFile(path) : null;
    } catch {
      return null;
    }
  };
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    const pathname = decodeURIComponent(new URL(request.url).pathname);
    const target = normalize(join(base, pathname));
    const inside = target.startsWith(base);
    const found = inside && pathname !== '/' ? await file(target) : null;
    if (found) {
      const immutable = pathname.startsWith('/assets/');
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(found), {
        headers: {
          'content-type': types[extname(target)] ?? 'application/octet-stream',
          'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          'x-content-type-options': 'nosniff',
        },
      });
    }
    const index = await file(join(base, 'index.html'));
    if (!index) return new Response('The desk is not built: run vite build.', { status: 503 });
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(index), {
      headers: {
        'content-type': types['.html']!,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'same-origin',
        'content-security-policy': DESK_CSP,
      },
    });
  };
}
