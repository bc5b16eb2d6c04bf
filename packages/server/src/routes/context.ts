import type { DeskClient } from '@deskkit/runtime';

/** What the handler's middleware leaves for the routes: the authenticated user and their client. */
export interface ServerEnv {
  Variables: {
    actor: string;
    client: DeskClient;
  };
}
