import type { DeskClient } from '@deskkit/runtime';
import type { DeskLogin, DeskSystem } from './system.types';

/** What the signed-in desk talks through: the `DeskClient` (tickets, work) and the desk's system port. */
export interface DeskPorts {
  client: DeskClient;
  system: DeskSystem;
}

/**
 * Where the desk runs: the playground server over HTTP, or the runtime in this tab. Both give the
 * UI the same ports, so every component runs unchanged on either.
 */
export interface DeskHost {
  login: DeskLogin;
  /** The ports of the user signed in now, or null when nobody is. */
  connect(): Promise<DeskPorts | null>;
}
