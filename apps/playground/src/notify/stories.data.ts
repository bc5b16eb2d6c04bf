import type { Desk } from '../desk/desk';
import { storyDesk, storyUser, type DeskStoryData } from '../stories/storyDesk';
import { memoryNotifyAdmin } from './memoryNotifyAdmin';
import type { CaughtMail, NotifyAdminPort } from './notifyAdmin.types';

/** A mail as the catcher keeps it: Victor's approval request. */
export const sampleMail = (number: string, at: string): CaughtMail => ({
  id: 'mail-1',
  from: 'Deskkit Service Desk <desk@deskkit.localhost>',
  to: ['victor.lambert@example.com'],
  subject: `[${number}] Your approval is requested: Access to CI-1001 for alice`,
  receivedAt: at,
  text: `Your decision is requested on "Manager approval" of ${number}.\n\nOpen ${number}: http://127.0.0.1:5173/#/ticket/1`,
  html: `<!doctype html><html><body style="font-family:system-ui,sans-serif"><p>Your decision is requested on "Manager approval" of ${number}.</p><p><a href="#">Open ${number}</a></p></body></html>`,
  notification: 'n-1',
  ticket: number,
});

const ports = new WeakMap<Desk, NotifyAdminPort>();

/** One port per story desk (components re-read when the port changes). */
export function storyPort(desk: Desk, mails: CaughtMail[] = []): NotifyAdminPort {
  let port = ports.get(desk);
  if (!port) {
    // Webhook receivers answer 204 in stories: nothing leaves the page.
    const fetch = (async () => new Response(null, { status: 204 })) as typeof globalThis.fetch;
    port = memoryNotifyAdmin(desk, { mails, fetch });
    ports.set(desk, port);
  }
  return port;
}

/**
 * A desk where Alice asked Victor for access: its outbox holds the approval request (and the
 * assignment copies), the catcher the mail, and one webhook endpoint with a delivery.
 */
export async function loadDelivery(context: { parameters?: unknown }): Promise<DeskStoryData> {
  const data = await storyDesk(storyUser(context));
  const ticket = await data.desk.runtime.client('alice').startTicket({
    workflow: 'access-request',
    data: { beneficiary: 'alice', system: 'CI-1001', level: 'read', approver: 'victor' },
  });
  const port = storyPort(data.desk, [
    sampleMail(ticket.number, data.desk.clock.now().toISOString()),
  ]);
  await port.saveWebhook({
    id: 'ops-bridge',
    url: 'https://hooks.example.com/desk',
    events: ['approvalRequested', 'resolved'],
    description: 'Ops chat bridge',
  });
  await port.testWebhook('ops-bridge');
  return data;
}
