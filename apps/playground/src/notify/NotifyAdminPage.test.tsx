import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDesk } from '../desk/desk';
import { memoryPersistence } from '../desk/persistence';
import { renderDesk } from '../desk/renderDesk';
import { MONDAY_10_PARIS } from '../desk/testing';
import { memoryNotifyAdmin } from './memoryNotifyAdmin';
import { NotifyAdminPage } from './NotifyAdminPage';
import { PreferencesPage } from './PreferencesPage';
import { sampleMail } from './stories.data';

const access = { beneficiary: 'alice', system: 'CI-1001', level: 'read', approver: 'victor' };

/** A desk whose e-mails fail at once (one attempt): dead letters for the admin to retry. */
async function failingDesk() {
  let failing = true;
  const desk = await createDesk({
    persistence: memoryPersistence(),
    saveDelayMs: 0,
    realNow: () => MONDAY_10_PARIS,
    notify: {
      maxAttempts: 1,
      email: {
        send: async () => {
          if (failing) throw new Error('connection refused');
        },
      },
    },
  });
  return { desk, heal: () => (failing = false) };
}

describe('<NotifyAdminPage>', () => {
  it('previews caught mails and retries a dead letter of the outbox', async () => {
    const user = userEvent.setup();
    const { desk, heal } = await failingDesk();
    const ticket = await desk.runtime
      .client('alice')
      .startTicket({ workflow: 'access-request', data: access });
    await desk.tick();
    const port = memoryNotifyAdmin(desk, {
      mails: [sampleMail(ticket.number, new Date(MONDAY_10_PARIS).toISOString())],
    });
    await renderDesk(<NotifyAdminPage port={port} />, { desk });

    const mails = await screen.findByRole('list', { name: 'Caught mails' });
    expect(within(mails).getByRole('button')).toHaveTextContent('victor.lambert@example.com');
    const preview = screen.getByRole('article', { name: /Your approval is requested/ });
    expect(within(preview).getByTitle(/HTML body of/)).toHaveAttribute('sandbox', '');
    await user.click(within(preview).getByRole('button', { name: 'Text' }));
    expect(within(preview).getByText(/Open ACC-/, { selector: 'pre' })).toBeInTheDocument();

    const outbox = await screen.findByRole('table', { name: 'Outbox messages' });
    const dead = within(outbox)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Approval requested'))!;
    expect(dead).toHaveTextContent('Dead letter');
    expect(dead).toHaveTextContent('email: connection refused');
    heal();
    await user.click(within(dead).getByRole('button', { name: /^Retry Approval requested/ }));
    expect(
      await screen.findByText(/sent again, it goes out with the next delivery/),
    ).toBeInTheDocument();
    await act(() => desk.tick());
    await user.click(
      within(screen.getByRole('region', { name: 'Outbox' })).getByRole('button', {
        name: 'Refresh',
      }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Outbox messages' }))
          .getAllByRole('row')
          .find((r) => r.textContent?.includes('Approval requested')),
      ).toHaveTextContent('Sent'),
    );
  });

  it('adds a webhook endpoint, shows its secret once, tests it, logs it, and asks before removing', async () => {
    const user = userEvent.setup();
    const { desk } = await failingDesk();
    const sent: Request[] = [];
    const fetch = (async (url: string, init: RequestInit) => {
      sent.push(new Request(url, init));
      return new Response(null, { status: 204 });
    }) as unknown as typeof globalThis.fetch;
    const port = memoryNotifyAdmin(desk, { fetch });
    await renderDesk(<NotifyAdminPage port={port} tab="webhooks" />, { desk });

    expect(await screen.findByText(/No endpoint yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    await user.type(screen.getByLabelText('Name (id)'), 'bad id!');
    await user.type(screen.getByLabelText('URL'), 'ftp://nope');
    await user.click(screen.getByRole('button', { name: 'Create endpoint' }));
    expect(await screen.findByText('an http(s) URL')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Name (id)'));
    await user.type(screen.getByLabelText('Name (id)'), 'ops');
    await user.clear(screen.getByLabelText('URL'));
    await user.type(screen.getByLabelText('URL'), 'https://hooks.example.com/desk');
    await user.click(screen.getByRole('checkbox', { name: 'Every event' }));
    await user.click(screen.getByRole('checkbox', { name: 'Resolved' }));
    await user.click(screen.getByRole('button', { name: 'Create endpoint' }));
    const secret = await screen.findByLabelText('Signing secret');
    expect(secret.textContent).toMatch(/^whsec_/);
    const table = screen.getByRole('table', { name: 'Webhook endpoints' });
    expect(table).toHaveTextContent(`whsec_…${secret.textContent!.slice(-4)}`);
    expect(table).toHaveTextContent('Resolved');
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByLabelText('Signing secret')).toBeNull();

    await user.click(within(table).getByRole('button', { name: 'Send test' }));
    expect(await screen.findByText('Test sent to ops: the receiver answered.')).toBeInTheDocument();
    expect(sent[0]?.headers.get('webhook-signature')).toMatch(/^v1,/);
    const log = await screen.findByRole('table', { name: 'Delivery log of ops' });
    expect(log).toHaveTextContent('webhook.test');
    expect(log).toHaveTextContent('204');

    const confirm = vi
      .spyOn(window, 'confirm')
      .mockReturnValueOnce(false)
      .mockReturnValueOnce(true);
    await user.click(within(table).getByRole('button', { name: 'Remove ops' }));
    expect(await port.webhooks()).toHaveLength(1);
    await user.click(within(table).getByRole('button', { name: 'Remove ops' }));
    expect(await screen.findByText('Endpoint ops removed.')).toBeInTheDocument();
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(await port.webhooks()).toEqual([]);
    confirm.mockRestore();
  });

  it('saves SMTP settings without showing the password again, and sends a test mail', async () => {
    const user = userEvent.setup();
    const { desk } = await failingDesk();
    const port = memoryNotifyAdmin(desk);
    await renderDesk(<NotifyAdminPage port={port} tab="email" />, { desk });
    const host = await screen.findByLabelText('Host');
    expect(host).toHaveValue('127.0.0.1');
    await user.clear(host);
    await user.type(host, 'smtp.example.com');
    await user.type(screen.getByLabelText('User name'), 'desk');
    await user.type(screen.getByLabelText(/^Password/), 'hunter2');
    await user.click(screen.getByRole('button', { name: 'Save SMTP settings' }));
    expect(await screen.findByText('SMTP settings saved.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Password/)).toHaveValue('');
    expect(screen.getByText(/A password is saved; it is never shown/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send test mail' }));
    expect(await screen.findByText('Test mail sent to ada.admin@example.com.')).toBeInTheDocument();
  });

  it('says the page needs the server in the browser-only desk', async () => {
    await renderDesk(<NotifyAdminPage />);
    expect(
      await screen.findByText(/E-mail and webhooks are sent by the desk’s server/),
    ).toBeInTheDocument();
  });
});

describe('<PreferencesPage>', () => {
  it('lets a user choose channels per event, over the defaults', async () => {
    const user = userEvent.setup();
    const { desk } = await renderDesk(<PreferencesPage />, { user: 'victor' });
    const row = await screen.findByRole('checkbox', { name: 'Approval requested: use Default' });
    expect(row).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Approval requested by E-mail' })).toBeDisabled();
    await user.click(row);
    await user.click(screen.getByRole('checkbox', { name: 'Approval requested by E-mail' }));
    await user.click(screen.getByRole('checkbox', { name: 'Approval requested by Digest' }));
    await user.click(screen.getByRole('button', { name: 'Save preferences' }));
    expect(await screen.findByText('Preferences saved.')).toBeInTheDocument();
    expect(await desk.runtime.client('victor').notificationPreferences()).toEqual({
      approvalRequested: ['inbox', 'digest'],
    });
  });
});
