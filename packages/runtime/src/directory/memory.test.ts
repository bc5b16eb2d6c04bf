import { memoryDirectory } from './memory';

const directory = memoryDirectory({
  users: [
    { id: 'ann', name: 'Ann Lee', roles: ['employee'], department: 'sales', manager: 'max' },
    { id: 'max', roles: ['employee', 'manager'], groups: ['cab'] },
    { id: 'eve', roles: ['agent'], groups: ['cab', 'desk'] },
  ],
  groups: [{ id: 'cab', name: 'Change advisory board' }],
  rotas: [
    {
      id: 'weekly',
      members: ['eve', 'max'],
      start: '2026-11-02T09:00:00',
      timeZone: 'Europe/Paris',
      shift: 'P1W',
    },
    {
      id: 'daily',
      members: ['ann', 'eve', 'max'],
      start: '2026-03-28T09:00:00',
      timeZone: 'Europe/Paris',
      shift: 'P1D',
    },
  ],
  delegations: [
    { user: 'max', delegate: 'eve', from: '2026-12-20', to: '2027-01-04' },
    { user: 'eve', delegate: 'ann', from: '2026-12-24', to: '2026-12-26' },
  ],
});

describe('memoryDirectory', () => {
  it('resolves users, roles, groups and departments in a stable order without duplicates', async () => {
    expect(
      await directory.resolve([{ group: 'cab' }, { role: 'manager' }, { user: 'ann' }]),
    ).toEqual(['max', 'eve', 'ann']);
    expect(await directory.resolve([{ department: 'sales' }])).toEqual(['ann']);
    expect(await directory.matches('ann', [{ role: 'manager' }, { department: 'sales' }])).toBe(
      true,
    );
    expect(await directory.matches('ann', [{ group: 'cab' }])).toBe(false);
    expect((await directory.getUser('ann'))?.manager).toBe('max');
    expect(await directory.getUser('nobody')).toBeNull();
  });

  it('lists entries for pickers, with search', async () => {
    expect(await directory.list?.('group')).toEqual([
      { id: 'cab', name: 'Change advisory board' },
      { id: 'desk', name: 'desk' },
    ]);
    expect(await directory.list?.('user', 'lee')).toEqual([{ id: 'ann', name: 'Ann Lee' }]);
  });

  it('answers who is on call, shift by shift in the rota time zone', async () => {
    expect(await directory.onCall('weekly', new Date('2026-11-02T07:59:00Z'))).toEqual([]);
    expect(await directory.onCall('weekly', new Date('2026-11-02T08:00:00Z'))).toEqual(['eve']);
    expect(await directory.onCall('weekly', new Date('2026-11-09T08:00:00Z'))).toEqual(['max']);
    expect(await directory.onCall('weekly', new Date('2026-11-16T07:59:00Z'))).toEqual(['max']);
    // Across the end of summer time (2026-10-25 was before the start; use the March change): the
    // daily hand-over stays at 09:00 Paris time.
    expect(await directory.onCall('daily', new Date('2026-03-29T07:00:00Z'))).toEqual(['eve']); // 09:00 CEST
    expect(await directory.onCall('daily', new Date('2026-03-29T06:59:00Z'))).toEqual(['ann']);
    await expect(directory.onCall('nope', new Date())).rejects.toThrow(/rota "nope"/);
  });

  it('follows out-of-office delegation for whole days, through chains', async () => {
    expect(await directory.delegateOf('max', new Date('2026-12-19T23:59:00Z'))).toBeNull();
    expect(await directory.delegateOf('max', new Date('2026-12-20T00:00:00Z'))).toBe('eve');
    expect(await directory.delegateOf('max', new Date('2026-12-25T12:00:00Z'))).toBe('ann');
    expect(await directory.delegateOf('max', new Date('2027-01-04T23:00:00Z'))).toBe('eve');
    expect(await directory.delegateOf('ann', new Date('2026-12-25T12:00:00Z'))).toBeNull();
  });
});
