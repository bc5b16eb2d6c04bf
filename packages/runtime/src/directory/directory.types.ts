import type { Principal } from '../definition/definition.types';

export interface DirectoryUser {
  id: string;
  name?: string;
  email?: string;
  roles?: string[];
  groups?: string[];
  department?: string;
  manager?: string;
  /**
   * The person's language, a BCP 47 tag (`en`, `zh-CN`): their notification e-mails are written in
   * it (the closest shipped catalog), dates and numbers in it too. Absent: the desk's default
   * (`notifications({ templates: { locale } })`, else English).
   */
  locale?: string;
  /** A VIP customer: `$requester.vip` in SLA, routing and rule conditions. */
  vip?: boolean;
  /** The host's own attributes (tier, site, cost centre, ...): `$requester.attributes.<name>`. */
  attributes?: Record<string, unknown>;
}

/** Out-of-office: new work for `user` goes to `delegate` between `from` and `to` (ISO dates, inclusive). */
export interface DelegationRule {
  user: string;
  delegate: string;
  from: string;
  to: string;
}

/** An on-call rotation: members take turns in shifts; overrides replace the member for a period. */
export interface OnCallRota {
  id: string;
  name?: string;
  members: string[];
  /** ISO instant when member 0 starts the first shift. */
  start: string;
  /** ISO 8601 duration of one shift, e.g. `P1W` or `PT12H`. */
  shift: string;
  timeZone?: string;
  overrides?: Array<{ user: string; from: string; to: string }>;
}

/**
 * Who is who: the runtime asks the directory to resolve principals and find people. Hosts plug in
 * their own (LDAP, their user service); `memoryDirectory(seed)` keeps one in memory.
 */
export interface Directory {
  getUser(id: string): Promise<DirectoryUser | null>;
  /** The user ids a set of principals stands for (deduplicated, in a stable order). */
  resolve(principals: Principal[]): Promise<string[]>;
  /** Whether a user is one of the principals. */
  matches(userId: string, principals: Principal[]): Promise<boolean>;
  /** Who is on call on a rota at a moment. */
  onCall(rota: string, at: Date): Promise<string[]>;
  /** The delegate covering for a user at a moment (out-of-office), if any. */
  delegateOf(userId: string, at: Date): Promise<string | null>;
  /** Users, roles, groups and departments for pickers. */
  list?(
    kind: 'user' | 'role' | 'group' | 'department',
    search?: string,
  ): Promise<Array<{ id: string; name: string }>>;
}
