import { onCallAt } from '../directory/onCall';
import { ValidationError } from '../errors/errors';
import { onCallAssignment, onCallTimeline, onCallUsers, type OnCallRotation } from './oncall';

const d = (text: string) => new Date(text);

describe('on-call rotations', () => {
  const weekly: OnCallRotation = {
    id: 'net',
    members: ['nina', 'omar', 'pia'],
    start: '2026-01-05T09:00',
    shift: 'P1W',
    timeZone: 'Europe/Paris',
  };

  it('hands over weekly at Monday 09:00 Paris, also after the DST change', () => {
    expect(onCallUsers(weekly, d('2026-01-05T07:59Z'))).toEqual([]);
    expect(onCallUsers(weekly, d('2026-01-05T08:00Z'))).toEqual(['nina']);
    expect(onCallUsers(weekly, d('2026-01-12T08:00Z'))).toEqual(['omar']);
    // 2026-03-30 is a Monday after the change: 09:00 Paris is 07:00Z.
    const a = onCallAssignment(weekly, d('2026-03-30T07:00Z'));
    expect(a.shift?.from.toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(onCallUsers(weekly, d('2026-03-30T06:59Z'))).not.toEqual(a.users);
  });

  it('agrees with the directory rota for plain rotas', () => {
    const plain = {
      ...weekly,
      overrides: [{ user: 'zoe', from: '2026-02-02T00:00', to: '2026-02-03T00:00' }],
    };
    for (
      let t = Date.parse('2026-01-01T00:00Z');
      t < Date.parse('2026-12-31T00:00Z');
      t += 17 * 3_600_000
    ) {
      expect(onCallUsers(plain, new Date(t))).toEqual(onCallAt(plain, new Date(t)));
    }
  });

  it('day and night shifts at wall-clock hand-over times across the DST change', () => {
    const noc: OnCallRotation = {
      ...weekly,
      members: ['day1', 'night1', 'day2', 'night2'],
      start: '2026-03-28T08:00',
      shift: 'PT12H',
      handovers: ['20:00', '08:00'],
    };
    expect(onCallAssignment(noc, d('2026-03-28T10:00Z'))).toMatchObject({
      users: ['day1'],
      shift: { index: 0 },
    });
    expect(onCallUsers(noc, d('2026-03-28T20:00Z'))).toEqual(['night1']);
    // Sunday 29 March 08:00 Paris is 06:00Z (summer time): the day shift starts then.
    const sunday = onCallAssignment(noc, d('2026-03-29T06:00Z'));
    expect(sunday).toMatchObject({ users: ['day2'], shift: { index: 2 } });
    expect(sunday.shift!.from.toISOString()).toBe('2026-03-29T06:00:00.000Z');
    expect(sunday.shift!.to.toISOString()).toBe('2026-03-29T18:00:00.000Z');
    expect(onCallUsers(noc, d('2026-03-29T05:59Z'))).toEqual(['night1']);
    expect(onCallAssignment(noc, d('2026-04-02T19:00Z')).shift!.index).toBe(11);
  });

  it('leave passes the turn to the next member who is not away; swaps and overrides apply on top', () => {
    const rota: OnCallRotation = {
      ...weekly,
      leave: [{ user: 'nina', from: '2026-01-05', to: '2026-01-10' }],
      swaps: [{ users: ['omar', 'pia'], from: '2026-01-12T00:00', to: '2026-01-19T00:00' }],
      overrides: [
        { user: 'zoe', replaces: 'nina', from: '2026-01-26T00:00', to: '2026-01-27T00:00' },
      ],
    };
    expect(onCallAssignment(rota, d('2026-01-06T12:00Z'))).toMatchObject({
      users: ['omar'],
      scheduled: 'nina',
      reason: 'leave',
    });
    expect(onCallAssignment(rota, d('2026-01-13T12:00Z'))).toMatchObject({
      users: ['pia'],
      scheduled: 'omar',
      reason: 'swap',
    });
    expect(onCallAssignment(rota, d('2026-01-20T12:00Z'))).toMatchObject({
      users: ['pia'],
      reason: 'rota',
    });
    expect(onCallAssignment(rota, d('2026-01-26T12:00Z'))).toMatchObject({
      users: ['zoe'],
      scheduled: 'nina',
      reason: 'override',
    });
    expect(onCallAssignment(rota, d('2026-01-27T12:00Z'))).toMatchObject({ users: ['nina'] });
  });

  it('lists turns for a calendar view, split where leave begins', () => {
    const rota: OnCallRotation = {
      ...weekly,
      leave: [{ user: 'nina', from: '2026-01-07T00:00', to: '2026-01-09T00:00' }],
    };
    const turns = onCallTimeline(rota, d('2026-01-05T00:00Z'), d('2026-01-19T08:00Z'));
    expect(turns.map((s) => [s.from.toISOString(), s.users[0], s.reason])).toEqual([
      ['2026-01-05T08:00:00.000Z', 'nina', 'rota'],
      ['2026-01-06T23:00:00.000Z', 'omar', 'leave'],
      ['2026-01-08T23:00:00.000Z', 'nina', 'rota'],
      ['2026-01-12T08:00:00.000Z', 'omar', 'rota'],
    ]);
  });

  it('names a bad field', () => {
    expect(() => onCallUsers({ ...weekly, handovers: ['8am'] }, d('2026-02-01T00:00Z'))).toThrow(
      ValidationError,
    );
    expect(() => onCallUsers({ ...weekly, shift: 'weekly' }, d('2026-02-01T00:00Z'))).toThrow(
      '/rotas/net/shift',
    );
  });
});
