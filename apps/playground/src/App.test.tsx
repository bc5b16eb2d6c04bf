import { act, screen, within } from '@testing-library/react';
import { App } from './App';
import { renderDesk } from './desk/renderDesk';

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((a) => a.textContent?.replace(/^\W+/, '').trim());

describe('<App> follows the user’s permissions', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it('a requester is not offered the Studio or Admin, and may not open them by address', async () => {
    await renderDesk(<App />, { user: 'alice' });
    expect(navLinks()).toEqual(['Service catalog', 'My tasks', 'Tickets', 'Overview']);
    act(() => {
      window.location.hash = '#/admin';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByText(/may not open this page/)).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Calendars' })).not.toBeInTheDocument();
  });

  it('an admin is offered every page; a CAB member is not offered Studio and Admin', async () => {
    const { unmount } = await renderDesk(<App />, { user: 'ada' });
    expect(navLinks()).toEqual([
      'Service catalog',
      'My tasks',
      'Tickets',
      'Overview',
      'Problems',
      'Studio',
      'Admin',
      'Outbox',
    ]);
    unmount();
    await renderDesk(<App />, { user: 'carlos' });
    expect(navLinks()).not.toContain('Admin');
    expect(navLinks()).not.toContain('Outbox');
    expect(navLinks()).not.toContain('Studio');
  });

  it('the catalog lists only the workflows the user may start', async () => {
    await renderDesk(<App />, { user: 'alice' });
    const services = await screen.findAllByRole('link', { name: /Request →/ });
    expect(services.map((a) => a.querySelector('.pg-service-name')?.textContent).sort()).toEqual([
      'Report an incident',
      'Request access to a system',
      'Reset my password',
    ]);
  });

  it('a requester is not offered the form of a workflow they may not start', async () => {
    await renderDesk(<App />, { user: 'alice' });
    act(() => {
      window.location.hash = '#/request/change-request';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByText(/may not raise this request/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit request' })).not.toBeInTheDocument();
  });
});
