import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { browserHost } from './browserHost';
import { DeskRoot } from './DeskRoot';
import { freshDesk } from './testing';

describe('<DeskRoot>', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('signs in on the sign-in page, shows the desk as that user, and signs out', async () => {
    const user = userEvent.setup();
    const desk = await freshDesk();
    render(
      <DeskRoot host={browserHost(desk)}>
        <App />
      </DeskRoot>,
    );
    await user.click(
      await screen.findByRole('button', { name: /Samira Haddad/ }, { timeout: 10_000 }),
    );
    await user.click(screen.getByRole('button', { name: 'Sign in as Samira Haddad' }));
    const account = await screen.findByRole('group', { name: 'Signed in' });
    expect(within(account).getByTestId('signed-in-user')).toHaveTextContent('Samira Haddad');
    expect(await screen.findByRole('heading', { level: 1, name: 'Service catalog' })).toBeVisible();

    await user.click(within(account).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });
});
