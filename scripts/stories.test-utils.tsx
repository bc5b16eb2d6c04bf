import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { cleanup, render } from '@testing-library/react';
import { createElement, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import * as preview from '../.storybook/preview';

type StoryModule = Parameters<typeof composeStories>[0];

setProjectAnnotations(preview);

/**
 * Renders every story of a package in the test runner (portable stories), running its play function,
 * so a story that throws or whose play assertions fail breaks `pnpm test`.
 */
export function testStories(modules: Record<string, unknown>): void {
  const files = Object.entries(modules);
  it('has stories', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const [file, mod] of files) {
    describe(file, () => {
      const composed = composeStories(mod as StoryModule) as Record<
        string,
        { run(): Promise<void> }
      >;
      const stories = Object.entries(composed);
      for (const [name, Story] of stories) {
        it(`renders ${name}`, async () => {
          await Story.run();
          // Let effects and async data loaders settle inside the test.
          await new Promise((resolve) => setTimeout(resolve, 0));
        });
      }
      // The same stories with the Storybook toolbar's locale on zh-CN (the play functions read
      // English, so they run in the first pass only).
      const chinese = composeStories(mod as StoryModule, {
        initialGlobals: { locale: 'zh-CN' },
      }) as unknown as Record<string, ComponentType & { load(): Promise<void> }>;
      for (const [name, Story] of Object.entries(chinese)) {
        it(`renders ${name} in zh-CN`, async () => {
          await Story.load();
          render(createElement(Story));
          await new Promise((resolve) => setTimeout(resolve, 0));
          cleanup();
        });
      }
    });
  }
}
