import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, report, unknown } from './axe';
import { knownStoryFindings } from './axe-known';
import { artifactsDir, browserAvailable, openSession, type Session } from './harness';
import { serveStatic } from './static-csp';

// axe-core over every Storybook story, light and dark: no serious or critical violation. The
// root `pnpm test` builds storybook-static before vitest runs; one page loads the preview once and
// switches stories over Storybook's channel, so the whole run costs one page load.
const staticDir = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const built = existsSync(`${staticDir}index.json`);
if (!built && process.env.CI) throw new Error('storybook-static is missing: run build-storybook');
if (!built) console.warn('[e2e] skipping the stories axe test: run pnpm build-storybook first');

interface Entry {
  id: string;
  type: string;
}

/** Renders a story in the preview already loaded and resolves once it (and its play) ran. */
function showStory(page: Page, id: string): Promise<string> {
  return page.evaluate(
    (storyId) =>
      new Promise<string>((resolve) => {
        const channel = (
          window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: {
              on(e: string, f: (x: unknown) => void): void;
              off(e: string, f: (x: unknown) => void): void;
              emit(e: string, x: unknown): void;
            };
          }
        ).__STORYBOOK_ADDONS_CHANNEL__;
        const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
        const done = (name: string) => (detail: unknown) => {
          const shown =
            typeof detail === 'string' ? detail : (detail as { storyId?: string })?.storyId;
          if (name === 'storyRendered' && shown !== storyId) return;
          for (const [e, f] of handlers) channel.off(e, f);
          resolve(
            name === 'storyRendered' ? '' : `${name}: ${JSON.stringify(detail).slice(0, 200)}`,
          );
        };
        const handlers = events.map((e) => [e, done(e)] as const);
        for (const [e, f] of handlers) channel.on(e, f);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    id,
  );
}

const setDark = (page: Page, dark: boolean) =>
  page.evaluate((on) => document.body.classList.toggle('dk-dark', on), dark);

describe.skipIf(!browserAvailable || !built)('axe over every Storybook story', () => {
  let session: Session;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const stories = built
    ? Object.values(
        (
          JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')) as {
            entries: Record<string, Entry>;
          }
        ).entries,
      ).filter((e) => e.type === 'story')
    : [];

  beforeAll(async () => {
    server = await serveStatic(
      { sb: staticDir },
      "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:",
    );
    session = await openSession();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it(
    `${stories.length} stories, light and dark: no serious or critical violation beyond axe-known.ts`,
    { timeout: 600_000 },
    async () => {
      const { page } = session;
      const first = stories[0]?.id ?? '';
      await page.goto(`${server.url}sb/iframe.html?id=${first}&viewMode=story`);
      await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window);
      await page.locator('#storybook-root > *').first().waitFor();
      const problems: string[] = [];
      const counts = { light: 0, dark: 0 };
      for (const [i, story] of stories.entries()) {
        // The first story is the one the address opened.
        const failed = i === 0 ? '' : await showStory(page, story.id);
        if (failed) {
          // A story that throws is the story tests' failure (stories.test.tsx); here it is skipped,
          // said aloud (a 100 ms expression time box can trip on a loaded machine).
          console.warn(`[axe] ${story.id} not checked: ${failed}`);
          continue;
        }
        // The dark pass only changes colours: it runs the contrast rule alone.
        for (const theme of ['light', 'dark'] as const) {
          await setDark(page, theme === 'dark');
          const found = await axeFindings(page, theme === 'dark' ? ['color-contrast'] : undefined);
          counts[theme] += found.length;
          problems.push(...report(`${story.id} (${theme})`, found));
        }
        await setDark(page, false);
      }
      console.log(
        `[axe] stories: ${stories.length}; serious/critical rule violations light ${counts.light}, dark ${counts.dark}`,
      );
      writeFileSync(`${artifactsDir}axe-stories.txt`, problems.join('\n'));
      expect(unknown(problems, knownStoryFindings)).toEqual([]);
    },
  );
});
