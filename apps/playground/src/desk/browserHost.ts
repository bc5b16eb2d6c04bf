import { NotFoundError } from '@deskkit/runtime';
import type { Desk } from './desk';
import type { DeskHost, DeskPorts } from './host';
import { localClient } from './localClient';
import { storageKeys } from './persistence';
import { demoLogins, deskSystem } from './system';

/**
 * The in-browser mode: the runtime runs in this tab (IndexedDB), and signing in only remembers
 * which demo user the tab acts as. The UI gets the same ports as on the server.
 */
export function browserHost(desk: Desk): DeskHost {
  const { persistence } = desk;
  return {
    login: {
      demoUsers: async () => demoLogins(desk),
      async signIn(userId) {
        if (!desk.settings.organisation.users.some((u) => u.id === userId))
          throw new NotFoundError(`There is no user "${userId}" in the directory.`);
        await persistence.save(storageKeys.user, userId);
      },
    },
    async connect() {
      const user = await persistence.load<string>(storageKeys.user);
      if (!user || !desk.settings.organisation.users.some((u) => u.id === user)) return null;
      return tabPorts(desk, user, () => persistence.remove(storageKeys.user));
    },
  };
}

/** The ports of one user on a desk running in this tab (`runtime.client(user)` and the system). */
export function tabPorts(desk: Desk, user: string, signOut: () => Promise<void>): DeskPorts {
  return {
    client: localClient(desk, user),
    system: {
      ...deskSystem(desk, user, { signOut }),
      saving: {
        get: () => desk.saving,
        subscribe: (listener) => desk.onSaving(listener),
      },
      async resetDemo() {
        await desk.forget();
      },
    },
  };
}
