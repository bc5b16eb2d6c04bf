import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { browserHost } from '../desk/browserHost';
import { freshDesk } from '../desk/testing';
import { SignInPage } from './SignInPage';

describe('<SignInPage>', () => {
  it('lists the demo people, says it is a password-less demo, and signs the chosen one in', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    const host = browserHost(desk);
    const onSignedIn = vi.fn();
    render(<SignInPage login={host.login} onSignedIn={onSignedIn} />);
    expect(await screen.findByRole('button', { name: /Alice Martin\s*Requester/ })).toBeVisible();
    expect(screen.getByText('Demo login, no password.')).toBeVisible();
    expect(await host.connect()).toBeNull();

    await user.selectOptions(screen.getByLabelText('Demo account'), 'carlos');
    await user.click(screen.getByRole('button', { name: 'Sign in as Carlos Mendes' }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect((await host.connect())?.client.actor).toBe('carlos');
  });

  it('asks for a person before signing in', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    render(<SignInPage login={browserHost(desk).login} onSignedIn={() => {}} />);
    await screen.findByRole('button', { name: /Alice Martin/ });
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose who you want to sign in as.');
  });
});
