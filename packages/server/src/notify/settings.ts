import { ValidationError } from '@deskkit/runtime';
import type { Issue, StorageAdapter } from '@deskkit/runtime';
import type { SmtpSettings } from './smtp';

/** The storage state key of the SMTP settings an admin saved. */
export const SMTP_STATE = 'notify:smtp';

/** SMTP settings as an admin reads them: never the password, only whether one is set. */
export interface SmtpSettingsView {
  host: string;
  port: number;
  secure: boolean;
  user?: string;
  from: string;
  passwordSet: boolean;
  rejectUnauthorized: boolean;
  /** False while the host's defaults apply (nothing saved, or after a reset). */
  custom: boolean;
}

/** What an admin saves. `password`: absent keeps the saved one, `''` removes it. */
export interface SmtpSettingsInput {
  host: string;
  port: number;
  secure?: boolean;
  user?: string;
  password?: string;
  from: string;
  rejectUnauthorized?: boolean;
}

/** SMTP settings kept in the runtime's storage, editable by admins. */
export interface SmtpSettingsStore {
  /** What the transport uses: the saved settings, else the defaults; null when neither. */
  current(): Promise<SmtpSettings | null>;
  view(): Promise<SmtpSettingsView | null>;
  /** Checks and saves; `ValidationError` naming the bad field (`/port`). */
  save(input: SmtpSettingsInput): Promise<SmtpSettingsView>;
  /** Forgets the saved settings: the defaults apply again. */
  reset(): Promise<SmtpSettingsView | null>;
}

function check(input: SmtpSettingsInput): void {
  const issues: Issue[] = [];
  const bad = (path: string, message: string) =>
    issues.push({ path, code: 'invalid', severity: 'error', message });
  if (typeof input?.host !== 'string' || !/^[\w.-]{1,253}$/.test(input.host))
    bad('/host', 'a host name or IP address');
  if (!Number.isInteger(input?.port) || input.port < 1 || input.port > 65_535)
    bad('/port', 'a port between 1 and 65535');
  if (typeof input?.from !== 'string' || !/\S+@\S+/.test(input.from))
    bad('/from', 'a sender address, e.g. Service Desk <desk@example.com>');
  if (input?.user !== undefined && typeof input.user !== 'string') bad('/user', 'a user name');
  if (input?.password !== undefined && typeof input.password !== 'string')
    bad('/password', 'a password');
  for (const flag of ['secure', 'rejectUnauthorized'] as const)
    if (input?.[flag] !== undefined && typeof input[flag] !== 'boolean')
      bad(`/${flag}`, 'true or false');
  if (issues.length)
    throw new ValidationError(
      `SMTP settings refused: ${issues.map((i) => `${i.path} must be ${i.message}`).join('; ')}.`,
      issues,
    );
}

function viewOf(s: SmtpSettings | null, custom: boolean): SmtpSettingsView | null {
  if (!s) return null;
  return {
    host: s.host,
    port: s.port,
    secure: s.secure ?? false,
    ...(s.auth?.user ? { user: s.auth.user } : {}),
    from: s.from,
    passwordSet: Boolean(s.auth?.pass),
    rejectUnauthorized: s.rejectUnauthorized ?? true,
    custom,
  };
}

/**
 * SMTP settings an admin edits, kept in the runtime's storage (state `notify:smtp`), for
 * `smtpTransport(() => store.current())`; `defaults` (e.g. a local mail catcher) apply until an
 * admin saves others. The password is stored as given (protect the database as you protect the
 * SMTP account) and never read back through {@link SmtpSettingsStore.view}.
 *
 * @example
 * ```ts
 * const smtp = smtpSettingsStore(storage, () => ({ host: '127.0.0.1', port: 1025, from: 'desk@localhost' }));
 * notifications({ email: smtpTransport(() => smtp.current().then((s) => s!)), templates });
 * ```
 */
export function smtpSettingsStore(
  storage: StorageAdapter,
  defaults: () => SmtpSettings | null = () => null,
): SmtpSettingsStore {
  const saved = async () => (await storage.getState<SmtpSettings>(SMTP_STATE)) ?? null;
  const store: SmtpSettingsStore = {
    async current() {
      return (await saved())?.value ?? defaults();
    },
    async view() {
      const s = (await saved())?.value;
      return s ? viewOf(s, true) : viewOf(defaults(), false);
    },
    async save(input) {
      check(input);
      const before = await saved();
      const pass =
        input.password === undefined ? (before?.value?.auth?.pass ?? '') : input.password;
      const next: SmtpSettings = {
        host: input.host,
        port: input.port,
        secure: input.secure ?? false,
        from: input.from,
        rejectUnauthorized: input.rejectUnauthorized ?? true,
        ...(input.user ? { auth: { user: input.user, pass } } : {}),
      };
      if (!(await storage.setState(SMTP_STATE, next, before?.version ?? null)))
        return store.save(input); // someone saved meanwhile: last writer wins, as in a form
      return viewOf(next, true)!;
    },
    async reset() {
      const before = await saved();
      if (before) await storage.setState(SMTP_STATE, null, before.version);
      return viewOf(defaults(), false);
    },
  };
  return store;
}
