import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, shoot, signIn, ticketNumber } from './desk';
import { browserAvailable, openSession, type Session } from './harness';

async function pickUser(page: Page, label: string, search: string, name: string) {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).fill(search);
  await page
    .locator('.dk-form [role="listbox"]')
    .getByRole('option', { name: new RegExp(name) })
    .click();
}

/** A webhook receiver that checks each Standard Webhooks signature against the secret it holds. */
interface Receiver {
  url: string;
  secret: string;
  received: Array<{ id: string; verified: boolean; type: string }>;
  server: Server;
}

function verify(secret: string, id: string, timestamp: string, body: string, header: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return header
    .split(' ')
    .map((part) => Buffer.from(part.replace(/^v1,/, ''), 'base64'))
    .some((sig) => sig.length === expected.length && timingSafeEqual(sig, expected));
}

async function startReceiver(): Promise<Receiver> {
  const r = { url: '', secret: '', received: [] } as unknown as Receiver;
  r.server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      const verified = verify(
        r.secret,
        id,
        String(req.headers['webhook-timestamp']),
        body,
        String(req.headers['webhook-signature']),
      );
      r.received.push({ id, verified, type: (JSON.parse(body) as { type: string }).type });
      res.writeHead(verified ? 204 : 401).end();
    });
  });
  await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
  r.url = `http://127.0.0.1:${(r.server.address() as AddressInfo).port}/hooks/desk`;
  return r;
}

describe.skipIf(!browserAvailable)('journey: notification delivery (admin)', () => {
  let requester: Session;
  let admin: Session;
  let receiver: Receiver;
  beforeAll(async () => {
    [requester, admin, receiver] = await Promise.all([
      openSession(),
      openSession(),
      startReceiver(),
    ]);
  });
  afterAll(async () => {
    await requester?.close();
    await admin?.close();
    await new Promise<void>((resolve) => receiver?.server.close(() => resolve()));
  });

  it('shows the approver’s mail in the Outbox; a new webhook endpoint’s test reaches a real receiver', async () => {
    const ada = admin.page;
    await open(ada, 'outbox');
    await signIn(ada, 'ada');
    await ada.getByRole('heading', { level: 1, name: 'Outbox' }).waitFor();

    const alice = requester.page;
    await open(alice, 'catalog');
    await signIn(alice, 'alice');
    await alice.getByRole('link', { name: /Request access to a system/ }).click();
    await alice.getByRole('button', { name: /CRM read access/ }).click();
    await pickUser(alice, 'Who needs access', 'Alice', 'Alice Martin');
    await pickUser(alice, 'Approving manager', 'Victor', 'Victor Lambert');
    await alice.getByRole('button', { name: 'Submit request' }).click();
    const number = await ticketNumber(alice);

    // The mail to Victor arrives in the catcher and shows on Ada's Outbox page, without a reload.
    const mails = ada.getByRole('list', { name: 'Caught mails' });
    const mail = mails
      .getByRole('button')
      .filter({ hasText: `[${number}] Your approval is requested` });
    await mail.waitFor({ timeout: 20_000 });
    await expect(mail.textContent()).resolves.toContain('victor.lambert@example.com');
    await mail.click();
    const preview = ada.getByRole('article', { name: /Mail: \[/ });
    await expect(preview.textContent()).resolves.toContain('victor.lambert@example.com');
    await ada.getByRole('button', { name: 'Text', exact: true }).click();
    await expect(preview.locator('pre').textContent()).resolves.toMatch(/#\/ticket\//);
    await ada.getByRole('button', { name: 'HTML', exact: true }).click();
    const outbox = ada.getByRole('table', { name: 'Outbox messages' });
    await outbox.getByRole('row').filter({ hasText: number }).first().waitFor();
    await expect(outbox.getByText('Sent').first().isVisible()).resolves.toBe(true);
    await shoot(admin, 'notify-outbox');

    // A webhook endpoint: added, its secret shown once, a signed test the receiver verifies.
    await ada.getByRole('tab', { name: 'Webhooks' }).click();
    await ada.getByRole('button', { name: 'Add endpoint' }).click();
    await ada.getByLabel('Name (id)').fill('ops-bridge');
    await ada.getByLabel('URL').fill(receiver.url);
    await ada.getByLabel('Description').fill('Ops chat bridge');
    await ada.getByRole('button', { name: 'Create endpoint' }).click();
    receiver.secret = (await ada.getByLabel('Signing secret').textContent()) ?? '';
    expect(receiver.secret).toMatch(/^whsec_/);
    await shoot(admin, 'notify-webhook-secret');
    await ada.getByRole('button', { name: 'Done' }).click();
    await expect(ada.getByLabel('Signing secret').count()).resolves.toBe(0);

    const row = ada.getByRole('table', { name: 'Webhook endpoints' }).getByRole('row', {
      name: /ops-bridge/,
    });
    await row.getByRole('button', { name: 'Send test' }).click();
    await ada.getByText('Test sent to ops-bridge: the receiver answered.').waitFor();
    expect(receiver.received).toEqual([
      expect.objectContaining({ verified: true, type: 'webhook.test' }),
    ]);
    const log = ada.getByRole('table', { name: 'Delivery log of ops-bridge' });
    await log.getByRole('row').filter({ hasText: 'webhook.test' }).waitFor();
    await expect(log.textContent()).resolves.toContain('204');
    await shoot(admin, 'notify-webhooks');

    // The SMTP settings (the catcher by default) and the preferences screen.
    await ada.getByRole('tab', { name: 'E-mail (SMTP)' }).click();
    await ada.getByRole('button', { name: 'Send test mail' }).click();
    await ada.getByText(/^Test mail sent to /).waitFor();
    await shoot(admin, 'notify-smtp');
    await ada.getByRole('tab', { name: 'Defaults' }).click();
    await ada.getByRole('table', { name: 'Defaults for everyone' }).waitFor();
    await shoot(admin, 'notify-defaults');
    await open(ada, 'inbox/preferences');
    await ada.getByRole('table', { name: 'My notification channels' }).waitFor();
    await shoot(admin, 'notify-preferences');

    expect(requester.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
  });
});
