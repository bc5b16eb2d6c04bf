import type { ActionName, Ticket, WorkItem } from '@deskkit/runtime';
import { createDesk, type Desk } from './desk';
import { memoryPersistence, type DeskPersistence } from './persistence';

// Tests only: a Monday 10:00 in Paris, so business-hours SLA clocks run from the start.
export const MONDAY_10_PARIS = Date.parse('2026-11-23T09:00:00.000Z');

/** A desk seeded with the demo data, saving at once, its clock pinned to {@link MONDAY_10_PARIS}. */
export function freshDesk(persistence: DeskPersistence = memoryPersistence()): Promise<Desk> {
  return createDesk({ persistence, saveDelayMs: 0, realNow: () => MONDAY_10_PARIS });
}

/** The open work item of `actor` at `nodeId` on a ticket; throws naming both when there is none. */
export async function openItem(
  desk: Desk,
  ticket: Ticket,
  actor: string,
  nodeId: string,
): Promise<WorkItem> {
  const items = await desk.runtime.tasks(actor, { ticketId: ticket.id, state: ['open'] });
  const item = items.find((i) => i.nodeId === nodeId);
  if (!item) throw new Error(`${actor} has no open work item at ${nodeId} on ${ticket.number}`);
  return item;
}

/** `actor` takes one action on their open item at `nodeId`. */
export async function actOn(
  desk: Desk,
  ticket: Ticket,
  actor: string,
  nodeId: string,
  action: ActionName,
  extra: { data?: Record<string, unknown>; comment?: string } = {},
): Promise<Ticket> {
  const item = await openItem(desk, ticket, actor, nodeId);
  return desk.runtime.act({ ticket: ticket.id, action, actor, workItem: item.id, ...extra });
}

/** `actor` claims the queue item at `nodeId` and completes it with `data`. */
export async function claimAndSubmit(
  desk: Desk,
  ticket: Ticket,
  actor: string,
  nodeId: string,
  data?: Record<string, unknown>,
): Promise<Ticket> {
  await actOn(desk, ticket, actor, nodeId, 'claim');
  return actOn(desk, ticket, actor, nodeId, 'submit', data ? { data } : {});
}

/** The steps a ticket is at now, sorted. */
export async function activeSteps(desk: Desk, ticket: Ticket): Promise<string[]> {
  return [...(await desk.runtime.getTicket(ticket.id)).active].sort();
}

/** Alice's "laptop does not start" incident, resolved by Sam: it offers her the 1–5 survey. */
export async function resolvedIncident(desk: Desk): Promise<Ticket> {
  const ticket = await desk.runtime.startTicket({
    workflow: 'incident',
    actor: 'alice',
    template: 'laptop-dead',
  });
  await claimAndSubmit(desk, ticket, 'sam', 'resolve', {
    resolutionCode: 'fixed',
    resolution: 'Done',
  });
  return ticket;
}
