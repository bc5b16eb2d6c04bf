import {
  AuthenticationError,
  NotFoundError,
  PermissionError,
  RequestError,
  type CalendarSpec,
  type TicketSchedule,
} from '@deskkit/runtime';
import type { SessionCookie } from '@deskkit/server';
import type { PersonalLayout } from '@deskkit/widgets';
import type { DemoOrganisation } from '../src/demo/organisation';
import type { Desk } from '../src/desk/desk';
import { deskChanges, deskSystem, demoLogins, userOf } from '../src/desk/system';
import type { DeskChange } from '../src/desk/system.types';
import type { FetchHandler } from './node';
import { problemOf } from './problem';

/** How the server knows who is signed in: `@deskkit/server`'s `sessionCookie`. */
export type Sessions = SessionCookie;

const MAX_BODY = 256 * 1024;

const json = (value: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(value === undefined ? null : JSON.stringify(value), {
    status: value === undefined ? 204 : status,
    headers: {
      ...(value === undefined ? {} : { 'content-type': 'application/json' }),
      'cache-control': 'no-store',
      ...headers,
    },
  });

async function body<T>(request: Request): Promise<T> {
  const type = request.headers.get('content-type') ?? '';
  // JSON only: a cross-site form cannot send it without a CORS preflight this server never allows.
  if (!/^application\/json\b/i.test(type))
    throw new RequestError('UNSUPPORTED_MEDIA_TYPE', 'Send the body as application/json.');
  const text = await request.text();
  if (text.length > MAX_BODY)
    throw new RequestError('PAYLOAD_TOO_LARGE', `The body exceeds ${MAX_BODY} bytes.`);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new RequestError('BAD_REQUEST', 'The body is not valid JSON.');
  }
}

function shape(ok: boolean, what: string): void {
  if (!ok) throw new RequestError('BAD_REQUEST', `The body must be ${what}.`);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function isOrganisation(v: unknown): v is DemoOrganisation {
  return (
    isObject(v) &&
    (['users', 'roles', 'groups', 'departments', 'rotas', 'delegations'] as const).every((k) =>
      Array.isArray(v[k]),
    ) &&
    (v.users as unknown[]).every((u) => isObject(u) && typeof u.id === 'string')
  );
}

/** Sign-in and sign-out come from the desk's own pages only (no login forgery from another site). */
function sameOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  const ok =
    origin !== null
      ? origin === new URL(request.url).origin
      : request.headers.get('sec-fetch-site') === 'same-origin';
  if (!ok) throw new PermissionError('Sign in from the desk itself.');
}

/** A `text/event-stream` of the desk's clock moves and settings changes, with a heartbeat. */
function changeStream(desk: Desk, request: Request): Response {
  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      send(': desk changes\n\n');
      const off = deskChanges(desk, (change: DeskChange) =>
        send(`event: ${change.kind}\ndata: ${JSON.stringify(change)}\n\n`),
      );
      const heartbeat = setInterval(() => send(': keep-alive\n\n'), 25_000);
      stop = () => {
        off();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel: () => stop(),
  });
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      'x-accel-buffering': 'no',
    },
  });
}

/**
 * The playground's own routes, beside `@deskkit/server`'s: the demo sign-in (`/api/session`) and
 * the desk's system functions for the signed-in user (`/api/desk/...`: profile, directory, clock,
 * layouts, and the admin functions, whose role `deskSystem` checks). `undefined` for any other path.
 */
export function deskRoutes(desk: Desk, sessions: Sessions) {
  return async (request: Request): Promise<Response | undefined> => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (!path.startsWith('/api/session') && !path.startsWith('/api/desk/')) return undefined;
    const method = request.method;
    try {
      if (path === '/api/session/demo-users' && method === 'GET') return json(demoLogins(desk));
      if (path === '/api/session' && method !== 'GET') sameOrigin(request);
      if (path === '/api/session' && method === 'POST') {
        const input = await body<{ user?: unknown }>(request);
        shape(isObject(input) && typeof input.user === 'string', '{ "user": "<id>" }');
        const user = userOf(desk, input.user as string);
        return json(undefined, 204, { 'set-cookie': await sessions.issue(user.id) });
      }
      if (path === '/api/session' && method === 'DELETE')
        return json(undefined, 204, { 'set-cookie': sessions.clear() });

      const actor = await sessions.authenticate(request);
      const known = actor && desk.settings.organisation.users.some((u) => u.id === actor);
      // Who is signed in, if anyone: not an error when nobody is (the desk then shows sign-in).
      if (path === '/api/session' && method === 'GET')
        return json({ user: known ? userOf(desk, actor) : null });
      if (!actor) throw new AuthenticationError('Sign in first.');
      // A session of someone an admin removed from the directory is no longer valid.
      if (!known) throw new AuthenticationError('This account no longer exists; sign in again.');
      const system = deskSystem(desk, actor);
      const { admin } = system;
      const route = `${method} ${path.slice('/api/desk'.length)}`;
      const param = (prefix: string) => decodeURIComponent(path.slice(prefix.length));

      switch (route) {
        case 'GET /me':
          return json(await system.me());
        case 'GET /settings':
          return json(await system.settings());
        case 'GET /workflows':
          return json(await system.workflows());
        case 'GET /clock':
          return json(await system.clock());
        case 'POST /clock': {
          const input = await body<{ advanceMs?: unknown }>(request);
          shape(isObject(input) && typeof input.advanceMs === 'number', '{ "advanceMs": <ms> }');
          return json(await system.advanceClock(input.advanceMs as number));
        }
        case 'GET /events':
          return changeStream(desk, request);
        case 'PUT /admin/organisation': {
          const input = await body<unknown>(request);
          shape(isOrganisation(input), 'an organisation: users, roles, groups, departments, ...');
          await admin.updateOrganisation(input as DemoOrganisation);
          return json(undefined);
        }
        case 'GET /admin/schedules':
          return json(await admin.schedules());
        case 'POST /admin/schedules': {
          const input = await body<unknown>(request);
          shape(isObject(input), 'a schedule');
          return json(await admin.createSchedule(input as unknown as TicketSchedule), 201);
        }
        case 'GET /admin/timers':
          return json(await admin.timers());
        case 'POST /admin/reset-demo': {
          // A JSON body: no other site can post it without a CORS preflight this server refuses.
          shape(isObject(await body<unknown>(request)), '{}');
          const made = await admin.resetDemoData();
          console.log(
            `Demo data reset by ${actor}: ${made.tickets} tickets, ${made.commands} commands in ${made.ms} ms.`,
          );
          return json(made);
        }
      }
      if (path.startsWith('/api/desk/on-call/') && method === 'GET')
        return json(
          await system.onCallShifts(
            param('/api/desk/on-call/'),
            url.searchParams.get('from') ?? '',
            url.searchParams.get('to') ?? '',
          ),
        );
      if (path.startsWith('/api/desk/layouts/')) {
        const dashboard = param('/api/desk/layouts/');
        if (method === 'GET') return json(await system.loadLayout(dashboard));
        if (method === 'PUT') {
          const input = await body<{ layout?: unknown }>(request);
          shape(isObject(input) && 'layout' in input, '{ "layout": <layout or null> }');
          await system.saveLayout(dashboard, (input.layout ?? null) as PersonalLayout | null);
          return json(undefined);
        }
      }
      if (path.startsWith('/api/desk/admin/people/') && method === 'DELETE') {
        await admin.removePerson(param('/api/desk/admin/people/'));
        return json(undefined);
      }
      if (path.startsWith('/api/desk/admin/calendars/')) {
        const id = param('/api/desk/admin/calendars/');
        if (method === 'PUT') {
          const input = await body<{ spec?: unknown; name?: unknown }>(request);
          shape(
            isObject(input) && isObject(input.spec) && typeof input.name === 'string',
            '{ "spec": <calendar>, "name": "<name>" }',
          );
          await admin.saveCalendar(id, input.spec as unknown as CalendarSpec, input.name as string);
          return json(undefined);
        }
        if (method === 'DELETE') {
          await admin.removeCalendar(id);
          return json(undefined);
        }
      }
      if (path.startsWith('/api/desk/admin/schedules/')) {
        const id = param('/api/desk/admin/schedules/');
        if (method === 'PUT') {
          const input = await body<unknown>(request);
          shape(isObject(input) && input.id === id, 'the schedule, with the id of its address');
          return json(await admin.updateSchedule(input as unknown as TicketSchedule));
        }
        if (method === 'DELETE') return json({ removed: await admin.removeSchedule(id) });
      }
      throw new NotFoundError(`There is no route ${method} ${path}.`);
    } catch (error) {
      return problemOf(error);
    }
  };
}

/** Combines the playground's routes with another handler for the rest of `/api`. */
export function withDeskRoutes(
  routes: ReturnType<typeof deskRoutes>,
  rest: FetchHandler,
): FetchHandler {
  return async (request) => (await routes(request)) ?? rest(request);
}
