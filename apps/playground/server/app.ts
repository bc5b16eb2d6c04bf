import type { DemoHistoryOptions } from '../src/desk/history';
import { randomBytes } from 'node:crypto';
import type { Runtime } from '@deskkit/runtime';
import { sessionCookie, type DeskHandler } from '@deskkit/server';
import { DESK_TIME_ZONE } from '../src/demo/calendars';
import { createDesk, type Desk } from '../src/desk/desk';
import { storagePersistence } from '../src/desk/persistence';
import type { FetchHandler } from './node';
import { NotFoundError } from '@deskkit/runtime';
import { problemOf } from './problem';
import type { MailCatcher } from './mailCatcher';
import { notifyRoutes, playgroundMail } from './notify';
import { deskRoutes, withDeskRoutes, type Sessions } from './routes';
import { openStorage, wipeStorage, type DeskDatabase } from './storage';

/** What builds the `@deskkit/server` handler of one runtime (the desk rebuilds its runtime). */
export type DeskkitHandlerFactory = (options: {
  runtime: Runtime;
  authenticate: (request: Request) => Promise<string | null>;
  basePath: string;
}) => DeskHandler;

export interface PlaygroundApp {
  desk: Desk;
  /** Every `/api` route: `@deskkit/server`'s (tickets, tasks, events, ...) and the desk's own. */
  api: FetchHandler;
  /** Where the data lives, for the start-up line. */
  where: string;
  close(): Promise<void>;
}

/**
 * The playground server's back end: the runtime on PostgreSQL or PGlite, seeded with the demo
 * organisation, workflows and schedules on first start, its timers running, behind the demo
 * sign-in (signed session cookie) and `@deskkit/server`'s handler.
 */
export async function createPlaygroundApp(options: {
  database: DeskDatabase;
  deskkitHandler: DeskkitHandlerFactory;
  /** Simulated clock source (tests pin it); real time by default. */
  realNow?: () => number;
  /** Session length in seconds (default 8 hours). */
  sessionMaxAge?: number;
  /**
   * The key sessions are signed with (at least 32 bytes). Absent: one is made on first start and
   * kept with the desk's data, so sessions survive a restart.
   */
  sessionSecret?: string;
  secureCookies?: boolean;
  /** Simulated history a fresh desk starts with (see `seedDemoHistory`); none by default. */
  history?: DemoHistoryOptions;
  /** The local SMTP server e-mails go to until an admin sets another (none: e-mails wait). */
  mailCatcher?: MailCatcher | null;
  /** The desk's address, for the links in e-mails (default: links relative to the desk). */
  publicUrl?: () => string;
}): Promise<PlaygroundApp> {
  const { storage, where } = await openStorage(options.database);
  const persistence = storagePersistence(storage);
  const mail = playgroundMail(storage, options.mailCatcher ?? null);
  const publicUrl = options.publicUrl ?? (() => '');
  // One secret per desk, made on first start: sessions survive a restart, not a new data folder.
  let secret = options.sessionSecret ?? (await persistence.load<string>('session-secret'));
  const desk = await createDesk({
    persistence,
    storage,
    // "Reset demo data" empties every table: the session secret goes back in, so nobody is
    // signed out by it (the admin who asked sees the new desk).
    async wipe() {
      await wipeStorage(storage);
      if (secret && !options.sessionSecret) await persistence.save('session-secret', secret);
    },
    notify: {
      email: mail.transport,
      templates: {
        ticketUrl: (n) => `${publicUrl()}/#/ticket/${n.ticketId}`,
        // Dates in e-mails in the desk's zone, as on its pages.
        timeZone: DESK_TIME_ZONE,
      },
      onError: (error) => console.warn('Deskkit playground: a notification failed', error),
    },
    ...(options.realNow ? { realNow: options.realNow } : {}),
    ...(options.history ? { history: options.history } : {}),
  });
  if (desk.seeded) {
    const { tickets, commands, ms } = desk.seeded;
    console.log(`Demo history: ${tickets} tickets, ${commands} commands in ${ms} ms.`);
  }
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    await persistence.save('session-secret', secret);
  }
  if (Buffer.byteLength(secret) < 32)
    throw new RangeError('The session secret needs at least 32 bytes.');
  // `Secure` cookies need HTTPS: the demo serves http://127.0.0.1 unless told otherwise.
  const sessions: Sessions = sessionCookie({
    secret,
    secure: options.secureCookies ?? false,
    ...(options.sessionMaxAge ? { maxAge: options.sessionMaxAge } : {}),
  });
  // A session whose user left the directory signs nobody in.
  const authenticate = async (request: Request) => {
    const actor = await sessions.authenticate(request);
    return actor && desk.settings.organisation.users.some((u) => u.id === actor) ? actor : null;
  };

  // The desk rebuilds its runtime when an admin changes a calendar or the directory: follow it,
  // and end the event streams of the old one (clients resume on the new one with Last-Event-ID).
  const build = () =>
    options.deskkitHandler({ runtime: desk.runtime, authenticate, basePath: '/api' });
  let deskkit = build();
  desk.subscribe((event) => {
    if (event !== null) return;
    const old = deskkit;
    deskkit = build();
    void old.close?.();
  });
  const rest: FetchHandler = (request) => deskkit(request);
  const notify = notifyRoutes(desk, mail, authenticate);
  const api = withDeskRoutes(deskRoutes(desk, sessions), async (request) =>
    new URL(request.url).pathname.startsWith('/api/')
      ? ((await notify(request)) ?? rest(request))
      : problemOf(new NotFoundError('Not an API route.')),
  );

  const stopTimers = desk.startTimers({
    intervalMs: 15_000,
    onError: (error) => console.warn('Deskkit playground: a timer tick failed', error),
  });
  await desk.tick();
  // Notifications go out soon after the command that caused them, not at the next 15 s tick.
  // One such tick at a time, and none once closing: `close` waits for the one in flight before it
  // closes the storage.
  let soon: ReturnType<typeof setTimeout> | undefined;
  let closing = false;
  let delivering: Promise<void> = Promise.resolve();
  const offDeliver = desk.subscribe((event) => {
    if (!event || soon || closing) return;
    soon = setTimeout(() => {
      soon = undefined;
      delivering = delivering
        .then(async () => {
          if (!closing) await desk.tick();
        })
        .catch((error: unknown) =>
          console.warn('Deskkit playground: delivering notifications failed', error),
        );
    }, 300);
  });
  return {
    desk,
    api,
    where,
    async close() {
      closing = true;
      offDeliver();
      clearTimeout(soon);
      await deskkit.close?.();
      await stopTimers();
      await delivering;
      mail.transport.close();
      await storage.close();
    },
  };
}
