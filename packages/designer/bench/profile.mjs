/* global document, requestAnimationFrame -- page.evaluate callbacks run in the browser */
/**
 * Where the canvas time goes: records a Chromium trace while opening a large definition and while
 * panning / dragging, and prints the main-thread time per trace event (self time, top 25) and the
 * hottest JS functions (sampling profile). A tool for finding causes; `bench/run.mjs` measures.
 * Usage: node bench/profile.mjs [--mode=designer|plain] [--n=1000] [--phase=open|pan|drag]
 * [--dist=<built page folder>] (after a bench build; an unminified build names the functions:
 * `npx vite build --config bench/vite.config.ts --minify false --outDir /tmp/prof`).
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, serve } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const mode = arg('mode', 'designer');
const n = Number(arg('n', 1000));
const phase = arg('phase', 'open');
const server = await serve(arg('dist', `${here}dist`));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  const startTrace = async () => {
    await cdp.send('Tracing.start', {
      categories:
        'devtools.timeline,disabled-by-default-devtools.timeline,blink,blink.user_timing,cc,v8',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
  };
  if (phase === 'open') await startTrace();
  await page.goto(`${server.url}?mode=${mode}&n=${n}${arg('q', '')}`);
  // The open window ends like bench/run.mjs's: every node measured, the view fitted, one frame
  // painted. A `dk-fitted` mark in the trace splits the JS profile into inside / after the window.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => {
          const vp = document.querySelector('.react-flow__viewport');
          const fitted = vp && !/translate\(0px, 0px\) scale\(1\)/.test(vp.style.transform);
          if (
            document.querySelectorAll('.react-flow__node').length > 0 &&
            !document.querySelector('.react-flow__node[style*="visibility: hidden"]') &&
            fitted
          )
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => resolve(performance.mark('dk-fitted'));
              ch.port2.postMessage(0);
            });
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
  await page.waitForTimeout(phase === 'open' ? 200 : 800);
  if (phase !== 'open') {
    const point = await page.evaluate((p) => {
      const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
      if (p === 'pan') {
        for (let y = pane.top + 10; y < pane.bottom; y += 7)
          for (let x = pane.left + 10; x < pane.right; x += 7) {
            const el = document.elementFromPoint(x, y);
            if (el && el.classList.contains('react-flow__pane')) return { x, y };
          }
      }
      const r = [...document.querySelectorAll('.react-flow__node')]
        .map((e) => e.getBoundingClientRect())
        .filter((b) => b.width > 0)
        .sort(
          (a, b) =>
            Math.hypot(a.x - pane.width / 2, a.y - pane.height / 2) -
            Math.hypot(b.x - pane.width / 2, b.y - pane.height / 2),
        )[0];
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, phase);
    await startTrace();
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    for (let i = 1; i <= 60; i++) {
      const a = (i / 60) * Math.PI * 2;
      await page.mouse.move(point.x + Math.sin(a) * 160, point.y + (1 - Math.cos(a)) * 80);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(500);
  }
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  // Self time per event name on the renderer main thread.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events
    .filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of mine) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts)
      stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur);
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  if (process.env.DUMP) {
    const paints = mine.filter((e) => e.name === process.env.DUMP);
    const by = new Map();
    for (const e of paints) {
      const k = JSON.stringify(e.args?.data ?? e.args).slice(0, 160);
      by.set(k, (by.get(k) ?? 0) + e.dur);
      by.set(`n ${k}`, (by.get(`n ${k}`) ?? 0) + 1000);
    }
    for (const [k, us] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15))
      console.log(`${(us / 1000).toFixed(1).padStart(8)} ${k}`);
  }
  console.log(`\n${mode} ${phase}: main-thread self time by event (ms)`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`${(us / 1000).toFixed(1).padStart(9)}  ${name}`);
  // Hottest JS functions by self samples.
  const byId = new Map(profile.nodes.map((x) => [x.id, x]));
  const counts = new Map();
  const dt = profile.timeDeltas;
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  // With the open phase, only the samples before the `dk-fitted` mark (inside the open window).
  const mark = events.find((e) => e.name === 'dk-fitted');
  if (phase === 'open' && mark) {
    counts.clear();
    let t = profile.startTime;
    profile.samples.forEach((id, i) => {
      t += dt[i] ?? 0;
      if (t <= mark.ts) counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0));
    });
    console.log(`\nopen window: ${((mark.ts - profile.startTime) / 1000).toFixed(0)} ms traced`);
  }
  const fn = new Map();
  for (const [id, us] of counts) {
    const cf = byId.get(id).callFrame;
    const key = `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  console.log(
    `\nJS self time by function (ms)${mark && phase === 'open' ? ', inside the open window' : ''}`,
  );
  for (const [name, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, Number(arg('top', 25))))
    console.log(`${(us / 1000).toFixed(1).padStart(9)}  ${name}`);
} finally {
  await browser.close();
  await server.close();
}
