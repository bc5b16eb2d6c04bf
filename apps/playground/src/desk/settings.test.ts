import { DefinitionError, NotFoundError, ValidationError } from '@deskkit/runtime';
import { localClient } from './localClient';
import { memoryPersistence } from './persistence';
import { freshDesk } from './testing';

const p3 = { summary: 'Printer jams', priority: 'P3', category: 'hardware' };
const resolutionDue = (ticket: { sla: Array<{ target: string; dueAt: string }> }) =>
  ticket.sla.find((c) => c.target === 'resolution')?.dueAt;

describe('desk settings edited on the Admin page', () => {
  it('a calendar change moves the SLA due times of new tickets', async () => {
    const desk = await freshDesk();
    const before = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: p3,
    });
    const business = desk.settings.calendars.business!;
    const hours: Array<[string, string]> = [['09:00', '13:00']];
    await desk.saveCalendar(
      'business',
      { ...business, week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours } },
      'Mornings only',
    );
    const after = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: p3,
    });
    // P3: 3 days of working time; half the hours a day means the target is further away.
    expect(Date.parse(resolutionDue(after)!)).toBeGreaterThan(Date.parse(resolutionDue(before)!));
    expect(desk.settings.calendarNames.business).toBe('Mornings only');
  });

  it('refuses a bad calendar with the path of the bad field, and keeps the old one', async () => {
    const desk = await freshDesk();
    const business = desk.settings.calendars.business!;
    const error = await desk
      .saveCalendar('business', { ...business, week: { mon: [['09:00', '25:99']] } }, 'Broken')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toMatch(/^\/calendars\/business\/week\/mon/);
    await expect(
      desk.saveCalendar('business', { ...business, timeZone: 'Mars/Olympus' }, 'Mars'),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(desk.settings.calendars.business).toEqual(business);
  });

  it('a calendar a workflow uses cannot be removed; an unused one can', async () => {
    const desk = await freshDesk();
    await expect(desk.removeCalendar('business')).rejects.toThrow(/Report an incident/);
    await desk.saveCalendar(
      'lyon',
      { timeZone: 'Europe/Paris', week: { mon: [['08:00', '12:00']] } },
      'Lyon',
    );
    await desk.removeCalendar('lyon');
    expect(Object.keys(desk.settings.calendars)).not.toContain('lyon');
  });

  it('directory changes apply to the runtime at once and are checked', async () => {
    const desk = await freshDesk();
    const org = desk.settings.organisation;
    const users = org.users.map((u) =>
      u.id === 'alice' ? { ...u, roles: ['employee', 'agent'], groups: ['service-desk'] } : u,
    );
    await desk.updateOrganisation({ ...org, users });
    expect(await desk.directory.resolve([{ group: 'service-desk' }])).toContain('alice');

    const bad = org.users.map((u) =>
      u.id === 'bruno' ? { ...u, manager: 'nobody', roles: [] } : u,
    );
    const error = await desk.updateOrganisation({ ...org, users: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((i) => i.path);
    const bruno = org.users.findIndex((u) => u.id === 'bruno');
    expect(paths).toEqual(
      expect.arrayContaining([`/users/${bruno}/manager`, `/users/${bruno}/roles`]),
    );
    // Nothing of the refused change was applied.
    expect((await desk.directory.getUser('bruno'))?.manager).toBe('helene');
  });

  it('SLA policies are published as a new version that new tickets use', async () => {
    const desk = await freshDesk();
    const def = await desk.runtime.getDefinition('incident');
    const policies = def.sla!.map((p) =>
      p.id === 'p3'
        ? { ...p, targets: { response: 'PT2H', resolution: 'PT8H' }, calendar: '24x7' }
        : p,
    );
    // What the SLA tab does: the admin's client publishes the definition with new policies.
    const publish = (actor: string, sla: typeof policies) =>
      localClient(desk, actor).publish({ ...def, sla });
    const { version } = await publish('ada', policies);
    expect(version).toBe(2);
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: p3,
    });
    expect(ticket.workflow.version).toBe(2);
    expect(Date.parse(resolutionDue(ticket)!) - Date.parse(ticket.createdAt)).toBe(8 * 3_600_000);

    const broken = policies.map((p, i) => (i === 0 ? { ...p, targets: { response: 'soon' } } : p));
    const error = await publish('ada', broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues.some((i) => i.path.startsWith('/sla/0/'))).toBe(true);
    await expect(publish('alice', policies)).rejects.toThrow();
  });

  it('directory and calendars survive a reload; reset forgets them', async () => {
    const persistence = memoryPersistence();
    const desk = await freshDesk(persistence);
    const hours: Array<[string, string]> = [['10:00', '16:00']];
    await desk.saveCalendar(
      'business',
      { timeZone: 'Europe/Paris', week: { mon: hours } },
      'Mondays',
    );
    const org = desk.settings.organisation;
    await desk.updateOrganisation({
      ...org,
      users: org.users.map((u) => (u.id === 'alice' ? { ...u, name: 'Alice Durand' } : u)),
    });
    await desk.flush();
    const again = await freshDesk(persistence);
    expect(again.settings.calendars.business?.week).toEqual({ mon: hours });
    expect((await again.directory.getUser('alice'))?.name).toBe('Alice Durand');
    await again.forget();
    const fresh = await freshDesk(persistence);
    expect(fresh.settings.calendarNames.business).not.toBe('Mondays');
  });
});

describe('what a user may see in lists (the client of the desk, scoped by the runtime)', () => {
  it('a requester finds only their own tickets; the desk finds every ticket', async () => {
    const desk = await freshDesk();
    const mine = await desk.runtime.startTicket({ workflow: 'incident', actor: 'alice', data: p3 });
    const other = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'bruno',
      data: p3,
    });
    const list = async (user: string) =>
      (await localClient(desk, user).listTickets({})).tickets.map((t) => t.id).sort();
    expect(await list('alice')).toEqual([mine.id]);
    expect(await list('sam')).toEqual([mine.id, other.id].sort());
    // The runtime agrees: alice may not open bruno's ticket.
    await expect(localClient(desk, 'alice').viewTicket(other.id)).rejects.toThrow(NotFoundError);
  });
});
