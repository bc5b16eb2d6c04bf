import { defaultText } from '@deskkit/runtime/i18n';
import {
  NotFoundError,
  PermissionError,
  ValidationError,
  type DirectoryUser,
} from '@deskkit/runtime';
import type { OnCallShift, PersonalLayout } from '@deskkit/widgets';
import { HOUR } from './clock';
import { personas } from '../demo/organisation';
import type { Desk } from './desk';
import { storageKeys } from './persistence';
import type { DeskSettings } from './settings';
import type {
  ClockReading,
  DemoLogin,
  DeskAdmin,
  DeskChange,
  DeskSystem,
  WorkflowSummary,
} from './system.types';

/** The demo accounts of the sign-in page: the personas first, then everyone else. */
export function demoLogins(desk: Desk): DemoLogin[] {
  const users = desk.settings.organisation.users;
  const byPersona = personas
    .map((p) => {
      const u = users.find((x) => x.id === p.user);
      return u ? { id: u.id, name: u.name ?? u.id, part: p.part } : null;
    })
    .filter((x) => x !== null);
  const rest = users
    .filter((u) => !personas.some((p) => p.user === u.id))
    .map((u) => ({ id: u.id, name: u.name ?? u.id }));
  return [...byPersona, ...rest];
}

/** The signed-in user as the directory knows them; `NotFoundError` when they left it. */
export function userOf(desk: Desk, id: string): DirectoryUser {
  const user = desk.settings.organisation.users.find((u) => u.id === id);
  if (!user) throw new NotFoundError(`There is no user "${id}" in the directory.`);
  return user;
}

export const isAdmin = (user: DirectoryUser): boolean => user.roles?.includes('admin') ?? false;

/** `PermissionError` unless the signed-in user is an administrator of this desk. */
export function requireAdmin(desk: Desk, actor: string): void {
  const user = userOf(desk, actor);
  if (!isAdmin(user))
    throw new PermissionError(`${user.name ?? user.id} is not an administrator of this desk.`);
}

export function clockReading(desk: Desk): ClockReading {
  return { now: desk.clock.now().toISOString(), offsetMs: desk.clock.offsetMs };
}

/** The settings as a non-admin may read them: no rotas, absences or calendars. */
function settingsFor(settings: DeskSettings, admin: boolean): DeskSettings {
  if (admin) return structuredClone(settings);
  const { users, roles, groups, departments } = settings.organisation;
  return structuredClone({
    organisation: { users, roles, groups, departments, rotas: [], delegations: [] },
    calendars: {},
    calendarNames: {},
  });
}

/** Clock moves and settings changes of a desk, as {@link DeskChange}s. */
export function deskChanges(desk: Desk, listener: (change: DeskChange) => void): () => void {
  const offClock = desk.clock.subscribe(() =>
    listener({ kind: 'clock', clock: clockReading(desk) }),
  );
  const offDesk = desk.subscribe((event) => {
    if (event === null) listener({ kind: 'settings' });
  });
  return () => {
    offClock();
    offDesk();
  };
}

/**
 * The desk's system functions for one signed-in user, run in this process: what the playground
 * server answers on its `/api/desk` routes, and what the in-browser mode calls directly. Every
 * admin function checks the admin role here, so neither host relies on the UI hiding it.
 */
export function deskSystem(
  desk: Desk,
  actor: string,
  hooks: { signOut(): Promise<void> } = { signOut: async () => {} },
): DeskSystem {
  const me = () => userOf(desk, actor);
  const layoutKey = (dashboard: string) => storageKeys.layout(`${actor}:${dashboard}`);
  const admin: DeskAdmin = {
    async updateOrganisation(next) {
      requireAdmin(desk, actor);
      await desk.updateOrganisation(next);
    },
    async removePerson(id) {
      requireAdmin(desk, actor);
      await desk.removePerson(id);
    },
    async saveCalendar(id, spec, name) {
      requireAdmin(desk, actor);
      await desk.saveCalendar(id, spec, name);
    },
    async removeCalendar(id) {
      requireAdmin(desk, actor);
      await desk.removeCalendar(id);
    },
    async schedules() {
      requireAdmin(desk, actor);
      return desk.runtime.schedules.list();
    },
    async createSchedule(schedule) {
      requireAdmin(desk, actor);
      return desk.runtime.schedules.create(schedule);
    },
    async updateSchedule(schedule) {
      requireAdmin(desk, actor);
      return desk.runtime.schedules.update(schedule);
    },
    async removeSchedule(id) {
      requireAdmin(desk, actor);
      return desk.runtime.schedules.remove(id);
    },
    async timers() {
      requireAdmin(desk, actor);
      return desk.storage.listTimers();
    },
    async resetDemoData() {
      // Everyone's tickets go: only an administrator may.
      requireAdmin(desk, actor);
      const started = Date.now();
      const seeded = await desk.regenerate();
      return {
        tickets: seeded?.tickets ?? 0,
        commands: seeded?.commands ?? 0,
        ms: Date.now() - started,
      };
    },
  };
  return {
    me: async () => structuredClone(me()),
    settings: async () => settingsFor(desk.settings, isAdmin(me())),
    async workflows(): Promise<WorkflowSummary[]> {
      me();
      return (await desk.storage.listDefinitions()).map((r) => ({
        key: r.key,
        name: defaultText(r.definition, r.definition.name),
        version: r.version,
        fields: Object.entries(r.definition.form.schema.properties ?? {}).map(([name, s]) => ({
          name,
          label: s.title === undefined ? name : defaultText(r.definition, s.title),
        })),
      }));
    },
    clock: async () => clockReading(desk),
    async advanceClock(ms) {
      // The simulated clock is the whole desk's: moving it runs every timer and SLA clock for
      // everyone, so only an administrator may.
      requireAdmin(desk, actor);
      if (!Number.isFinite(ms) || ms <= 0 || ms > 31 * 86_400_000) {
        const message = 'The simulated clock moves forward by more than 0 ms and up to 31 days.';
        throw new ValidationError(message, [
          { path: '/ms', code: 'INVALID_VALUE', severity: 'error', message },
        ]);
      }
      await desk.advanceClock(ms);
      return clockReading(desk);
    },
    async onCallShifts(rota, from, to) {
      me();
      const start = Math.floor(Date.parse(from) / HOUR) * HOUR;
      const end = Date.parse(to);
      if (!Number.isFinite(start) || !Number.isFinite(end) || end - start > 31 * 24 * HOUR) {
        const message = 'Give "from" and "to" as ISO instants at most 31 days apart.';
        throw new ValidationError(message, [
          { path: '/from', code: 'INVALID_VALUE', severity: 'error', message },
        ]);
      }
      const shifts: OnCallShift[] = [];
      for (let at = start; at < end; at += HOUR) {
        const user = (await desk.directory.onCall(rota, new Date(at))).join(', ');
        const last = shifts[shifts.length - 1];
        if (last && last.user === user && Date.parse(last.to) === at)
          last.to = new Date(at + HOUR).toISOString();
        else if (user)
          shifts.push({
            user,
            from: new Date(at).toISOString(),
            to: new Date(at + HOUR).toISOString(),
          });
      }
      return shifts;
    },
    async loadLayout(dashboard) {
      return (await desk.persistence.load<PersonalLayout>(layoutKey(dashboard))) ?? null;
    },
    async saveLayout(dashboard, layout) {
      me();
      if (layout) await desk.persistence.save(layoutKey(dashboard), layout);
      else await desk.persistence.remove(layoutKey(dashboard));
    },
    subscribe: (listener) => deskChanges(desk, listener),
    signOut: () => hooks.signOut(),
    admin,
  };
}
