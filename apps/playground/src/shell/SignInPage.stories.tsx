import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { browserHost } from '../desk/browserHost';
import { loadDesk, loadedDesk } from '../stories/storyDesk';
import { SignInPage } from './SignInPage';

/**
 * The sign-in page: a password-less demo login. Here on a desk in memory (the in-browser host's
 * login); on the server the same page signs in with a session cookie.
 */
const meta = {
  title: 'Playground/SignInPage',
  loaders: [loadDesk],
  args: { onSignedIn: fn() },
  render: (args, context) => (
    <SignInPage login={browserHost(loadedDesk(context.loaded).desk).login} {...args} />
  ),
} satisfies Meta<{ onSignedIn(): void }>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The demo people, labelled as a password-less demo login. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('button', { name: /Alice Martin/ });
    await expect(canvas.getByText('Demo login, no password.')).toBeTruthy();
  },
};

/** Picking Samira (agent) and signing in. */
export const PickAndSignIn: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /Samira/ }));
    await userEvent.click(canvas.getByRole('button', { name: /^Sign in as Samira/ }));
    await waitFor(() => expect(args.onSignedIn).toHaveBeenCalled());
  },
};
