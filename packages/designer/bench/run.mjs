/* global window, document, requestAnimationFrame -- page.evaluate callbacks run in the browser */
/**
 * Canvas benchmark in Chromium: a 1,000-node definition in the Deskkit designer and the same graph
 * in plain @xyflow/react with default nodes, side by side. Prints
 *  - open + fit: from before React renders to the first frame painted with every node measured and
 *    the viewport fitted;
 *  - pan and drag: median frame time and fps from a requestAnimationFrame loop while the mouse moves
 *    at 60 Hz for 2 s (dragging the pane, then dragging a node).
 * Figures only: it never fails on timings. Options: --n=1000 --runs=3 --no-build --dist=<built page
 * folder> (with --no-build: compare two builds, e.g. before and after a change).
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, serve } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const n = Number(arg('n', 1000));
const runs = Number(arg('runs', 3));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Waits until every rendered node is measured and the viewport has been fitted, then one painted frame. */
async function openAndFit(page, url) {
  await page.goto(url);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          const vp = document.querySelector('.react-flow__viewport');
          const nodes = document.querySelectorAll('.react-flow__node');
          const hidden = document.querySelectorAll(
            '.react-flow__node[style*="visibility: hidden"]',
          );
          const fitted = vp && !/translate\(0px, 0px\) scale\(1\)/.test(vp.style.transform);
          if (nodes.length > 0 && hidden.length === 0 && fitted) {
            // The frame after this one is painted with the fitted, measured graph.
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.now() - window.__bench.t0);
              ch.port2.postMessage(0);
            });
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

/** Frame times while the mouse drags from `from` along a path for 2 s at 60 Hz. */
async function dragFrames(page, from) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const loop = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(loop);
    };
    window.__recording = true;
    requestAnimationFrame(loop);
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 120;
  const start = Date.now();
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    await page.mouse.move(from.x + Math.sin(a) * 160, from.y + (1 - Math.cos(a)) * 80);
    const due = start + (i * 1000) / 60;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await page.mouse.up();
  const elapsed = (Date.now() - start) / 1000;
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames.slice(1);
  });
  return { medianMs: median(frames), fps: frames.length / elapsed };
}

/** A point on the empty pane (for panning) and the centre of a node near the middle (for dragging). */
async function targets(page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    let panPoint = null;
    for (let y = pane.top + 10; y < pane.bottom && !panPoint; y += 7) {
      for (let x = pane.left + 10; x < pane.right; x += 7) {
        const el = document.elementFromPoint(x, y);
        if (el && el.classList.contains('react-flow__pane')) {
          panPoint = { x, y };
          break;
        }
      }
    }
    const nodes = [...document.querySelectorAll('.react-flow__node')];
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best = null;
    for (const el of nodes) {
      const r = el.getBoundingClientRect();
      const d = Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy);
      if (r.width > 0 && (!best || d < best.d))
        best = { d, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return { panPoint, nodePoint: best && { x: best.x, y: best.y } };
  });
}

if (!process.argv.includes('--no-build')) {
  process.stdout.write('building the bench page (vite, production)… ');
  await build({ configFile: `${here}vite.config.ts` });
  console.log('done');
}
const server = await serve(arg('dist', `${here}dist`));
const results = {};
const modes = arg('modes', 'plain,designer').split(',');
const samples = Object.fromEntries(modes.map((m) => [m, { open: [], pan: [], drag: [] }]));
try {
  // Runs alternate between the pages (plain, designer, plain, …): on a shared machine the load
  // drifts, and a drift must not land on one side only.
  for (let r = 0; r < runs; r++) {
    for (const mode of modes) {
      const { open, pan, drag } = samples[mode];
      // A fresh browser per run: runs do not share caches, and one crash costs one run.
      const browser = await chromium.launch({ executablePath, args: chromiumArgs });
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      open.push(await openAndFit(page, `${server.url}?mode=${mode}&n=${n}`));
      await page.waitForTimeout(300);
      const { panPoint, nodePoint } = await targets(page);
      if (panPoint) pan.push(await dragFrames(page, panPoint));
      await page.waitForTimeout(300);
      const again = await targets(page);
      if (again.nodePoint ?? nodePoint)
        drag.push(await dragFrames(page, again.nodePoint ?? nodePoint));
      await browser.close();
    }
  }
  for (const mode of modes) {
    const { open, pan, drag } = samples[mode];
    results[mode] = {
      openMs: median(open),
      panMs: median(pan.map((p) => p.medianMs)),
      panFps: median(pan.map((p) => p.fps)),
      dragMs: median(drag.map((p) => p.medianMs)),
      dragFps: median(drag.map((p) => p.fps)),
    };
  }
} finally {
  await server.close();
}

const row = (label, r) =>
  `${label.padEnd(40)} ${r.openMs.toFixed(0).padStart(8)} ms ${r.panMs.toFixed(1).padStart(8)} ms ${r.panFps
    .toFixed(1)
    .padStart(
      6,
    )} fps ${r.dragMs.toFixed(1).padStart(8)} ms ${r.dragFps.toFixed(1).padStart(6)} fps`;
console.log(`\n@deskkit/designer canvas, ${n} nodes, Chromium (${runs} runs, medians)`);
console.log(
  `${''.padEnd(40)} ${'open+fit'.padStart(11)} ${'pan frame'.padStart(11)} ${'pan'.padStart(10)} ${'drag frame'.padStart(11)} ${'drag'.padStart(10)}`,
);
if (results.plain) console.log(row('@xyflow/react 12, default nodes', results.plain));
if (results.designer) console.log(row('Deskkit WorkflowDesigner', results.designer));
if (results.plain && results.designer)
  console.log(
    `ratio (designer / plain): open ${(results.designer.openMs / results.plain.openMs).toFixed(2)}×, ` +
      `drag fps ${(results.designer.dragFps / results.plain.dragFps).toFixed(2)}×, pan fps ${(results.designer.panFps / results.plain.panFps).toFixed(2)}×`,
  );
console.log('targets (PERFORMANCE.md): open+fit ≤ 1,200 ms, dragging ≥ 30 fps');
