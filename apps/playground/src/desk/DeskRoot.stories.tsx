import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { App } from '../App';
import { loadDesk, loadedDesk } from '../stories/storyDesk';
import { browserHost } from './browserHost';
import { DeskRoot } from './DeskRoot';

/**
 * The whole desk on a host: the sign-in page, then the signed-in desk. Here the in-browser host
 * over a desk in memory; `pnpm dev` runs the same component on the playground server.
 */
const meta = {
  title: 'Playground/DeskRoot',
  loaders: [loadDesk],
  render: (_args, context) => (
    <DeskRoot host={browserHost(loadedDesk(context.loaded).desk)}>
      <App />
    </DeskRoot>
  ),
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

/** Nobody is signed in yet: the demo sign-in. */
export const SignedOut: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
  },
};

/** Signing in as Alice (requester) opens her desk. */
export const SignInAsRequester: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /Alice Martin/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in as Alice Martin' }));
    await expect(await canvas.findByRole('navigation', { name: 'Main' })).toBeTruthy();
  },
};
