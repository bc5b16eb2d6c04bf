import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// One set of --dk-* tokens for every package (docs/theming.md), and stylesheets that never style
// the host page: every selector is scoped under a Deskkit class or a bundled library's class.
const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = ['forms', 'designer', 'widgets'] as const;
const docs = readFileSync(join(root, 'docs/theming.md'), 'utf8');
// Each package's resolved values, and the per-element values components set inline (a step's
// type colour, a counter's tone…): not tokens a host sets.
const INTERNAL = /^--dk-((c|dash|type)-|(t|counter|entry|meter|pill-bg|pill-fg|tone|hover)$)/;
const SHARED = ['bg', 'surface', 'surface-2', 'border', 'text', 'muted', 'accent', 'danger'];

/** A package's own CSS: style.css with its relative @imports inlined (library CSS left out). */
function css(file: string): string {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return text.replace(/@import\s+'(\.[^']+)';/g, (_, rel: string) => css(join(dirname(file), rel)));
}
const sheets = Object.fromEntries(
  packages.map((p) => [p, css(join(root, `packages/${p}/src/style.css`))]),
);

/** The public tokens a stylesheet reads: `var(--dk-x, default)` outside the internal names. */
const tokens = (text: string) =>
  new Set(
    [...text.matchAll(/var\(\s*(--dk-[a-z0-9-]+)\s*,/g)]
      .map((m) => m[1] as string)
      .filter((name) => !INTERNAL.test(name)),
  );

/** A selector list split at its top-level commas (not those inside `:is(…)`). */
function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

describe('theme tokens', () => {
  it.each(packages)('%s reads only tokens docs/theming.md documents', (pkg) => {
    const undocumented = [...tokens(sheets[pkg] as string)].filter(
      (name) => !docs.includes(`\`${name}\``) && !/^--dk-(chart|priority)-/.test(name),
    );
    expect(undocumented).toEqual([]);
  });

  it('every package reads the shared tokens under the same names', () => {
    for (const pkg of packages) {
      const used = tokens(sheets[pkg] as string);
      expect(
        SHARED.filter((n) => !used.has(`--dk-${n}`)),
        pkg,
      ).toEqual([]);
    }
  });

  it.each(packages)('%s makes its controls 44 px touch targets under a coarse pointer', (pkg) => {
    const touch = /@media \(pointer: coarse\) \{([\s\S]*?)\n\}/.exec(sheets[pkg] as string)?.[1];
    expect(touch, pkg).toBeDefined();
    expect(touch).toMatch(/button,[\s\S]*select,[\s\S]*min-height: 44px/);
  });

  it('no package restyles the classes of another package when both stylesheets are on one page', () => {
    // The form renderer's layout classes (a designer's Form tab or a desk page loads forms,
    // designer and widgets CSS together). A bare `.dk-row { display: flex }` in the designer once
    // put every form row's fields side by side on phones.
    const formsLayout = ['dk-row', 'dk-cell', 'dk-field', 'dk-group', 'dk-form__body'];
    for (const pkg of ['designer', 'widgets'] as const) {
      const selectors = [...(sheets[pkg] as string).matchAll(/([^{};]+)\{/g)]
        .flatMap((m) => splitSelectors(m[1] as string))
        .map((s) => s.trim());
      // Unscoped: the forms class is in the selector's first compound (inside one of the
      // package's own components, `.dk-simulator .dk-field`, it styles only that component).
      const clashing = selectors.filter((sel) =>
        formsLayout.some((c) => new RegExp(`\\.${c}(?![\\w-])`).test(sel.split(/[\s>+~]+/)[0]!)),
      );
      expect(clashing, pkg).toEqual([]);
    }
  });

  it("a class two packages style is styled only under each package's own roots", () => {
    // `.dk-label`, `.dk-badge`, `.dk-palette`… exist in more than one package. A bare rule for one
    // of them restyles the other package's elements (a designer `.dk-pill` on a dashboard's pills,
    // a designer `.dk-palette` on the form builder's palette) wherever both stylesheets load.
    const roots: Record<(typeof packages)[number], RegExp> = {
      forms: /\.dk-(form|form-builder)(?![\w-])/,
      designer: /\.dk-(designer|viewer|simulator)(?![\w-])/,
      widgets: /\.dk-dashboard(?![\w-])/,
    };
    const selectorsOf = (pkg: (typeof packages)[number]) =>
      [...(sheets[pkg] as string).matchAll(/([^{};]+)\{/g)]
        .map((m) => (m[1] as string).trim())
        .filter((s) => s && !s.startsWith('@') && !/^(from|to|\d+%)$/.test(s))
        .flatMap(splitSelectors)
        .map((s) => s.trim());
    const classesOf = (pkg: (typeof packages)[number]) =>
      new Set(selectorsOf(pkg).flatMap((s) => [...s.matchAll(/\.(dk-[\w-]+)/g)].map((m) => m[1])));
    const classes = Object.fromEntries(packages.map((p) => [p, classesOf(p)]));
    for (const pkg of packages) {
      const others = packages.filter((p) => p !== pkg);
      const shared = (c: string) =>
        c !== 'dk-dark' && others.some((p) => (classes[p] as Set<string>).has(c));
      const unscoped = selectorsOf(pkg).filter(
        (sel) =>
          [...sel.matchAll(/\.(dk-[\w-]+)/g)].some((m) => shared(m[1] as string)) &&
          !roots[pkg].test(sel),
      );
      expect(unscoped, pkg).toEqual([]);
    }
  });

  it('the condition builder has one stylesheet, for the form builder and the designer', () => {
    const rules = (pkg: (typeof packages)[number]) =>
      [...(sheets[pkg] as string).matchAll(/([^{};]+)\{/g)].map((m) => m[1] as string);
    expect(rules('designer').filter((s) => /\.dk-(cond|seg|expr__)/.test(s))).toEqual([]);
    expect(
      rules('forms').some((s) => s.includes(':is(.dk-form-builder, .dk-designer) .dk-cond')),
    ).toBe(true);
    // Its compact controls are 44 px targets under a coarse pointer, in both builders.
    expect(sheets.forms).toMatch(
      /@media \(pointer: coarse\) \{\s*:is\(\.dk-form-builder, \.dk-designer\) \.dk-cond \.dk-input,[^}]*min-height: 44px/,
    );
  });

  it.each(packages)('%s styles nothing outside its components', (pkg) => {
    const selectors = [...(sheets[pkg] as string).matchAll(/([^{};]+)\{/g)]
      .map((m) => (m[1] as string).trim())
      .filter((s) => s && !s.startsWith('@') && !/^(from|to|\d+%)$/.test(s));
    const unscoped = selectors
      .flatMap(splitSelectors)
      .map((s) => s.trim())
      .filter((s) => !/\.(dk-|react-flow)/.test(s));
    expect(unscoped).toEqual([]);
  });
});
