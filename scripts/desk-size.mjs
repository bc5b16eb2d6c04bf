import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The desk's initial load from a production build of apps/playground (`outDir` with its
 * `.vite/manifest.json`), gzip level 9, React included: what a browser downloads before the first
 * page shows — index.html's script with its static imports and stylesheets, and the server-host
 * chunk main.tsx imports at boot. Pages that bring the designer, the form builder, the form
 * renderer or the dashboards load on first use (`all` counts every chunk).
 *
 * @param {string} outDir
 * @returns {{ js: number, css: number, all: number, files: string[] }}
 */
export function deskInitialLoad(outDir) {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));
  const gz = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  const initial = new Set();
  const visit = (key) => {
    if (initial.has(key)) return;
    initial.add(key);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  if (!entry) throw new Error(`No entry in ${outDir}/.vite/manifest.json`);
  visit(entry);
  for (const d of manifest[entry].dynamicImports ?? []) if (/serverHost/.test(d)) visit(d);
  let js = 0;
  let css = 0;
  let all = 0;
  const files = [];
  for (const key of initial) {
    js += gz(manifest[key].file);
    files.push(manifest[key].file);
    for (const c of manifest[key].css ?? []) {
      css += gz(c);
      files.push(c);
    }
  }
  for (const key of Object.keys(manifest)) all += gz(manifest[key].file);
  return { js, css, all, files };
}
