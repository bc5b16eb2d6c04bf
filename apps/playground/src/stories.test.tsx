import { testStories } from '../../../scripts/stories.test-utils';

// Every story of the playground's components renders (and its play function passes) in jsdom.
testStories(import.meta.glob('./**/*.stories.tsx', { eager: true }));
