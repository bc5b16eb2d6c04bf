import type { HistoryEvent, Ticket, WorkflowDefinition } from '@deskkit/runtime';
import type { Decorator } from '@storybook/react-vite';
import { createDesk, type Desk } from '../desk/desk';
import { DeskProvider } from '../desk/DeskContext';
import { memoryPersistence, type DeskPersistence } from '../desk/persistence';
import '../app.css';

/** Stories' simulated "now": Monday 23 November 2026, 10:00 in Paris (business hours). */
export const STORY_NOW = Date.parse('2026-11-23T09:00:00.000Z');

/** What a story's loader prepares: a demo desk in memory (no IndexedDB) and what it shows. */
export interface DeskStoryData {
  desk: Desk;
  persistence: DeskPersistence;
}

/**
 * A fresh demo desk kept in memory: the demo organisation, calendars and workflows, its clock
 * pinned to {@link STORY_NOW}. Nothing is written to IndexedDB, so stories run in Storybook and in
 * jsdom alike and never share state.
 */
export async function storyDesk(): Promise<DeskStoryData> {
  const persistence = memoryPersistence();
  const desk = await createDesk({ persistence, saveDelayMs: 0, realNow: () => STORY_NOW });
  return { desk, persistence };
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
    desk.runtime.getDefinition(ticket.workflow.key, ticket.workflow.version),
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
  if (!data.desk || !data.persistence) throw new Error('This story needs `loaders: [loadDesk]`.');
  return { desk: data.desk, persistence: data.persistence };
}

/** Storybook loader: a fresh in-memory demo desk. */
export const loadDesk = (): Promise<DeskStoryData> => storyDesk();

/**
 * Decorator: renders the story inside the loaded desk, acting as `user` (default Ada, the admin;
 * a story's `parameters.deskUser` overrides it).
 */
export const withDesk: Decorator = (Story, context) => {
  const { desk, persistence } = loadedDesk(context.loaded);
  const user = (context.parameters as { deskUser?: string }).deskUser ?? 'ada';
  return (
    <DeskProvider desk={desk} persistence={persistence} initialUser={user}>
      <div className="pg-story">
        <Story />
      </div>
    </DeskProvider>
  );
};
