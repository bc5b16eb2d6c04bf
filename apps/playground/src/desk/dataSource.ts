import type { DeskClient } from '@deskkit/runtime';
import type { DashboardDataSource } from '@deskkit/widgets';
import type { DemoOrganisation } from '../demo/organisation';
import { organisationDirectory } from './people';
import type { DeskSystem } from './system.types';

/**
 * The overview's data source: tickets, figures and tasks through the signed-in user's client (so
 * widgets count only what this user may see), names from the directory, on-call shifts and the
 * simulated clock from the desk's system port. Days and buckets are in the `DeskkitI18nProvider`'s
 * time zone, the desk's.
 */
export function deskDataSource(
  client: DeskClient,
  system: DeskSystem,
  organisation: DemoOrganisation,
  now: () => Date,
): DashboardDataSource {
  const people = organisationDirectory(organisation);
  return {
    listTickets: (query) => client.listTickets(query),
    aggregate: (query) => client.aggregate(query),
    // A dashboard shows the signed-in user's own tasks only.
    tasks: (_actor, filter) => client.tasks(filter),
    directory: {
      getUser: (id) => people.getUser(id),
      list: (kind, search) => people.list(kind, search),
      async onCall(rota, at) {
        const to = new Date(at.getTime() + 1).toISOString();
        const shifts = await system.onCallShifts(rota, at.toISOString(), to);
        return shifts[0]?.user.split(', ') ?? [];
      },
    },
    workflows: () => system.workflows(),
    onCallShifts: (rota, from, to) =>
      system.onCallShifts(rota, from.toISOString(), to.toISOString()),
    // Only the changes this user may see, by the runtime's one rule (the change form asks it too).
    changeCollisions: (query) => client.changeCollisions(query),
    now,
    // The time zone is the DeskkitI18nProvider's (LocaleRoot: the desk's), as for every widget.
    subscribe: (listener) => client.subscribe(listener),
  };
}
