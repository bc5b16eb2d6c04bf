import { ValidationError } from '../errors/errors';
import type { DirectoryUser } from '../directory/directory.types';
import type { StorageAdapter } from '../storage/storage.types';
import {
  NOTIFICATION_TYPES,
  type NotificationChannel,
  type NotificationType,
} from './notify.types';

/** Channels a person chooses per event (webhooks are the admin's, per endpoint). */
export type PersonalChannel = Exclude<NotificationChannel, 'webhook'>;

/** Per event, the channels to use; an event left out keeps the default. */
export type NotificationPreferences = Partial<Record<NotificationType, PersonalChannel[]>>;

/** The admin's defaults: per role (first matching role of the user wins), then for everyone. */
export interface NotificationDefaults {
  roles?: Record<string, NotificationPreferences>;
  everyone?: NotificationPreferences;
}

/** Storage keys (`getState` / `setState`) of the notification settings. */
export const NOTIFY_STATE = {
  defaults: 'notify:defaults',
  user: (id: string) => `notify:prefs:${id}`,
  webhooks: 'notify:webhooks',
  webhookLog: (id: string) => `notify:webhook-log:${id}`,
} as const;

/** Built in when neither the user nor the admin chose: inbox and e-mail, queues as a digest. */
export const BUILT_IN_PREFERENCES: Required<NotificationPreferences> = {
  assigned: ['inbox', 'email'],
  queued: ['inbox', 'digest'],
  approvalRequested: ['inbox', 'email'],
  urged: ['inbox', 'email'],
  slaWarning: ['inbox', 'email'],
  slaBreached: ['inbox', 'email'],
  mentioned: ['inbox', 'email'],
  statusChanged: ['inbox'],
  resolved: ['inbox', 'email'],
  notice: ['inbox', 'email'],
};

/** Channels for one user and event: their own choice, else their role's, else everyone's, else built in. */
export function channelsFor(
  type: NotificationType,
  user: DirectoryUser | null,
  own: NotificationPreferences | undefined,
  defaults: NotificationDefaults | undefined,
): PersonalChannel[] {
  const role = user?.roles?.find((r) => defaults?.roles?.[r]?.[type]);
  const picked =
    own?.[type] ??
    (role !== undefined ? defaults?.roles?.[role]?.[type] : undefined) ??
    defaults?.everyone?.[type] ??
    BUILT_IN_PREFERENCES[type];
  return CHANNELS.filter((c) => picked.includes(c));
}

/** Replaces a state document with compare-and-set, retrying on a concurrent write. */
export async function writeState<T>(
  storage: StorageAdapter,
  key: string,
  update: (current: T | undefined) => T,
): Promise<T> {
  for (let i = 0; i < 20; i++) {
    const cur = await storage.getState<T>(key);
    const next = update(cur?.value);
    if (await storage.setState(key, next, cur?.version ?? null)) return next;
  }
  throw new Error(`Could not write "${key}": it kept changing under concurrent writes.`);
}

const CHANNELS: readonly PersonalChannel[] = ['inbox', 'email', 'digest'];

/** Validates preferences; `ValidationError` names the bad path. */
export function checkPreferences(prefs: unknown, path: string): NotificationPreferences {
  if (!prefs || typeof prefs !== 'object' || Array.isArray(prefs)) {
    throw new ValidationError(`${path} must be an object of event → channels.`, [
      { path, code: 'type', severity: 'error', message: 'an object' },
    ]);
  }
  const out: NotificationPreferences = {};
  for (const [type, channels] of Object.entries(prefs)) {
    if (!NOTIFICATION_TYPES.includes(type as NotificationType)) {
      throw new ValidationError(
        `${path}/${type}: unknown event "${type}" (one of ${NOTIFICATION_TYPES.join(', ')}).`,
        [{ path: `${path}/${type}`, code: 'enum', severity: 'error', message: 'unknown event' }],
      );
    }
    if (
      !Array.isArray(channels) ||
      channels.some((c) => !CHANNELS.includes(c as PersonalChannel))
    ) {
      throw new ValidationError(
        `${path}/${type} must list channels among ${CHANNELS.join(', ')}.`,
        [{ path: `${path}/${type}`, code: 'enum', severity: 'error', message: 'unknown channel' }],
      );
    }
    out[type as NotificationType] = [...new Set(channels as PersonalChannel[])];
  }
  return out;
}

/** A user's own preferences (empty when they chose nothing). */
export async function getPreferences(
  storage: StorageAdapter,
  user: string,
): Promise<NotificationPreferences> {
  return (await storage.getState<NotificationPreferences>(NOTIFY_STATE.user(user)))?.value ?? {};
}

/** A user's own preferences: replace them (validated; `ValidationError` names the bad path). */
export async function setPreferences(
  storage: StorageAdapter,
  user: string,
  prefs: NotificationPreferences,
): Promise<NotificationPreferences> {
  const checked = checkPreferences(prefs, '');
  await writeState<NotificationPreferences>(storage, NOTIFY_STATE.user(user), () => checked);
  return checked;
}
