import { getLocale } from '../locale/locale';
import { createHttpClient } from '@deskkit/server/client';
import type { DeskHost } from './host';
import { hasSession, httpLogin, httpSystem } from './httpSystem';

/**
 * The desk on the playground server: the `DeskClient` over HTTP (`createHttpClient`, live events
 * by server-sent events) and the desk's system port on `/api/desk`, both under the session cookie.
 */
export function serverHost(base = '/api'): DeskHost {
  const origin = window.location.origin;
  return {
    login: httpLogin(base),
    async connect() {
      if (!(await hasSession(base))) return null;
      const me = await httpSystem(base).me();
      return {
        client: createHttpClient({
          baseUrl: `${origin}${base}`,
          actor: me.id,
          locale: getLocale,
        }),
        system: httpSystem(base),
      };
    },
  };
}
