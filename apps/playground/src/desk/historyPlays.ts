import type { DirectoryUser, Ticket, WorkItem } from '@deskkit/runtime';
import { DAY, HOUR } from './clock';

/** A small deterministic generator (mulberry32), so a reset makes the same desk. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    hours: (from: number, to: number) => (from + next() * (to - from)) * HOUR,
  };
}
export type Random = ReturnType<typeof random>;

/** What the history knows of the desk: its people by role and group, and recent incidents. */
export interface Cast {
  users: readonly DirectoryUser[];
  withRole(role: string): string[];
  inGroup(group: string): string[];
  /** Incidents raised so far, newest last (problems link some of them). */
  incidents: Array<{ id: string; number: string; category: string; service?: string; at: number }>;
}

/** How long until a step: `ms` from now (moved into working hours unless `urgent`), or `at`. */
export type Wait = { ms: number; urgent?: boolean } | { at: number };

/** What one person does with one work item: the action and its data or reason. */
export interface Move {
  action: 'submit' | 'approve' | 'reject';
  data?: Record<string, unknown>;
  reason?: string;
}

/** How one workflow is played: who raises it, with what, and what each step decides. */
export interface Play {
  /** Share of the tickets raised on a working day (the plays' shares add up to 1). */
  share: number;
  /** Raised at weekends too (incidents and password resets; the rest waits for Monday). */
  weekend?: boolean;
  requesters(cast: Cast): string[];
  data(r: Random, at: number, requester: string, cast: Cast): Record<string, unknown> | null;
  move(item: WorkItem, ticket: Ticket, r: Random, at: number): Move;
  /** When the next step is taken: after `ms` (in working hours unless `urgent`), or `at`. */
  delay(ticket: Ticket, nodeId: string | undefined, r: Random): Wait;
  /** The workflow has a satisfaction survey the requester answers. */
  survey?: boolean;
  /** The requester's survey answer (default: a 1–5 rating). */
  rating?(rating: number, r: Random): Record<string, unknown>;
}

const SERVICES = ['CI-1001', 'CI-1002', 'CI-1004', 'CI-1005', 'CI-2001', 'CI-4002', 'CI-4003'];
const INCIDENTS: Array<[string, string, string?]> = [
  ['Laptop does not start after the update', 'hardware'],
  ['Docking station: no external screen', 'hardware'],
  ['Printer on the 2nd floor jams', 'hardware'],
  ['Outlook takes minutes to send', 'software', 'CI-1004'],
  ['CRM shows an error when saving a contact', 'software', 'CI-1001'],
  ['ERP month-end report times out', 'software', 'CI-1002'],
  ['VPN drops every few minutes', 'network', 'CI-4002'],
  ['Wi-Fi on the 3rd floor is very slow', 'network', 'CI-4003'],
  ['Cannot reach the file shares from home', 'network', 'CI-4002'],
  ['Account locked after password change', 'account'],
  ['Shared mailbox missing from Outlook', 'account', 'CI-1004'],
  ['Teams meeting audio cuts out', 'other'],
];
const FIXES = [
  'Reinstalled the driver and tested with the user.',
  'Cleared the cached credentials; works again.',
  'Restarted the service and confirmed with the user.',
  'Replaced the part; the user confirmed.',
  'Applied the vendor patch.',
  'Reset the profile and re-synchronised.',
];
const REASSIGN = ['Needs someone on site', 'Better placed with the specialist', 'Shift change'];
const ACCESS_REJECT = ['No business need for this level', 'Ask for read access first'];
const CAB_REJECT = [
  'Window clashes with the month-end close',
  'Rollback plan is missing a database restore step',
  'Needs a second engineer on call during the window',
];
const REVIEW_REJECT = ['Root cause not proven: the logs do not show it', 'Covers only one site'];

/** Working-hours delays by incident priority (P1 is worked around the clock). */
const PRIORITY_HOURS: Record<string, [number, number]> = {
  P1: [0.1, 2.5],
  P2: [0.5, 7],
  P3: [2, 40],
  P4: [6, 90],
};

function byPriority(t: Ticket, r: Random): Wait {
  const p = String(t.data.priority ?? 'P3');
  const [a, b] = PRIORITY_HOURS[p] ?? PRIORITY_HOURS.P3!;
  return { ms: r.hours(a, b), urgent: p === 'P1' };
}

const incident: Play = {
  share: 0.55,
  weekend: true,
  survey: true,
  requesters: (c) => c.withRole('employee'),
  data(r, at) {
    const [summary, category, service] = r.pick(INCIDENTS);
    const priority = r.pick(['P1', 'P2', 'P2', 'P3', 'P3', 'P3', 'P3', 'P4', 'P4']);
    return {
      summary,
      category,
      priority,
      ...(service || category === 'network' ? { affectedService: service ?? 'CI-4001' } : {}),
      occurredAt: new Date(at - r.hours(0.2, 3)).toISOString(),
    };
  },
  move(_item, t, r) {
    const code = r.pick(['fixed', 'fixed', 'fixed', 'fixed', 'workaround', 'no-fault']);
    return {
      action: 'submit',
      data: {
        resolution: r.pick(FIXES),
        resolutionCode: code,
        ...(code === 'workaround' ? { workaround: 'Use the web client meanwhile.' } : {}),
        ...(t.data.category === 'network' && !t.data.affectedService
          ? { affectedService: 'CI-4001' }
          : {}),
      },
    };
  },
  delay: (t, _node, r) => byPriority(t, r),
};

const passwordReset: Play = {
  share: 0.17,
  weekend: true,
  survey: true,
  requesters: (c) => c.withRole('employee'),
  data: (r) => {
    const sms = r.chance(0.6);
    return {
      system: r.pick(['windows', 'email', 'erp', 'vpn', 'admin', 'admin']),
      verification: sms ? 'sms' : 'manager',
      ...(sms ? { mobile: '+33 612 345 678' } : {}),
    };
  },
  move: () => ({
    action: 'submit',
    data: { resetStatus: 'done-by-hand', agentNotes: 'Reset in the admin console.' },
  }),
  delay: (_t, _node, r) => ({ ms: r.hours(0.3, 4) }),
  rating: (rating, r) => ({ rating, linkWorked: r.chance(0.8) ? 'yes' : 'no' }),
};

const accessRequest: Play = {
  share: 0.1,
  requesters: (c) => c.users.filter((u) => u.manager).map((u) => u.id),
  data(r, at, requester, c) {
    const level = r.pick(['read', 'read', 'write', 'admin']);
    return {
      beneficiary: requester,
      system: r.pick(['CI-1001', 'CI-1002', 'CI-1003', 'CI-1005']),
      level,
      approver: c.users.find((u) => u.id === requester)?.manager,
      neededBy: new Date(at + 5 * DAY).toISOString().slice(0, 10),
      ...(level === 'admin' ? { justification: 'I run the quarterly clean-up.' } : {}),
    };
  },
  move(item, t, r) {
    // The history approves an onboarding's access request (its refusal path, back to the service
    // desk, is for people to try).
    if (item.nodeId === 'manager')
      return t.parent
        ? { action: 'approve' }
        : t.data.level === 'admin' && r.chance(0.5)
          ? { action: 'reject', reason: r.pick(ACCESS_REJECT) }
          : r.chance(0.08)
            ? { action: 'reject', reason: r.pick(ACCESS_REJECT) }
            : { action: 'approve' };
    if (item.nodeId === 'security')
      return {
        action: 'submit',
        data: { riskRating: r.pick(['low', 'low', 'medium', 'high']), securityAssessment: 'OK.' },
      };
    return {
      action: 'submit',
      data: { accountName: `${String(t.data.beneficiary ?? 'user')}.${String(t.data.system)}` },
    };
  },
  delay: (_t, node, r) => ({ ms: node === 'manager' ? r.hours(1, 30) : r.hours(2, 20) }),
};

const onboarding: Play = {
  share: 0.05,
  requesters: (c) => c.withRole('manager'),
  data: (r, at, requester) => ({
    newHire: `${r.pick(['jade', 'hugo', 'lina', 'noah', 'emma', 'louis'])}.${Math.floor(r.next() * 90 + 10)}`,
    startDate: new Date(at + 10 * DAY).toISOString().slice(0, 10),
    manager: requester,
    primarySystem: r.pick(['CI-1001', 'CI-1002', 'CI-1003']),
    accessLevel: r.pick(['read', 'write']),
    laptop: r.pick(['standard', 'standard', 'developer']),
  }),
  move: (_item, _t, r) => ({
    action: 'submit',
    data: { assetTag: `LT-0${Math.floor(r.next() * 900 + 100)}` },
  }),
  delay: (_t, _node, r) => ({ ms: r.hours(4, 40) }),
};

/** Changes touch a few busy CIs, so some planned windows collide. */
const CHANGE_TARGETS = ['CI-2001', 'CI-4002', 'CI-3001', 'CI-1002'];
const CHANGES = [
  'Patch the database cluster',
  'Upgrade the VPN gateway firmware',
  'Rotate the TLS certificates',
  'Add memory to the application server',
  'Apply the ERP quarterly update',
];

const changeRequest: Play = {
  share: 0.09,
  requesters: (c) => [...c.withRole('engineer'), ...c.inGroup('service-desk')],
  data(r, at) {
    // An evening window two to twelve days ahead, one to four hours long.
    const day = Math.floor(at / DAY) + 2 + Math.floor(r.next() * 10);
    const start = day * DAY + r.pick([17, 18, 19, 20]) * HOUR;
    return {
      summary: r.pick(CHANGES),
      target: r.pick(CHANGE_TARGETS),
      reason: 'Keep the service supported.',
      rollbackPlan: 'Restore the snapshot.',
      risk: r.pick(['low', 'medium', 'medium', 'high']),
      impact: r.pick(['none', 'degraded', 'outage']),
      plannedStart: new Date(start).toISOString(),
      plannedEnd: new Date(start + r.pick([1, 2, 2, 3, 4]) * HOUR).toISOString(),
    };
  },
  move(item, t, r) {
    switch (item.nodeId) {
      case 'plan':
        return {
          action: 'submit',
          data: {
            plannedStart: t.data.plannedStart,
            plannedEnd: t.data.plannedEnd,
            implementationPlan: 'Snapshot, apply, check the health page.',
            rollbackPlan: 'Restore the snapshot.',
          },
        };
      case 'cab':
        return r.chance(0.1)
          ? { action: 'reject', reason: r.pick(CAB_REJECT) }
          : { action: 'approve' };
      case 'network':
        return { action: 'submit', data: { networkDone: true } };
      case 'database':
        return { action: 'submit', data: { databaseDone: true } };
      case 'verify':
        return r.chance(0.12)
          ? {
              action: 'submit',
              data: { result: 'failed', rollbackNotes: 'Errors after the patch.' },
            }
          : { action: 'submit', data: { result: 'success' } };
      default:
        return { action: 'submit', data: { rollbackNotes: 'Snapshot restored; service back.' } };
    }
  },
  delay(t, node, r) {
    // Implementation waits for the planned window; verification follows it.
    const start = Date.parse(String(t.data.plannedStart));
    const end = Date.parse(String(t.data.plannedEnd));
    if (node === 'network' || node === 'database') return { at: start + r.hours(0, 0.5) };
    if (node === 'verify') return { at: end + r.hours(0.2, 2) };
    return { ms: node === 'cab' ? r.hours(2, 30) : r.hours(2, 24) };
  },
};

const problem: Play = {
  share: 0.04,
  // Agents log problems (they see the incidents to link); the team lead reviews the root cause.
  requesters: (c) => c.withRole('agent').filter((u) => !c.withRole('teamLead').includes(u)),
  data(r, at, _requester, c) {
    // The cause behind recent incidents of one category.
    const recent = c.incidents.filter((i) => at - i.at < 14 * DAY);
    if (recent.length < 2) return null;
    const seed = r.pick(recent);
    const same = recent.filter((i) => i.category === seed.category && i.id !== seed.id);
    const linked = [seed, ...same.slice(-2)];
    return {
      summary: `Recurring ${seed.category} incidents${seed.service ? ` on ${seed.service}` : ''}`,
      incidents: [...new Set(linked.map((i) => i.number))],
      ...(seed.service ? { affectedService: seed.service } : {}),
      description: 'Several users report the same symptom.',
    };
  },
  move(item, _t, r) {
    if (item.nodeId === 'investigate') {
      const known = r.chance(0.5);
      return {
        action: 'submit',
        data: {
          rootCause: 'A configuration drift after the last update.',
          knownError: known,
          ...(known ? { workaround: 'Restart the client; it reconnects.' } : {}),
        },
      };
    }
    if (item.nodeId === 'review')
      return r.chance(0.2)
        ? { action: 'reject', reason: r.pick(REVIEW_REJECT) }
        : { action: 'approve' };
    return { action: 'submit', data: { fix: 'Configuration corrected and monitored for a week.' } };
  },
  delay: (_t, _node, r) => ({ ms: r.hours(8, 70) }),
};

/** The demo workflows as the history plays them, by key. */
export const plays: Record<string, Play> = {
  incident,
  'password-reset': passwordReset,
  'access-request': accessRequest,
  onboarding,
  'change-request': changeRequest,
  problem,
};

export { REASSIGN, SERVICES };
