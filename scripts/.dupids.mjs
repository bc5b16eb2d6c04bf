import { build } from 'vite';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
const out = '/tmp/h18-kit';
await build({
  configFile: '/work/wt/h18/test/e2e/pages/vite.config.ts',
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: true },
});
const srv = createServer((q, r) => {
  const f = join(out, new URL(q.url, 'http://x').pathname);
  if (!existsSync(f)) {
    r.writeHead(404).end();
    return;
  }
  r.writeHead(200, {
    'content-type':
      { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }[extname(f)] ||
      'application/octet-stream',
  });
  r.end(readFileSync(f));
}).listen(0);
await new Promise((r) => srv.once('listening', r));
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 1440, height: 900 } });
await p.goto(`http://127.0.0.1:${srv.address().port}/kit.html?twice`);
await p.locator('.react-flow__node').first().waitFor();
await p.getByRole('heading', { name: 'Team lead overview' }).nth(1).waitFor();
await p.waitForTimeout(1500);
const d = await p.evaluate(() => {
  const c = {};
  for (const e of document.querySelectorAll('[id]')) c[e.id] = (c[e.id] || 0) + 1;
  return Object.entries(c).filter(([, n]) => n > 1);
});
console.log(JSON.stringify(d));
const d2 = await p.evaluate(() =>
  [...document.querySelectorAll('[id]')]
    .map((e) => e.id)
    .filter((id) => !/^_?r|«|:r/.test(id))
    .slice(0, 80),
);
console.log(JSON.stringify(d2));
await b.close();
srv.close();
