import type { OnCallRota } from '../directory/directory.types';
import { timeInputError } from './time.errors';
import {
  addDuration,
  durationMs,
  fromLocal,
  isValidTimeZone,
  parseIsoDateTime,
  parseIsoDuration,
  scaleDuration,
  toLocal,
  type IsoDuration,
} from './zone';

const DAY_MS = 86_400_000;

/** A period of an on-call rota, ISO bounds (local to the rota's zone when they carry no offset). */
export interface OnCallPeriod {
  from: string;
  to: string;
}

/**
 * An on-call rota with the details real teams need, on top of the directory's {@link OnCallRota}
 * (which stays valid input): wall-clock hand-over times, leave, swaps and targeted overrides.
 */
export interface OnCallRotation extends Omit<OnCallRota, 'overrides'> {
  /**
   * Local hand-over times (`HH:mm` in `timeZone`), e.g. `['08:00', '20:00']` for day and night
   * shifts: each member's turn runs from one hand-over to the next and `shift` is not used. Hand-overs
   * keep their wall-clock time across daylight-saving changes.
   */
  handovers?: string[];
  /** Members away: their turns go to the next member in order who is not away. */
  leave?: Array<OnCallPeriod & { user: string }>;
  /** Two members exchange their turns during the period. */
  swaps?: Array<OnCallPeriod & { users: [string, string] }>;
  /**
   * Someone else holds the pager during the period: in place of `replaces` only, or of whoever is
   * on call when `replaces` is absent. The first matching override wins.
   */
  overrides?: Array<OnCallPeriod & { user: string; replaces?: string; reason?: string }>;
}

/** Who is on call at a moment, and why. */
export interface OnCallAssignment {
  /** Who holds the pager (empty before the rota starts, or when everyone is away). */
  users: string[];
  /** The member whose turn it is by the rota alone. */
  scheduled: string | null;
  /** What changed the scheduled member, if anything. */
  reason: 'rota' | 'leave' | 'swap' | 'override' | 'none';
  /** The current turn: its number from 0 and its bounds. */
  shift: { index: number; from: Date; to: Date } | null;
}

interface Prepared {
  zone: string;
  start: number;
  handovers: number[] | null;
  shift: IsoDuration | null;
  shiftMs: number;
  leave: Array<{ user: string; from: number; to: number }>;
  swaps: Array<{ users: [string, string]; from: number; to: number }>;
  overrides: Array<{ user: string; replaces?: string; from: number; to: number }>;
}

const prepared = new WeakMap<OnCallRotation, Prepared>();

function prepare(rota: OnCallRotation): Prepared {
  const hit = prepared.get(rota);
  if (hit) return hit;
  const base = `/rotas/${rota.id}`;
  const zone = rota.timeZone ?? 'UTC';
  if (!isValidTimeZone(zone))
    throw timeInputError(`${base}/timeZone`, 'oncall.timeZone', `Unknown IANA time zone "${zone}"`);
  const at = (text: string, path: string): number => {
    const dt = parseIsoDateTime(text, zone);
    if (!dt)
      throw timeInputError(
        path,
        'oncall.date',
        `Expected an ISO date-time, got ${JSON.stringify(text)}`,
      );
    return dt.instant;
  };
  const period = (p: OnCallPeriod, path: string) => {
    const from = at(p.from, `${path}/from`);
    const to = at(p.to, `${path}/to`);
    if (to <= from)
      throw timeInputError(`${path}/to`, 'oncall.period', 'The period ends before it starts');
    return { from, to };
  };
  const start = at(rota.start, `${base}/start`);
  let handovers: number[] | null = null;
  let shift: IsoDuration | null = null;
  let shiftMs = 0;
  if (rota.handovers?.length) {
    handovers = rota.handovers
      .map((text, i) => {
        const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
        if (!m)
          throw timeInputError(
            `${base}/handovers/${i}`,
            'oncall.handover',
            `Expected a local time "HH:mm", got ${JSON.stringify(text)}`,
          );
        return Number(m[1]) * 60 + Number(m[2]);
      })
      .sort((a, b) => a - b);
  } else {
    shift = typeof rota.shift === 'string' ? parseIsoDuration(rota.shift) : null;
    shiftMs = shift ? durationMs(shift) : NaN;
    if (!shift || !(shiftMs > 0)) {
      throw timeInputError(
        `${base}/shift`,
        'oncall.shift',
        `Shift "${rota.shift}" is not an ISO 8601 duration such as "P1W" or "PT12H"`,
      );
    }
  }
  const result: Prepared = {
    zone,
    start,
    handovers,
    shift,
    shiftMs,
    leave: (rota.leave ?? []).map((l, i) => ({ user: l.user, ...period(l, `${base}/leave/${i}`) })),
    swaps: (rota.swaps ?? []).map((s, i) => ({
      users: s.users,
      ...period(s, `${base}/swaps/${i}`),
    })),
    overrides: (rota.overrides ?? []).map((o, i) => ({
      user: o.user,
      ...(o.replaces ? { replaces: o.replaces } : {}),
      ...period(o, `${base}/overrides/${i}`),
    })),
  };
  prepared.set(rota, result);
  return result;
}

/** The turn holding `t`: shifts of a fixed duration, or wall-clock hand-overs. */
function turnAt(p: Prepared, t: number): { index: number; from: number; to: number } | null {
  const start = p.start;
  if (t < start) return null;
  if (p.shift) {
    const shift = p.shift;
    const boundary = (n: number) => addDuration(p.zone, start, scaleDuration(shift, n));
    let n = Math.floor((t - start) / p.shiftMs);
    while (n > 0 && boundary(n) > t) n--;
    while (boundary(n + 1) <= t) n++;
    return { index: n, from: boundary(n), to: boundary(n + 1) };
  }
  const times = p.handovers!;
  const k = times.length;
  // Local days as days since 1970-01-01; a hand-over is a wall-clock time on one of them.
  const handover = (day: number, i: number) => fromLocal(p.zone, day * DAY_MS + times[i]! * 60_000);
  const startDay = Math.floor(toLocal(p.zone, start) / DAY_MS);
  const day = Math.floor(toLocal(p.zone, t) / DAY_MS);
  const days = day - startDay;
  // Boundaries strictly after the start on its own day, then k per full day, then today's passed ones.
  const firstDay = times.filter((_, i) => handover(startDay, i) > start).length;
  let passedToday = 0;
  let last = -1;
  for (let i = 0; i < k; i++) {
    if (handover(day, i) <= t) {
      passedToday++;
      last = i;
    }
  }
  const index = days === 0 ? passedToday - (k - firstDay) : firstDay + (days - 1) * k + passedToday;
  const from = last >= 0 ? handover(day, last) : handover(day - 1, k - 1);
  const to = last + 1 < k ? handover(day, last + 1) : handover(day + 1, 0);
  return { index: Math.max(index, 0), from: Math.max(from, start), to };
}

/**
 * Who is on call on a rota at a moment. Members take turns from `start` (member 0 first), one
 * shift each (a fixed `shift` duration counted in the rota's time zone, or from one wall-clock
 * hand-over to the next); a member on leave is replaced by the next member who is not; swaps
 * exchange two members' turns; overrides win over everything. Nobody is on call before `start`.
 *
 * @throws ValidationError naming the bad field (`/rotas/<id>/handovers/0`)
 *
 * @example
 * ```ts
 * onCallAssignment({
 *   id: 'noc', members: ['ann', 'bob', 'eve'], start: '2026-01-05T08:00', shift: 'PT12H',
 *   timeZone: 'Europe/Paris', handovers: ['08:00', '20:00'],
 *   leave: [{ user: 'bob', from: '2026-03-01', to: '2026-03-08' }],
 * }, new Date()); // { users: ['eve'], scheduled: 'bob', reason: 'leave', shift: {...} }
 * ```
 */
export function onCallAssignment(rota: OnCallRotation, at: Date): OnCallAssignment {
  const p = prepare(rota);
  const t = at.getTime();
  const during = (period: { from: number; to: number }) => period.from <= t && t < period.to;
  const turn = turnAt(p, t);
  const shift = turn
    ? { index: turn.index, from: new Date(turn.from), to: new Date(turn.to) }
    : null;
  const scheduled =
    turn && rota.members.length ? rota.members[turn.index % rota.members.length]! : null;
  let user = scheduled;
  let reason: OnCallAssignment['reason'] = scheduled ? 'rota' : 'none';
  const away = (u: string) => p.leave.some((l) => l.user === u && during(l));
  if (user && turn && away(user)) {
    reason = 'leave';
    user = null;
    for (let i = 1; i < rota.members.length; i++) {
      const next = rota.members[(turn.index + i) % rota.members.length]!;
      if (!away(next)) {
        user = next;
        break;
      }
    }
  }
  const swap = user ? p.swaps.find((s) => during(s) && s.users.includes(user!)) : undefined;
  if (swap && user) {
    user = swap.users[0] === user ? swap.users[1] : swap.users[0];
    reason = 'swap';
  }
  const override = p.overrides.find((o) => during(o) && (!o.replaces || o.replaces === user));
  if (override) {
    user = override.user;
    reason = 'override';
  }
  return { users: user ? [user] : [], scheduled, reason, shift };
}

/** Who is on call at a moment (the `Directory.onCall` answer for a rich rota). */
export function onCallUsers(rota: OnCallRotation, at: Date): string[] {
  return onCallAssignment(rota, at).users;
}

/**
 * The rota's turns between two instants, for a calendar view: consecutive shifts with the member
 * scheduled and who is actually on call at the start of each (leave, swaps and overrides that begin
 * mid-shift split it).
 */
export function onCallTimeline(
  rota: OnCallRotation,
  from: Date,
  to: Date,
): Array<{
  from: Date;
  to: Date;
  users: string[];
  scheduled: string | null;
  reason: OnCallAssignment['reason'];
}> {
  const p = prepare(rota);
  const cuts = new Set<number>();
  for (const period of [...p.leave, ...p.swaps, ...p.overrides])
    cuts.add(period.from).add(period.to);
  const out: ReturnType<typeof onCallTimeline> = [];
  let t = Math.max(from.getTime(), p.start);
  const end = to.getTime();
  while (t < end && out.length < 10_000) {
    const a = onCallAssignment(rota, new Date(t));
    let next = Math.min(a.shift ? a.shift.to.getTime() : end, end);
    for (const c of cuts) if (c > t && c < next) next = c;
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.to.getTime() === t &&
      prev.users.join() === a.users.join() &&
      prev.reason === a.reason &&
      prev.scheduled === a.scheduled
    ) {
      prev.to = new Date(next);
    } else {
      out.push({
        from: new Date(t),
        to: new Date(next),
        users: a.users,
        scheduled: a.scheduled,
        reason: a.reason,
      });
    }
    t = next;
  }
  return out;
}
