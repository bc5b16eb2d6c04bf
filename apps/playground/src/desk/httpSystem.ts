import { errorFromProblem } from '@deskkit/server/client';
import { httpNotifyAdmin } from '../notify/httpNotifyAdmin';
import type { DeskChange, DeskLogin, DeskSystem } from './system.types';

/** The runtime's typed error of a problem+json answer, so forms show `issues` by path. */
async function errorOf(response: Response): Promise<Error> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not JSON (a proxy's error page): the status names it
  }
  return errorFromProblem(response.status, body);
}

/** A JSON call to the playground server (same origin: the session cookie goes along). */
async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (!response.ok) throw await errorOf(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The password-less demo sign-in of the playground server. */
export function httpLogin(base = '/api'): DeskLogin {
  return {
    demoUsers: () => call('GET', `${base}/session/demo-users`),
    signIn: (user) => call('POST', `${base}/session`, { user }),
  };
}

/** Whether the server has a valid session cookie for this browser. */
export async function hasSession(base = '/api'): Promise<boolean> {
  const { user } = await call<{ user: unknown }>('GET', `${base}/session`);
  return user !== null;
}

/**
 * The desk's system port over HTTP: the playground server's `/api/desk` routes, and its
 * `/api/desk/events` stream of clock moves and settings changes (an `EventSource`, which
 * reconnects by itself).
 */
export function httpSystem(base = '/api'): DeskSystem {
  const desk = `${base}/desk`;
  const enc = encodeURIComponent;
  return {
    me: () => call('GET', `${desk}/me`),
    settings: () => call('GET', `${desk}/settings`),
    workflows: () => call('GET', `${desk}/workflows`),
    clock: () => call('GET', `${desk}/clock`),
    advanceClock: (ms) => call('POST', `${desk}/clock`, { advanceMs: ms }),
    onCallShifts: (rota, from, to) =>
      call('GET', `${desk}/on-call/${enc(rota)}?from=${enc(from)}&to=${enc(to)}`),
    loadLayout: (dashboard) => call('GET', `${desk}/layouts/${enc(dashboard)}`),
    saveLayout: (dashboard, layout) => call('PUT', `${desk}/layouts/${enc(dashboard)}`, { layout }),
    subscribe(listener) {
      const source = new EventSource(`${desk}/events`, { withCredentials: true });
      const forward = (e: MessageEvent<string>) => listener(JSON.parse(e.data) as DeskChange);
      source.addEventListener('clock', forward);
      source.addEventListener('settings', forward);
      return () => source.close();
    },
    signOut: () => call('DELETE', `${base}/session`),
    admin: {
      updateOrganisation: (next) => call('PUT', `${desk}/admin/organisation`, next),
      removePerson: (id) => call('DELETE', `${desk}/admin/people/${enc(id)}`),
      saveCalendar: (id, spec, name) =>
        call('PUT', `${desk}/admin/calendars/${enc(id)}`, { spec, name }),
      removeCalendar: (id) => call('DELETE', `${desk}/admin/calendars/${enc(id)}`),
      schedules: () => call('GET', `${desk}/admin/schedules`),
      createSchedule: (schedule) => call('POST', `${desk}/admin/schedules`, schedule),
      updateSchedule: (schedule) =>
        call('PUT', `${desk}/admin/schedules/${enc(schedule.id)}`, schedule),
      removeSchedule: async (id) =>
        (await call<{ removed: boolean }>('DELETE', `${desk}/admin/schedules/${enc(id)}`)).removed,
      timers: () => call('GET', `${desk}/admin/timers`),
      resetDemoData: () => call('POST', `${desk}/admin/reset-demo`, {}),
      notifications: httpNotifyAdmin(base),
    },
  };
}
