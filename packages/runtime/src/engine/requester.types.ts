// The `$requester` profile, in a file of its own so types can name it without importing the engine.

/**
 * What an expression sees as `$requester`: the requester's directory entry, so that SLA `when`,
 * edge conditions (routing), triggers and automations can read the customer's department, groups,
 * roles, manager, VIP flag and the host's own attributes (`$requester.attributes.tier`).
 */
export interface RequesterProfile {
  id: string;
  name?: string;
  email?: string;
  department?: string;
  groups: string[];
  roles: string[];
  manager?: string;
  /** `true` for a VIP (directory `vip`), `false` otherwise. */
  vip: boolean;
  /** The directory's custom attributes (`{}` when none). */
  attributes: Record<string, unknown>;
}
