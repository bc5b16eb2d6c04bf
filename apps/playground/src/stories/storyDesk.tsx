import type { HistoryEvent, Ticket, WorkflowDefinition } from '@deskkit/runtime';
import type { Decorator } from '@storybook/react-vite';
import { tabPorts } from '../desk/browserHost';
import { createDesk, type Desk } from '../desk/desk';
import { DeskProvider, loadSnapshot, type DeskSnapshot } from '../desk/DeskContext';
import type { DeskPorts } from '../desk/host';
import { memoryPersistence, type DeskPersistence } from '../desk/persistence';
import '../app.css';

/** Stories' simulated "now": Monday 23 November 2026, 10:00 in Paris (business hours). */
export const STORY_NOW = Date.parse('2026-11-23T09:00:00.000Z');

/** What a story's loader prepares: a demo desk in memory (no IndexedDB) and what it shows. */
export interface DeskStoryData {
  desk: Desk;
  persistence: DeskPersistence;
  /** The signed-in user's ports and what the desk starts from. */
  ports: DeskPorts;
  initial: DeskSnapshot;
}

/** Who a story is signed in as: `parameters.deskUser`, else Ada (admin). */
export const storyUser = (context: { parameters?: unknown }): string =>
  (context.parameters as { deskUser?: string } | undefined)?.deskUser ?? 'ada';

/**
 * A fresh demo desk kept in memory: the demo organisation, calendars and workflows, its clock
 * pinned to {@link STORY_NOW}. Nothing is written to IndexedDB, so stories run in Storybook and in
 * jsdom alike and never share state.
 */
export async function storyDesk(user = 'ada'): Promise<DeskStoryData> {
  const persistence = memoryPersistence();
  const desk = await createDesk({ persistence, saveDelayMs: 0, realNow: () => STORY_NOW });
  const ports = tabPorts(desk, user, async () => {});
  return { desk, persistence, ports, initial: await loadSnapshot(ports.system) };
}

/** A ticket as the ticket page shows it: the ticket, its history and its workflow version. */
export interface TicketScene {
  ticket: Ticket;
  history: HistoryEvent[];
  definition: WorkflowDefinition;
  parent?: Ticket | undefined;
  children: Ticket[];
}

/** Reads a ticket's scene from the desk (after whatever the story did to it). */
export async function ticketScene(desk: Desk, id: string): Promise<TicketScene> {
  const ticket = await desk.runtime.getTicket(id);
  const [history, definition, parent, children] = await Promise.all([
    desk.runtime.history(id),
    desk.runtime
      .client(ticket.requester)
      .getDefinition(ticket.workflow.key, ticket.workflow.version),
    ticket.parent ? desk.runtime.getTicket(ticket.parent.ticketId) : Promise.resolve(undefined),
    Promise.all(ticket.children.map((c) => desk.runtime.getTicket(c))),
  ]);
  return { ticket, history, definition, parent, children };
}

/** A P1 incident raised by Alice, `hours` of simulated time ago (SLA clocks move on). */
export async function incidentScene(desk: Desk, hours = 0): Promise<TicketScene> {
  const ticket = await desk.runtime.startTicket({
    workflow: 'incident',
    actor: 'alice',
    data: {
      summary: 'Payments API down',
      priority: 'P1',
      category: 'software',
      affectedService: 'CI-4001',
    },
  });
  if (hours) await desk.advanceClock(hours * 3_600_000);
  return ticketScene(desk, ticket.id);
}

/** Victor's onboarding of Bruno, which started an access request as its child ticket. */
export async function onboardingScene(desk: Desk): Promise<TicketScene> {
  const parent = await desk.runtime.startTicket({
    workflow: 'onboarding',
    actor: 'victor',
    data: {
      newHire: 'bruno',
      startDate: '2026-12-01',
      manager: 'victor',
      primarySystem: 'CI-1001',
      accessLevel: 'read',
    },
  });
  return ticketScene(desk, parent.id);
}

/** The loaded data of a desk story (`loaders: [loadDesk]`). */
export function loadedDesk(loaded: Record<string, unknown>): DeskStoryData {
  const data = loaded as Partial<DeskStoryData>;
  if (!data.desk || !data.persistence || !data.ports || !data.initial)
    throw new Error('This story needs `loaders: [loadDesk]`.');
  return data as DeskStoryData;
}

/** Storybook loader: a fresh in-memory demo desk. */
export const loadDesk = (context: { parameters?: unknown }): Promise<DeskStoryData> =>
  storyDesk(storyUser(context));

/**
 * Decorator: renders the story inside the loaded desk, signed in as the loader's user (default
 * Ada, the admin; a story's `parameters.deskUser` overrides it), through the same ports as the
 * app (`runtime.client(user)` in the tab and the desk's system port).
 */
export const withDesk: Decorator = (Story, context) => {
  const { ports, initial } = loadedDesk(context.loaded);
  return (
    <DeskProvider client={ports.client} system={ports.system} initial={initial}>
      <div className="pg-story">
        <Story />
      </div>
    </DeskProvider>
  );
};
