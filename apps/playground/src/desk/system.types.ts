import type {
  CalendarSpec,
  DirectoryUser,
  ScheduleEntry,
  TicketSchedule,
  Timer,
} from '@deskkit/runtime';
import type { OnCallShift, PersonalLayout } from '@deskkit/widgets';
import type { DemoOrganisation } from '../demo/organisation';
import type { NotifyAdminPort } from '../notify/notifyAdmin.types';
import type { DeskSettings } from './settings';

/** A demo account offered on the sign-in page (no password: this is a demo login). */
export interface DemoLogin {
  id: string;
  name: string;
  /** What the persona does in the demo ("Requester", "Agent", ...); absent for everyone else. */
  part?: string;
}

/** What "Reset demo data" made: the history's tickets and commands, and how long it took. */
export interface DemoReset {
  tickets: number;
  commands: number;
  ms: number;
}

/** The simulated clock as the desk reads it: real time plus an offset moved by the demo. */
export interface ClockReading {
  /** Simulated now (ISO). */
  now: string;
  /** How far the simulated clock runs ahead of real time (ms). */
  offsetMs: number;
}

/** A published workflow as lists and filters name it (the latest version). */
export interface WorkflowSummary {
  key: string;
  name: string;
  version: number;
  /** The fields of its form, for search conditions. */
  fields: Array<{ name: string; label: string }>;
}

/** What changed on the desk besides tickets: the clock moved, or an admin changed the settings. */
export type DeskChange = { kind: 'clock'; clock: ClockReading } | { kind: 'settings' };

/**
 * Before anyone is signed in: the demo accounts and the password-less demo login. The server
 * answers the session cookie; in the browser mode the tab remembers the choice.
 */
export interface DeskLogin {
  demoUsers(): Promise<DemoLogin[]>;
  /** Signs in as a demo user; `NotFoundError` when the id is unknown. */
  signIn(userId: string): Promise<void>;
}

/**
 * The desk's own functions besides the `DeskClient` (tickets and work), for the signed-in user:
 * their profile, the directory for pickers and names, the simulated clock, their overview layouts,
 * and the admin functions. The server checks the admin role of every admin call (403
 * `PermissionError`), the UI only stops offering them.
 */
export interface DeskSystem {
  /** The signed-in user: profile and roles. */
  me(): Promise<DirectoryUser>;
  /**
   * The directory and calendars as this user may read them: people, roles, groups and departments
   * for everyone; on-call rotas, out-of-office rules and calendars for administrators only.
   */
  settings(): Promise<DeskSettings>;
  /** Every published workflow, latest version. */
  workflows(): Promise<WorkflowSummary[]>;
  clock(): Promise<ClockReading>;
  /** Moves the simulated clock forward and fires whatever fell due (timers, SLA thresholds). */
  advanceClock(ms: number): Promise<ClockReading>;
  /** Who is on call on a rota between two instants, as shifts (for the on-call widget). */
  onCallShifts(rota: string, from: string, to: string): Promise<OnCallShift[]>;
  /** This user's arrangement of one overview (null: the default). */
  loadLayout(dashboard: string): Promise<PersonalLayout | null>;
  saveLayout(dashboard: string, layout: PersonalLayout | null): Promise<void>;
  /** Clock moves and settings changes, from any user; returns an unsubscribe function. */
  subscribe(listener: (change: DeskChange) => void): () => void;
  signOut(): Promise<void>;
  readonly admin: DeskAdmin;
  /** Browser mode only: unsaved changes pending (the server writes before it answers). */
  readonly saving?: { get(): boolean; subscribe(listener: (saving: boolean) => void): () => void };
  /** Browser mode only: forget everything this tab saved. */
  resetDemo?(): Promise<void>;
}

/**
 * Administrators only: the directory, calendars, schedules and timers. Workflow versions are the
 * `DeskClient`'s (`studioWorkflows`, `versions`), for whoever the runtime lets publish.
 */
export interface DeskAdmin {
  /** Checks, saves and applies a new directory; `ValidationError` with `/users/3/manager`-like paths. */
  updateOrganisation(next: DemoOrganisation): Promise<void>;
  /** Removes a person; `ValidationError` saying who or what still names them. */
  removePerson(id: string): Promise<void>;
  /** Adds or replaces a calendar; `ValidationError` naming the bad field. */
  saveCalendar(id: string, spec: CalendarSpec, name: string): Promise<void>;
  /** Removes a calendar no workflow version uses; `ValidationError` listing who uses it. */
  removeCalendar(id: string): Promise<void>;
  schedules(): Promise<ScheduleEntry[]>;
  createSchedule(schedule: TicketSchedule): Promise<ScheduleEntry>;
  updateSchedule(schedule: TicketSchedule): Promise<ScheduleEntry>;
  removeSchedule(id: string): Promise<boolean>;
  /** Pending timers (SLA thresholds, timer steps, schedules). */
  timers(): Promise<Timer[]>;
  /**
   * "Reset demo data": every ticket, version, schedule and setting goes back to the demo's, with
   * a fresh demo history (as on a first start) and the clock back to real time. Sessions stay.
   */
  resetDemoData(): Promise<DemoReset>;
  /** How notifications leave the desk (outbox, SMTP, webhooks); the server only. */
  readonly notifications?: NotifyAdminPort;
}
