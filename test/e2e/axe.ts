import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** One serious or critical axe finding: the rule, and the elements it names. */
export interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules, or only `rules`) on the page as it is now and returns
 * its serious and critical violations. axe is injected once per document.
 */
export async function axeFindings(page: Page, rules?: string[]): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // Evaluated by the test driver, not as a page script: the desk's CSP forbids inline scripts.
    await page.evaluate(axeSource);
    // Colours are measured as they settle: a theme switched just before would otherwise be caught
    // half-way through a transition.
    await page.addStyleTag({
      content:
        '*, *::before, *::after { transition: none !important; animation: none !important; }',
    });
  }
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: only
        ? { type: 'rule', values: only }
        : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact ?? '',
        help: v.help,
        // For contrast, the colours and ratio axe measured: what a fix needs to know.
        targets: v.nodes.map((n) => {
          const d = n.any[0]?.data as
            { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
          const where = n.target.join(' ');
          return d?.fgColor ? `${where} [${d.fgColor} on ${d.bgColor} ${d.contrastRatio}]` : where;
        }),
      }));
  }, rules);
}

/** A readable summary, one line per rule and place, for a failing test's message. */
export function report(where: string, findings: Finding[]): string[] {
  return findings.map(
    (f) => `${where}: ${f.rule} (${f.impact}) ${f.help} — ${f.targets.slice(0, 8).join(', ')}`,
  );
}

/** The findings not in `known` (lines of {@link report} are matched on "place: rule"). */
export function unknown(lines: string[], known: readonly string[]): string[] {
  const set = new Set(known);
  return lines.filter((line) => !set.has(line.replace(/ \((serious|critical)\) .*$/, '')));
}
