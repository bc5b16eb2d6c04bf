import {
  ConflictError,
  DefinitionError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  ValidationError,
  type Issue,
} from '@deskkit/runtime';
import type { DeskChange, DeskLogin, DeskSystem } from './system.types';

/** A problem answer the desk cannot turn into one of the runtime's errors (401, 413, 500...). */
export class DeskHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DeskHttpError';
  }
}

/** The runtime's typed error for a problem+json answer, so forms show `issues` by path. */
async function errorOf(response: Response): Promise<Error> {
  let body: { code?: string; detail?: string; issues?: Issue[] } = {};
  try {
    body = (await response.json()) as typeof body;
  } catch {
    // not JSON: keep the status line
  }
  const message = body.detail ?? `${response.status} ${response.statusText}`;
  switch (body.code) {
    case 'VALIDATION_FAILED':
      return new ValidationError(message, body.issues ?? []);
    case 'DEFINITION_INVALID':
      return new DefinitionError(message, body.issues ?? []);
    case 'PERMISSION_DENIED':
      return new PermissionError(message);
    case 'NOT_FOUND':
      return new NotFoundError(message);
    case 'CONFLICT':
      return new ConflictError(message);
    case 'RATE_LIMITED':
      return new RateLimitedError(
        message,
        Number(response.headers.get('retry-after') ?? 0) * 1000,
      );
  }
  return new DeskHttpError(response.status, body.code ?? 'HTTP_ERROR', message);
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

/** Whether the server has a valid session cookie for this browser (401 answers false). */
export async function hasSession(base = '/api'): Promise<boolean> {
  try {
    await call('GET', `${base}/session`);
    return true;
  } catch (error) {
    if (error instanceof DeskHttpError && error.status === 401) return false;
    throw error;
  }
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
      definitions: () => call('GET', `${desk}/admin/definitions`),
      definitionVersions: (key) => call('GET', `${desk}/admin/definitions/${enc(key)}/versions`),
      schedules: () => call('GET', `${desk}/admin/schedules`),
      createSchedule: (schedule) => call('POST', `${desk}/admin/schedules`, schedule),
      updateSchedule: (schedule) =>
        call('PUT', `${desk}/admin/schedules/${enc(schedule.id)}`, schedule),
      removeSchedule: async (id) =>
        (await call<{ removed: boolean }>('DELETE', `${desk}/admin/schedules/${enc(id)}`)).removed,
      timers: () => call('GET', `${desk}/admin/timers`),
    },
  };
}
