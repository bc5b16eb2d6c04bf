import type { SlaPolicy } from '../definition/definition.types';
import type { CalendarSpec } from './calendar.types';
import { ExpressionError, ValidationError } from '../errors/errors';
import { computeSlaClocks, computeSlaClocksAsync } from './sla';
import { historyOf } from './sla.testkit';

const M = 60_000;
const H = 60 * M;
const office: CalendarSpec = {
  timeZone: 'Europe/Paris',
  week: Object.fromEntries(
    ['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [['09:00', '17:00']]]),
  ),
};
const calendars = { office };
const std: SlaPolicy = {
  id: 'std',
  name: 'Standard',
  targets: { response: 'PT1H', resolution: 'PT4H' },
  warnAt: [50, 75],
};
const clock = (r: ReturnType<typeof computeSlaClocks>, target: string) =>
  r.clocks.find((c) => c.target === target)!;

describe('SLA clocks in natural time', () => {
  const h = historyOf().created('2026-03-02T08:00:00Z');

  it('runs both targets from creation and reports elapsed, remaining, percent and due time', () => {
    const r = computeSlaClocks({
      history: h.events,
      policies: [std],
      now: new Date('2026-03-02T08:40:00Z'),
    });
    expect(r.policy).toBe('std');
    expect(clock(r, 'response')).toMatchObject({
      policy: 'std',
      state: 'running',
      dueAt: '2026-03-02T09:00:00.000Z',
      elapsedMs: 40 * M,
      remainingMs: 20 * M,
      percent: 66.7,
      warned: 50,
    });
    expect(clock(r, 'resolution')).toMatchObject({
      state: 'running',
      dueAt: '2026-03-02T12:00:00.000Z',
      percent: 16.7,
    });
    expect(clock(r, 'resolution').warned).toBeUndefined();
    expect(r.upcoming.map((u) => [u.target, u.kind, u.threshold, u.at])).toEqual([
      ['response', 'warning', 75, '2026-03-02T08:45:00.000Z'],
      ['response', 'breach', undefined, '2026-03-02T09:00:00.000Z'],
      ['resolution', 'warning', 50, '2026-03-02T10:00:00.000Z'],
      ['resolution', 'warning', 75, '2026-03-02T11:00:00.000Z'],
      ['resolution', 'breach', undefined, '2026-03-02T12:00:00.000Z'],
    ]);
  });

  it('response is met by the first action of an agent, not by the requester', () => {
    const events = historyOf()
      .created('2026-03-02T08:00:00Z', 'ann')
      .action('2026-03-02T08:10:00Z', 'ann')
      .action('2026-03-02T08:30:00Z', 'bob').events;
    const r = computeSlaClocks({
      history: events,
      policies: [std],
      now: new Date('2026-03-02T10:00:00Z'),
    });
    expect(clock(r, 'response')).toMatchObject({
      state: 'met',
      elapsedMs: 30 * M,
      stoppedAt: '2026-03-02T08:30:00.000Z',
    });
    expect(r.upcoming.some((u) => u.target === 'response')).toBe(false);
  });

  it('breaches while nobody acts, and a late answer stays breached', () => {
    const late = historyOf()
      .created('2026-03-02T08:00:00Z')
      .action('2026-03-02T09:30:00Z', 'bob').events;
    const r = computeSlaClocks({
      history: late,
      policies: [std],
      now: new Date('2026-03-02T13:00:00Z'),
    });
    expect(clock(r, 'response')).toMatchObject({
      state: 'breached',
      breachedAt: '2026-03-02T09:00:00.000Z',
      dueAt: '2026-03-02T09:00:00.000Z',
      remainingMs: -30 * M,
    });
    expect(clock(r, 'resolution')).toMatchObject({
      state: 'breached',
      breachedAt: '2026-03-02T12:00:00.000Z',
      percent: 125,
    });
  });

  it('resolution is met at resolved and runs again when the ticket is reopened', () => {
    const h2 = historyOf()
      .created('2026-03-02T08:00:00Z')
      .status('2026-03-02T09:00:00Z', 'open', 'resolved')
      .status('2026-03-02T11:00:00Z', 'resolved', 'open');
    const met = computeSlaClocks({
      history: h2.events.slice(0, 2),
      policies: [std],
      now: new Date('2026-03-02T12:00:00Z'),
    });
    expect(clock(met, 'resolution')).toMatchObject({ state: 'met', elapsedMs: H });
    const reopened = computeSlaClocks({
      history: h2.events,
      policies: [std],
      now: new Date('2026-03-02T12:00:00Z'),
    });
    expect(clock(reopened, 'resolution')).toMatchObject({
      state: 'running',
      elapsedMs: 2 * H,
      dueAt: '2026-03-02T14:00:00.000Z',
    });
  });

  it('ignores events after now and cancels clocks of a cancelled ticket', () => {
    const h3 = historyOf()
      .created('2026-03-02T08:00:00Z')
      .status('2026-03-02T08:20:00Z', 'open', 'cancelled');
    const before = computeSlaClocks({
      history: h3.events,
      policies: [std],
      now: new Date('2026-03-02T08:10:00Z'),
    });
    expect(clock(before, 'response').state).toBe('running');
    const after = computeSlaClocks({
      history: h3.events,
      policies: [std],
      now: new Date('2026-03-02T10:00:00Z'),
    });
    // Cancelled clocks stay visible, stopped at the cancellation, and schedule nothing.
    expect(after.clocks).toMatchObject([
      {
        target: 'response',
        state: 'cancelled',
        cancelledAt: '2026-03-02T08:20:00.000Z',
        elapsedMs: 20 * 60_000,
      },
      {
        target: 'resolution',
        state: 'cancelled',
        cancelledAt: '2026-03-02T08:20:00.000Z',
        elapsedMs: 20 * 60_000,
      },
    ]);
    expect(after.upcoming).toEqual([]);
    expect(after.cancelled.map((c) => c.target)).toEqual(['response', 'resolution']);
  });
});

describe('SLA clocks on a working calendar', () => {
  const policy: SlaPolicy = { ...std, calendar: 'office', targets: { resolution: 'PT4H' } };

  it('a pause that spans closed hours only removes the working time it covers', () => {
    // Monday 16:00 Paris; pending 16:30 → Tuesday 10:00; 30 min + Tuesday from 10:00.
    const h = historyOf()
      .created('2026-03-02T16:00:00+01:00')
      .status('2026-03-02T16:30:00+01:00', 'open', 'pending')
      .status('2026-03-03T10:00:00+01:00', 'pending', 'open');
    const r = computeSlaClocks({
      history: h.events,
      policies: [policy],
      calendars,
      now: new Date('2026-03-03T11:00:00+01:00'),
    });
    expect(clock(r, 'resolution')).toMatchObject({
      state: 'running',
      elapsedMs: 1.5 * H,
      dueAt: '2026-03-03T12:30:00.000Z', // 13:30 Paris
    });
    const paused = computeSlaClocks({
      history: h.events.slice(0, 2),
      policies: [policy],
      calendars,
      now: new Date('2026-03-03T12:00:00+01:00'),
    });
    expect(clock(paused, 'resolution')).toMatchObject({ state: 'paused', elapsedMs: 30 * M });
    expect(paused.upcoming).toEqual([]);
    const unpaused = computeSlaClocks({
      history: h.events.slice(0, 1),
      policies: [policy],
      calendars,
      now: new Date('2026-03-03T11:00:00+01:00'),
    });
    expect(clock(unpaused, 'resolution')).toMatchObject({
      elapsedMs: 3 * H,
      dueAt: '2026-03-03T11:00:00.000Z', // 12:00 Paris,
    });
  });

  it('a due date crosses the weekend of the DST change', () => {
    const h = historyOf().created('2026-03-27T15:00:00+01:00');
    const r = computeSlaClocks({
      history: h.events,
      policies: [policy],
      calendars,
      now: new Date('2026-03-27T15:00:00+01:00'),
    });
    expect(clock(r, 'resolution').dueAt).toBe('2026-03-30T09:00:00.000Z'); // Monday 11:00 +02:00
    expect(r.upcoming[0]).toMatchObject({
      kind: 'warning',
      threshold: 50,
      at: '2026-03-27T16:00:00.000Z',
    });
  });

  it('recomputes after a calendar edit (a new holiday moves the due date)', () => {
    const h = historyOf().created('2026-03-27T15:00:00+01:00');
    const withHoliday = { office: { ...office, holidays: ['2026-03-30'] } };
    const r = computeSlaClocks({
      history: h.events,
      policies: [policy],
      calendars: withHoliday,
      now: new Date('2026-03-27T15:00:00+01:00'),
    });
    expect(clock(r, 'resolution').dueAt).toBe('2026-03-31T09:00:00.000Z');
  });
});

describe('policy changes (priority raised at Monday 10:00, office calendar for P1)', () => {
  const p1 = (mode: SlaPolicy['onPolicyChange']): SlaPolicy => ({
    id: 'p1',
    name: 'P1',
    when: "priority = 'P1'",
    calendar: 'office',
    targets: { response: 'PT1H', resolution: 'PT4H' },
    onPolicyChange: mode,
  });
  const low: SlaPolicy = {
    id: 'low',
    name: 'Low',
    targets: { response: 'PT8H', resolution: 'P3D' },
  };
  // Created Monday 08:00 Paris (before the office opens) as P3, raised to P1 at 10:00; now 11:00.
  const h = historyOf()
    .created('2026-03-02T08:00:00+01:00', 'ann', { priority: 'P3' })
    .fields('2026-03-02T10:00:00+01:00', { priority: 'P1' });
  const run = (mode: SlaPolicy['onPolicyChange']) =>
    computeSlaClocksAsync({
      history: h.events,
      policies: [p1(mode), low],
      calendars,
      now: new Date('2026-03-02T11:00:00+01:00'),
    });

  it('retroactive: measured on the P1 calendar from creation', async () => {
    const r = await run('retroactive');
    expect(r.policy).toBe('p1');
    expect(clock(r, 'resolution')).toMatchObject({
      policy: 'p1',
      elapsedMs: 2 * H,
      startedAt: '2026-03-02T07:00:00.000Z',
    });
    expect(clock(r, 'response')).toMatchObject({
      state: 'breached',
      breachedAt: '2026-03-02T09:00:00.000Z',
    });
  });

  it('restart: measured from the change', async () => {
    const r = await run('restart');
    expect(clock(r, 'resolution')).toMatchObject({
      elapsedMs: H,
      startedAt: '2026-03-02T09:00:00.000Z',
      dueAt: '2026-03-02T13:00:00.000Z',
    });
    expect(clock(r, 'response')).toMatchObject({ state: 'breached', elapsedMs: H });
  });

  it('carry: keeps the natural time elapsed under the old policy, then counts office time', async () => {
    const r = await run('carry');
    expect(clock(r, 'resolution')).toMatchObject({
      elapsedMs: 3 * H,
      startedAt: '2026-03-02T07:00:00.000Z',
      dueAt: '2026-03-02T11:00:00.000Z',
    });
    expect(clock(r, 'response')).toMatchObject({
      state: 'breached',
      breachedAt: '2026-03-02T09:00:00.000Z',
    });
  });

  it('a target met before the change stays met under its old policy', async () => {
    const answered = historyOf()
      .created('2026-03-02T08:00:00+01:00', 'ann', { priority: 'P3' })
      .action('2026-03-02T08:30:00+01:00', 'bob')
      .fields('2026-03-02T10:00:00+01:00', { priority: 'P1' }).events;
    const r = await computeSlaClocksAsync({
      history: answered,
      policies: [p1('restart'), low],
      calendars,
      now: new Date('2026-03-02T11:00:00+01:00'),
    });
    expect(clock(r, 'response')).toMatchObject({ policy: 'low', state: 'met' });
    expect(clock(r, 'resolution')).toMatchObject({ policy: 'p1', state: 'running' });
  });

  it('a policy with a condition needs an evaluator', () => {
    expect(() =>
      computeSlaClocks({ history: h.events, policies: [p1('carry')], calendars, now: 0 }),
    ).not.toThrow();
    expect(() =>
      computeSlaClocks({ history: h.events, policies: [p1('carry')], calendars, now: Date.now() }),
    ).toThrow(ExpressionError);
  });
});

describe('custom conditions and OLA', () => {
  it('pauses on a jsonata condition and starts on another', async () => {
    const policy: SlaPolicy = {
      id: 'vip',
      name: 'VIP',
      targets: { resolution: 'PT2H' },
      start: "$event.type = 'entered' and $event.nodeId = 'work'",
      pause: "waitingFor = 'customer'",
    };
    const h = historyOf()
      .created('2026-03-02T08:00:00Z')
      .entered('2026-03-02T08:30:00Z', 'work')
      .fields('2026-03-02T09:00:00Z', { waitingFor: 'customer' })
      .fields('2026-03-02T09:45:00Z', { waitingFor: null });
    const r = await computeSlaClocksAsync({
      history: h.events,
      policies: [policy],
      now: new Date('2026-03-02T10:00:00Z'),
    });
    expect(clock(r, 'resolution')).toMatchObject({
      startedAt: '2026-03-02T08:30:00.000Z',
      elapsedMs: 45 * M,
      state: 'running',
    });
  });

  it('an OLA runs from entering its node to leaving it, per visit', () => {
    const nodes = [
      { id: 'triage', ola: { target: 'PT30M', warnAt: [80] } },
      { id: 'fix', ola: { target: 'PT2H', calendar: 'office' } },
    ];
    const h = historyOf()
      .created('2026-03-02T08:00:00Z')
      .entered('2026-03-02T08:00:00Z', 'triage')
      .left('2026-03-02T08:20:00Z', 'triage')
      .entered('2026-03-02T08:20:00Z', 'fix');
    const r = computeSlaClocks({
      history: h.events,
      nodes,
      calendars,
      now: new Date('2026-03-02T09:20:00Z'),
    });
    expect(r.clocks).toMatchObject([
      { policy: 'ola:triage', target: 'ola', nodeId: 'triage', state: 'met', elapsedMs: 20 * M },
      {
        policy: 'ola:fix',
        target: 'ola',
        nodeId: 'fix',
        state: 'running',
        elapsedMs: H, // 09:20–10:20 Paris
        dueAt: '2026-03-02T10:20:00.000Z',
      },
    ]);
  });

  it('names a bad target or threshold', () => {
    const h = historyOf().created('2026-03-02T08:00:00Z');
    const bad = (p: SlaPolicy) => () =>
      computeSlaClocks({ history: h.events, policies: [p], now: new Date('2026-03-02T09:00:00Z') });
    expect(bad({ id: 'x', name: 'x', targets: { response: '1 hour' } })).toThrow(ValidationError);
    expect(bad({ id: 'x', name: 'x', targets: { response: '1 hour' } })).toThrow(
      '/sla/0/targets/response',
    );
    expect(bad({ id: 'x', name: 'x', targets: { response: 'PT1H' }, warnAt: [150] })).toThrow(
      '/sla/0/warnAt/0',
    );
  });
});
