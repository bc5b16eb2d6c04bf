/* global window */
/**
 * Where the time of the form benchmark goes: a Chromium CPU profile and trace of one page load
 * (first render) and of some keystrokes, summed by function (self time) and by trace event
 * (script, style, layout, paint). Unminified production build in bench/dist/profile.
 * Options: --impl=deskkit|rjsf --n=300 --keys=10 --top=30 --until=mounted|complete --no-build
 * (`--until=complete` profiles the load up to every field in the page, not only the first frame).
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
const impl = arg('impl', 'deskkit');
const n = Number(arg('n', 300));
const keys = Number(arg('keys', 10));
const top = Number(arg('top', 30));
const until = arg('until', 'mounted');
const outDir = `${here}dist/profile`;

if (!process.argv.includes('--no-build')) {
  await build({
    configFile: `${here}vite.config.ts`,
    build: { outDir, minify: false, emptyOutDir: true },
  });
}

function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    const file = f.url.split('/').pop();
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

function totalTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const total = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const seen = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      if (!f.url) continue;
      seen.add(`${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`);
    }
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  }
  return [...total].sort((a, b) => b[1] - a[1]);
}

function traceSummary(events) {
  const sums = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    if (
      ![
        'RunTask',
        'FunctionCall',
        'EvaluateScript',
        'UpdateLayoutTree',
        'Layout',
        'Paint',
        'PrePaint',
        'Layerize',
        'Commit',
        'ParseHTML',
        'HitTest',
        'IntersectionObserverController::computeIntersections',
        'MajorGC',
        'MinorGC',
        'V8.GC_SCAVENGER',
        'ScheduleStyleRecalculation',
        'RecalculateStyles',
        'v8.compile',
        'v8.parseOnBackground',
      ].includes(e.name)
    )
      continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

const print = (title, rows, limit = top) => {
  console.log(`\n${title}`);
  for (const [k, v] of rows.slice(0, limit)) console.log(`${v.toFixed(1).padStart(9)} ms  ${k}`);
};

const server = await serve(outDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const traced = async (fn) => {
    events.length = 0;
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.start');
    const result = await fn();
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await done;
    return { result, profile, summary: traceSummary(events) };
  };
  const load = await traced(async () => {
    await page.goto(`${server.url}index.html?impl=${impl}&n=${n}`);
    return page.evaluate(
      async (all) => [
        await window.__bench.mounted,
        window.__bench.committed,
        all ? await window.__bench.complete : NaN,
      ],
      until === 'complete',
    );
  });
  console.log(
    `${impl}, ${n} fields: first render ${load.result[0].toFixed(1)} ms (React committed at ${load.result[1].toFixed(1)} ms)` +
      (until === 'complete' ? `, all fields ${load.result[2].toFixed(1)} ms` : ''),
  );
  print('trace events during load (inclusive ms)', load.summary);
  print('self time by function during load', selfTimes(load.profile));
  print('total time by function during load', totalTimes(load.profile));

  await page.evaluate(() => window.__bench.complete);
  const input = page.locator(`input[id$="_f${Math.floor(n / 2)}"]`).first();
  await input.scrollIntoViewIfNeeded();
  await input.click();
  await page.waitForTimeout(300);
  const typing = await traced(async () => {
    await page.evaluate(() => {
      window.__bench.keys.length = 0;
    });
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press('x');
      await page.waitForTimeout(80);
    }
    return page.evaluate(() => [...window.__bench.keys]);
  });
  console.log(`\nkeystrokes (ms): ${typing.result.map((x) => x.toFixed(1)).join(' ')}`);
  print(`trace events during ${keys} keystrokes (inclusive ms)`, typing.summary);
  print(`self time by function during ${keys} keystrokes`, selfTimes(typing.profile));
  print(`total time by function during ${keys} keystrokes`, totalTimes(typing.profile));
} finally {
  await browser.close();
  await server.close();
}
