/* global window */
/**
 * Form benchmark in Chromium: the Deskkit FormRenderer and plain @rjsf/core 6 (with
 * @rjsf/validator-ajv8) on the same schema of N string fields, side by side. Prints
 *  - first render: from before React renders to the first frame painted after React committed the
 *    form; median of --loads fresh page loads (5 by default);
 *  - all fields: from the same start to the first frame painted with all N inputs in the DOM (Deskkit
 *    paints the first screen of a long form, then mounts the rest in one interruptible transition);
 *  - keystroke: from the keydown event's timeStamp to the first frame painted after React commits
 *    (a requestAnimationFrame, then a MessageChannel task), each key typed alone with the page idle
 *    in between; median and p95;
 *  - all fields and first render as ratios against plain rjsf in the same run;
 *  - the machine's floor for the keystroke measure: one uncontrolled input, nothing re-rendered.
 * With --runs=N the whole comparison runs N times, Deskkit first in odd runs and rjsf first in even
 * ones (so a load that rises or falls during a run does not favour one side), then the medians of
 * the figures and of the per-run ratios. The load average is printed before and after each run.
 * Figures only: it never fails on timings. Options: --sizes=50,300,1000 --keys=25 --loads=5 --runs=1
 * --no-build.
 */
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, serve } from './serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
const sizes = arg('sizes', '50,300,1000').split(',').map(Number);
const keys = Number(arg('keys', 25));
const loads = Math.max(1, Number(arg('loads', 5)));
const runs = Math.max(1, Number(arg('runs', 1)));
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return q === 0.5 && s.length % 2 === 0 ? (s[s.length / 2 - 1] + s[s.length / 2]) / 2 : s[i];
};
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

async function firstRenders(browser, url, impl, n, count = loads) {
  const times = [];
  for (let i = 1; i < count; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${url}index.html?impl=${impl}&n=${n}`);
      times.push(
        await page.evaluate(async () => [
          await window.__bench.mounted,
          await window.__bench.complete,
        ]),
      );
    } finally {
      await page.close();
    }
  }
  return times;
}

async function measure(browser, url, impl, n) {
  const earlier = await firstRenders(browser, url, impl, n);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(`${url}index.html?impl=${impl}&n=${n}`);
    const loaded = [
      ...earlier,
      await page.evaluate(async () => [
        await window.__bench.mounted,
        await window.__bench.complete,
      ]),
    ];
    const firstRender = quantile(
      loaded.map((l) => l[0]),
      0.5,
    );
    // Keystrokes are typed once every field is in the DOM (the steady state of a long form).
    const allFields = quantile(
      loaded.map((l) => l[1]),
      0.5,
    );
    const mid = Math.floor(n / 2);
    const input = page.locator(`input[id$="_f${mid}"]`).first();
    await input.scrollIntoViewIfNeeded();
    await input.click();
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      window.__bench.keys.length = 0;
    });
    for (let i = 0; i < keys; i++) {
      await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
      await page.waitForTimeout(80);
    }
    await page.waitForTimeout(200);
    const times = await page.evaluate(() => [...window.__bench.keys]);
    const typed = await input.inputValue();
    return {
      firstRender,
      allFields,
      min: Math.min(...times),
      median: quantile(times, 0.5),
      p95: quantile(times, 0.95),
      typed: typed.length,
    };
  } finally {
    await page.close();
  }
}

if (!process.argv.includes('--no-build')) {
  console.log('building bench pages (vite, production)…');
  await build({ configFile: `${here}vite.config.ts` });
}
const server = await serve(`${here}dist`);
const browser = await chromium.launch({ executablePath, args: chromiumArgs });
const load = () => loadavg()[0].toFixed(1);
const label = (impl) => (impl === 'rjsf' ? 'plain @rjsf/core' : '@deskkit/forms  ');
const ratios = (d, p) => ({
  firstRender: p.firstRender / d.firstRender,
  allFields: p.allFields / d.allFields,
  keystroke: p.median / d.median,
});
const printRatios = (r) =>
  `first render ×${r.firstRender.toFixed(2)}   all fields ×${r.allFields.toFixed(2)}   keystroke median ×${r.keystroke.toFixed(2)}`;
try {
  // One discarded load of each page first, so neither side pays for a cold browser.
  for (const impl of ['deskkit', 'rjsf'])
    await firstRenders(browser, server.url, impl, sizes[0], 2);
  const all = [];
  for (let run = 1; run <= runs; run++) {
    const order = run % 2 === 1 ? ['deskkit', 'rjsf'] : ['rjsf', 'deskkit'];
    console.log(`\nrun ${run}/${runs} (load average ${load()} on ${cpus().length} cores)`);
    const rows = [];
    for (const n of sizes) {
      for (const impl of order) {
        const r = await measure(browser, server.url, impl, n);
        rows.push({ n, impl, ...r });
        console.log(
          `${String(n).padStart(5)} fields  ${label(impl)}  first render ${ms(r.firstRender).padStart(9)}  all fields ${ms(r.allFields).padStart(9)}   keystroke min ${ms(r.min).padStart(8)}  median ${ms(r.median).padStart(8)}  p95 ${ms(r.p95).padStart(8)}   (${r.typed}/${keys} keys landed)`,
        );
      }
    }
    // What this machine allows at all: one input React rendered and leaves alone (no state, no
    // re-render), the same measure. A keystroke target below this floor cannot be met on this load.
    const floor = await measure(browser, server.url, 'bare', 1);
    console.log(
      `floor (one uncontrolled input, no work per key): keystroke min ${ms(floor.min)}  median ${ms(floor.median)}  p95 ${ms(floor.p95)}`,
    );
    console.log(`ratio (plain rjsf / deskkit), higher is better for deskkit:`);
    for (const n of sizes) {
      const d = rows.find((r) => r.n === n && r.impl === 'deskkit');
      const p = rows.find((r) => r.n === n && r.impl === 'rjsf');
      console.log(`${String(n).padStart(5)} fields  ${printRatios(ratios(d, p))}`);
    }
    console.log(`(load average ${load()} at the end of run ${run}: compare within one run only)`);
    all.push({ rows, floor });
  }
  if (runs > 1) {
    console.log(`\nmedians of ${runs} runs:`);
    for (const n of sizes) {
      for (const impl of ['deskkit', 'rjsf']) {
        const rs = all.map((a) => a.rows.find((r) => r.n === n && r.impl === impl));
        const med = (key) =>
          ms(
            quantile(
              rs.map((r) => r[key]),
              0.5,
            ),
          ).padStart(9);
        console.log(
          `${String(n).padStart(5)} fields  ${label(impl)}  first render ${med('firstRender')}  all fields ${med('allFields')}   keystroke median ${med('median')}`,
        );
      }
    }
    console.log(
      `floor keystroke median ${ms(
        quantile(
          all.map((a) => a.floor.median),
          0.5,
        ),
      )}`,
    );
    console.log('median of the per-run ratios (plain rjsf / deskkit):');
    for (const n of sizes) {
      const rs = all.map((a) =>
        ratios(
          a.rows.find((r) => r.n === n && r.impl === 'deskkit'),
          a.rows.find((r) => r.n === n && r.impl === 'rjsf'),
        ),
      );
      const med = (key) =>
        quantile(
          rs.map((r) => r[key]),
          0.5,
        );
      console.log(
        `${String(n).padStart(5)} fields  ${printRatios({ firstRender: med('firstRender'), allFields: med('allFields'), keystroke: med('keystroke') })}   (all fields per run: ${rs.map((r) => `×${r.allFields.toFixed(2)}`).join(' ')})`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
