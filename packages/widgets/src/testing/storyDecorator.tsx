import type { Decorator } from '@storybook/react-vite';

/** A page-like background around a widget story. */
export const onPage: Decorator = (Story) => (
  <div style={{ padding: 24, background: '#f4f6fa', minHeight: 480 }}>{Story()}</div>
);

/** A dark page around a widget story. */
export const onDarkPage: Decorator = (Story) => (
  <div style={{ padding: 24, background: '#0b1020', minHeight: 480 }}>{Story()}</div>
);
