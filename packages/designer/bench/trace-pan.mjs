/* global document, window, MutationObserver */
/**
 * What a pan costs, element by element: records a Chromium trace (timeline, paint and invalidation
 * tracking) while the mouse drags the empty pane for 60 frames, and prints DOM mutations, main-thread
 * event counts and times, raster CPU time (trace `tdur`), and the Paint events per DOM node (which
 * element is re-recorded on every frame). A tool for finding causes; `bench/run.mjs` measures.
 * Usage, after a bench build: node bench/trace-pan.mjs [--mode=designer|plain] [--n=1000]
 * [--dist=<built page folder>] [--css=<rules to inject, to bisect>] [--eval=<script to run first>]
 * --drag drags the node nearest the centre instead of the pane.
 * Env: OUTSIDE=<script> prints its result; SEQ=<k> prints k main-thread events of one frame.
 */
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, serve } from './serve.mjs';
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const mode = arg('mode', 'designer');
const server = await serve(arg('dist', fileURLToPath(new URL('./dist', import.meta.url))));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
  await page.goto(`${server.url}?mode=${mode}&n=${arg('n', 1000)}${arg('q', '')}`);
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.react-flow__node').length > 0 &&
      !document.querySelector('.react-flow__node[style*="visibility: hidden"]'),
  );
  await page.waitForTimeout(1500);
  if (arg('css', '')) await page.addStyleTag({ content: arg('css', '') });
  if (arg('eval', '')) await page.evaluate(arg('eval', ''));
  await page.waitForTimeout(300);
  console.log(
    'info',
    await page.evaluate(() => ({
      vp: document.querySelector('.react-flow__viewport').style.transform,
      rf: JSON.stringify(document.querySelector('.react-flow').getBoundingClientRect()),
      cls: document.querySelector('.react-flow').className,
    })),
  );
  if (process.env.OUTSIDE)
    console.log(JSON.stringify(await page.evaluate(process.env.OUTSIDE), null, 1));
  const point = await page.evaluate((drag) => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    if (drag) {
      const cx = pane.left + pane.width / 2;
      const cy = pane.top + pane.height / 2;
      const r = [...document.querySelectorAll('.react-flow__node')]
        .map((e) => e.getBoundingClientRect())
        .filter((b) => b.width > 0)
        .sort(
          (a, b) =>
            Math.hypot(a.x + a.width / 2 - cx, a.y + a.height / 2 - cy) -
            Math.hypot(b.x + b.width / 2 - cx, b.y + b.height / 2 - cy),
        )[0];
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    for (let y = pane.top + 10; y < pane.bottom; y += 7)
      for (let x = pane.left + 10; x < pane.right; x += 7) {
        const el = document.elementFromPoint(x, y);
        if (el && el.classList.contains('react-flow__pane')) return { x, y };
      }
  }, process.argv.includes('--drag'));
  await page.evaluate(() => {
    window.__mut = new Map();
    const key = (n) => {
      const el = n.nodeType === 1 ? n : n.parentElement;
      return `${el?.tagName}.${(el?.getAttribute('class') ?? '').split(' ').slice(0, 2).join('.')}`;
    };
    new MutationObserver((ms) => {
      for (const m of ms) {
        const k = `${m.type}:${m.attributeName ?? ''} ${key(m.target)}`;
        window.__mut.set(k, (window.__mut.get(k) ?? 0) + 1);
      }
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
  });
  await cdp.send('Tracing.start', {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'disabled-by-default-devtools.timeline.frame',
      'disabled-by-default-devtools.timeline.invalidationTracking',
      'blink',
      'cc',
      'v8',
    ].join(','),
    transferMode: 'ReportEvents',
  });
  await page.mouse.move(point.x, point.y);
  await page.mouse.down();
  const steps = Number(arg('steps', 60));
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    await page.mouse.move(point.x + Math.sin(a) * 160, point.y + (1 - Math.cos(a)) * 80);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  const muts = await page.evaluate(() =>
    [...window.__mut].sort((a, b) => b[1] - a[1]).slice(0, 25),
  );
  console.log(`\n== ${mode}: DOM mutations during pan (${steps} moves)`);
  for (const [k, v] of muts) console.log(String(v).padStart(7), k);
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const mine = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid);
  const count = (pred) => mine.filter(pred);
  const sum = (xs) => xs.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  for (const name of [
    'Paint',
    'PaintImage',
    'Layout',
    'UpdateLayoutTree',
    'PrePaint',
    'Layerize',
    'UpdateLayer',
    'FunctionCall',
    'EventDispatch',
    'Commit',
    'RasterTask',
    'ScheduleStyleRecalculation',
    'InvalidateLayout',
    'HitTest',
  ]) {
    const xs = count((e) => e.name === name && (e.ph === 'X' || e.ph === 'I' || e.ph === 'B'));
    console.log(
      `${name.padEnd(28)} n=${String(xs.length).padStart(5)} total=${sum(xs).toFixed(1)} ms`,
    );
  }
  const raster = events.filter(
    (e) => e.name === 'RasterTask' || e.name === 'RasterizerTaskImpl::RunOnWorkerThread',
  );
  console.log(
    `raster (all threads) n=${raster.length} total=${sum(raster).toFixed(1)} ms cpu=${(raster.reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000).toFixed(1)} ms`,
  );
  const cpuOf = (names) =>
    mine
      .filter((e) => e.ph === 'X' && names.includes(e.name))
      .reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  console.log(
    `main cpu: RunTask=${cpuOf(['RunTask', 'ThreadControllerImpl::RunTask']).toFixed(1)} Layerize=${cpuOf(['Layerize']).toFixed(1)} Commit=${cpuOf(['Commit']).toFixed(1)} Paint=${cpuOf(['Paint']).toFixed(1)} HitTest=${cpuOf(['HitTest']).toFixed(1)} FunctionCall=${cpuOf(['FunctionCall']).toFixed(1)}`,
  );
  const by = (name, f) => {
    const m = new Map();
    for (const e of events.filter((x) => x.name === name)) {
      const k = f(e);
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    console.log(`\n-- ${name} by key`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, 20))
      console.log(String(v).padStart(6), k);
  };
  by(
    'Paint',
    (e) =>
      `layer=${e.args?.data?.layerId} node=${e.args?.data?.nodeId} clip=${JSON.stringify(e.args?.data?.clip)}`,
  );
  by('PaintInvalidationTracking', (e) => `${e.args?.data?.nodeName} | ${e.args?.data?.reason}`);
  by('LayoutInvalidationTracking', (e) => `${e.args?.data?.nodeName} | ${e.args?.data?.reason}`);
  by(
    'StyleRecalcInvalidationTracking',
    (e) => `${e.args?.data?.nodeName} | ${e.args?.data?.reason} ${e.args?.data?.extraData ?? ''}`,
  );
  by(
    'StyleInvalidatorInvalidationTracking',
    (e) => `${e.args?.data?.nodeName} | ${e.args?.data?.reason}`,
  );
  {
    const m = new Map();
    for (const e of events.filter((x) => x.name === 'Paint')) {
      const k = e.args?.data?.nodeId;
      const c = e.args?.data?.clip ?? [0, 0, 0, 0, 0, 0, 0, 0];
      const area = Math.abs((c[2] - c[0]) * (c[5] - c[1]));
      const v = m.get(k) ?? { n: 0, ms: 0, area: 0 };
      v.n++;
      v.ms += (e.dur ?? 0) / 1000;
      v.area = Math.max(v.area, area);
      m.set(k, v);
    }
    await cdp.send('DOM.getDocument', { depth: -1 });
    console.log('\n-- Paint by DOM node');
    for (const [k, v] of [...m].sort((a, b) => b[1].ms - a[1].ms).slice(0, 20)) {
      let desc = '?';
      try {
        const { node } = await cdp.send('DOM.describeNode', { backendNodeId: k });
        const attrs = node.attributes ?? [];
        const cls = attrs[attrs.indexOf('class') + 1];
        desc = `${node.nodeName}${attrs.includes('class') ? '.' + cls : ''}`;
      } catch (err) {
        desc = String(err.message).slice(0, 40);
      }
      console.log(
        `${String(v.n).padStart(5)} ${v.ms.toFixed(1).padStart(7)} ms maxArea=${(v.area / 1e6).toFixed(2)}Mpx  ${k} ${desc}`,
      );
    }
  }
  if (process.env.SEQ) {
    const top = mine.filter(
      (e) =>
        (e.ph === 'X' &&
          [
            'BeginMainThreadFrame',
            'FunctionCall',
            'EventDispatch',
            'UpdateLayoutTree',
            'Paint',
            'Layerize',
            'Commit',
            'PrePaint',
            'FireAnimationFrame',
            'TimerFire',
            'RunTask',
            'ProcessTask',
            'HitTest',
            'Layout',
            'ScheduledAction::execute',
            'v8.callFunction',
            'ThreadControllerImpl::RunTask',
          ].includes(e.name)) ||
        e.name === 'BeginMainThreadFrame' ||
        e.name === 'BeginFrame',
    );
    const mid = top.filter((e) => e.ts > top[0].ts + 600000).slice(0, Number(process.env.SEQ));
    const t0 = mid[0]?.ts ?? 0;
    for (const e of mid)
      console.log(
        ((e.ts - t0) / 1000).toFixed(2).padStart(8),
        ((e.dur ?? 0) / 1000).toFixed(2).padStart(6),
        e.name,
        e.args?.data?.type ?? e.args?.data?.functionName ?? '',
      );
  }
  const names = new Map();
  for (const e of mine) names.set(e.name, (names.get(e.name) ?? 0) + 1);
  if (process.env.NAMES) console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 80));
  if (process.env.RAW) {
    const raw = events.filter((x) => x.name === process.env.RAW).slice(0, 5);
    console.log(JSON.stringify(raw, null, 1).slice(0, 4000));
  }
} finally {
  await browser.close();
  await server.close();
}
