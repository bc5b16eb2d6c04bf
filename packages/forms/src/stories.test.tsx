import { testStories } from '../../../scripts/stories.test-utils';

testStories(import.meta.glob('./**/*.stories.tsx', { eager: true }));
