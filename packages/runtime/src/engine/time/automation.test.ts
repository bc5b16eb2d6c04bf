import { memoryDirectory } from '../../directory/memory';
import { USERS, chain, task } from '../testkit';
import { ConflictError, DefinitionError, ValidationError } from '../../errors/errors';
import { H, M, T0, desk, timeSetup } from './time.testkit';
import { startTimerLoop } from './timer-loop';
import { createI18n } from '../../i18n/createI18n';
import { runtimeMessagesZhCN } from '../../i18n/messages.zh-CN';

describe('triggers', () => {
  it('run their actions when a ticket changes and their condition holds', async () => {
    const { runtime } = timeSetup();
    await runtime.publish(
      desk({
        sla: [],
        triggers: [
          {
            id: 'access-to-cab',
            on: ['created'],
            when: "category = 'access'",
            actions: [{ type: 'assign', to: [{ group: 'cab' }] }],
          },
          {
            id: 'ack',
            on: ['statusChanged'],
            actions: [{ type: 'comment', text: 'Status changed' }, { type: 'notify' }],
          },
          {
            id: 'never',
            on: ['created'],
            when: "category = 'hardware'",
            actions: [{ type: 'comment', text: 'no' }],
          },
        ],
      }),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'Access', category: 'access' },
    });
    expect(t.assignees).toEqual([]);
    expect((await runtime.tasks('max')).map((w) => w.ticketId)).toEqual([t.id]);
    let history = await runtime.history(t.id);
    expect(history.filter((e) => e.type === 'automation').map((e) => e.detail?.trigger)).toEqual([
      'access-to-cab',
    ]);

    await runtime.act({ ticket: t.id, action: 'hold', actor: 'max', reason: 'wait' });
    history = await runtime.history(t.id);
    expect(history.filter((e) => e.detail?.trigger === 'ack')).toHaveLength(1);
    expect(
      history.find((e) => e.type === 'automation' && e.comment === 'Status changed'),
    ).toBeDefined();
    expect(history.find((e) => e.type === 'notified')?.detail).toMatchObject({ to: ['ann'] });
  });
});

describe('periodic automations', () => {
  it('every N minutes, select tickets by a condition and act on them, once across processes', async () => {
    const { runtime, storage, advance } = timeSetup();
    await runtime.publish(
      desk({
        sla: [],
        automations: [
          {
            id: 'remind-big',
            every: 'PT1H',
            select: 'amount > 1000',
            actions: [{ type: 'comment', text: 'Big spend still open' }],
          },
        ],
      }),
      { actor: 'admin' },
    );
    const big = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'Server', amount: 5000 },
    });
    const small = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'Mouse', amount: 20 },
    });
    const other = timeSetup({ storage });
    other.set(T0);
    await Promise.all([runtime.tick(), other.runtime.tick()]);
    const reminders = async (id: string) =>
      (await runtime.history(id)).filter((e) => e.comment === 'Big spend still open').length;
    expect(await reminders(big.id)).toBe(1);
    expect(await reminders(small.id)).toBe(0);
    advance(30 * M);
    await runtime.tick();
    expect(await reminders(big.id)).toBe(1);
    advance(30 * M);
    await runtime.tick();
    expect(await reminders(big.id)).toBe(2);
  });
});

describe('auto-close and urge follow-ups', () => {
  it('closes a resolved ticket after autoClose, not one reopened meanwhile', async () => {
    const { runtime, storage, advance } = timeSetup();
    await runtime.publish(desk({ sla: [], autoClose: 'P2D' }), { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' });
    expect(await storage.listTimers(t.id)).toMatchObject([
      { kind: 'autoClose', dueAt: '2026-11-25T09:00:00.000Z' },
    ]);
    advance(24 * H);
    await runtime.tick();
    expect((await runtime.getTicket(t.id)).status).toBe('resolved');
    advance(24 * H);
    expect(await runtime.tick()).toEqual({ fired: 1, failed: 0 });
    expect(await runtime.getTicket(t.id)).toMatchObject({
      status: 'closed',
      closedAt: '2026-11-25T09:00:00.000Z',
    });
  });

  it('reminds the holder and their manager when an urged item is still open later', async () => {
    const { runtime, advance } = timeSetup({ urgeFollowUpMs: 2 * H });
    await runtime.publish(desk({ sla: [] }), { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    await runtime.act({ ticket: t.id, action: 'urge', actor: 'ann' });
    advance(H);
    await runtime.tick();
    expect(
      (await runtime.history(t.id)).filter((e) => e.detail?.reason === 'urgeFollowUp'),
    ).toEqual([]);
    advance(H);
    await runtime.tick();
    const follow = (await runtime.history(t.id)).filter((e) => e.detail?.reason === 'urgeFollowUp');
    expect(follow).toMatchObject([{ type: 'notified', nodeId: 'fix', detail: { to: ['eve'] } }]);
  });
});

describe('OLA on a step', () => {
  it('breaches when the step is not left in time and reassigns to a group', async () => {
    const { runtime, advance } = timeSetup();
    const def = desk({ sla: [] });
    const fix = def.nodes.find((n) => n.id === 'fix')!;
    fix.ola = {
      target: 'PT2H',
      warnAt: [50],
      onBreach: [{ type: 'assign', to: [{ group: 'desk' }] }],
    };
    await runtime.publish(def, { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    expect(t.sla).toMatchObject([
      {
        policy: 'ola:fix',
        target: 'ola',
        nodeId: 'fix',
        state: 'running',
        dueAt: '2026-11-23T11:00:00.000Z',
      },
    ]);
    advance(3 * H);
    await runtime.tick();
    const ticket = await runtime.getTicket(t.id);
    expect(ticket.sla[0]).toMatchObject({ state: 'breached' });
    expect((await runtime.tasks('kim')).map((w) => w.ticketId)).toEqual([t.id]);
  });
});

describe('scheduled tickets', () => {
  it('creates, lists and removes schedules, and tick raises their tickets', async () => {
    const { runtime, set } = timeSetup();
    await runtime.publish(desk({ sla: [] }), { actor: 'admin' });
    const entry = await runtime.schedules.create({
      id: 'backup-check',
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'Check the backups' },
      timeZone: 'Europe/Paris',
      start: '2026-11-23T11:00',
      frequency: 'daily',
    });
    expect(entry.next).toBe('2026-11-23T10:00:00.000Z');
    await expect(runtime.schedules.create(entry.schedule)).rejects.toBeInstanceOf(ConflictError);
    await expect(
      runtime.schedules.create({ ...entry.schedule, id: 'bad', start: 'soon' }),
    ).rejects.toBeInstanceOf(ValidationError);

    set(T0 + H + M); // 10:01Z: the 11:00 Paris run is due
    await runtime.tick();
    await runtime.tick();
    let page = await runtime.listTickets({ workflow: ['desk'] });
    expect(page.tickets.map((t) => t.data.summary)).toEqual(['Check the backups']);

    // Down for three days: the default policy (runOnce) raises one ticket for the missed runs.
    set(T0 + 3 * 24 * H + 2 * H);
    await runtime.tick();
    page = await runtime.listTickets({ workflow: ['desk'] });
    expect(page.tickets).toHaveLength(2);
    const [listed] = await runtime.schedules.list();
    expect(listed).toMatchObject({
      lastRunAt: '2026-11-26T11:00:00.000Z',
      next: '2026-11-27T10:00:00.000Z',
    });
    expect(await runtime.schedules.remove('backup-check')).toBe(true);
    expect(await runtime.schedules.list()).toEqual([]);
  });

  it("keeps why a run failed as a code, shown in the reader's language", async () => {
    const { runtime, set } = timeSetup();
    await runtime.publish(desk({ sla: [] }), { actor: 'admin' });
    await runtime.schedules.create({
      id: 'retired',
      workflow: 'retired-form',
      actor: 'ann',
      data: { summary: 'Check the backups' },
      timeZone: 'UTC',
      start: '2026-11-23T10:00',
      frequency: 'daily',
    });
    set(T0 + H);
    await runtime.tick();
    const [listed] = await runtime.schedules.list();
    expect(listed?.lastError).toMatchObject({ at: '2026-11-23T10:00:00.000Z', code: 'NOT_FOUND' });
    // The English text stays for logs; a Chinese admin reads the code's message.
    expect(listed?.lastError?.message).toMatch(/not published/);
    const zh = createI18n({ locale: 'zh-CN' }).errorMessage(listed?.lastError);
    expect(zh).toBe(runtimeMessagesZhCN['error.NOT_FOUND']);
    expect(zh).not.toMatch(/[A-Za-z]{2}/);
  });

  it('runAll raises every missed run, and two processes never raise one twice', async () => {
    const { runtime, storage, set } = timeSetup();
    const other = timeSetup({ storage });
    await runtime.publish(desk({ sla: [] }), { actor: 'admin' });
    await runtime.schedules.create({
      id: 'hourly',
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'Hourly' },
      timeZone: 'UTC',
      start: '2026-11-23T10:00',
      frequency: 'rrule',
      rrule: 'FREQ=HOURLY;COUNT=5',
      missed: 'runAll',
    });
    set(T0 + 6 * H);
    other.set(T0 + 6 * H);
    await Promise.all([runtime.tick(), other.runtime.tick()]);
    await runtime.tick();
    const page = await runtime.listTickets({ workflow: ['desk'] });
    expect(page.tickets).toHaveLength(5);
  });
});

describe('runtime.startTimers', () => {
  it('ticks in a loop and stops cleanly, waiting for a tick in progress', async () => {
    let ticks = 0;
    let running = false;
    const stop = startTimerLoop(
      async () => {
        running = true;
        await new Promise((r) => setTimeout(r, 5));
        ticks++;
        running = false;
      },
      { intervalMs: 1 },
    );
    // Two ticks done and a third under way (not a fixed wait: a loaded machine ticks slower).
    await vi.waitFor(() => expect(ticks >= 2 && running).toBe(true), { interval: 1 });
    await stop();
    expect(running).toBe(false);
    const after = ticks;
    expect(after).toBeGreaterThan(2);
    await new Promise((r) => setTimeout(r, 30));
    expect(ticks).toBe(after);
  });

  it('drives a runtime: a due SLA warning fires without calling tick by hand', async () => {
    const { runtime, advance } = timeSetup();
    await runtime.publish(desk(), { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    advance(31 * M);
    const errors: unknown[] = [];
    const stop = runtime.startTimers({ intervalMs: 5, onError: (e) => errors.push(e) });
    await vi.waitFor(async () => {
      expect((await runtime.history(t.id)).some((e) => e.type === 'slaWarning')).toBe(true);
    });
    await stop();
    expect(errors).toEqual([]);
  });
});

describe('on-call assignment with a rich rotation', () => {
  it('the onCall strategy skips a member on leave and honours hand-over times', async () => {
    const { runtime, set } = timeSetup({
      directory: memoryDirectory({
        users: USERS,
        rotas: [
          {
            id: 'noc',
            members: ['eve', 'sam', 'kim'],
            start: '2026-11-23T08:00',
            shift: 'PT12H',
            timeZone: 'Europe/Paris',
            handovers: ['08:00', '20:00'],
            leave: [{ user: 'sam', from: '2026-11-23T00:00', to: '2026-11-25T00:00' }],
          },
        ],
      }),
    });
    await runtime.publish(chain('page', [task('respond', { strategy: 'onCall', rota: 'noc' })]), {
      actor: 'admin',
    });
    set(Date.parse('2026-11-23T10:00:00Z')); // day shift: eve
    expect(
      (await runtime.startTicket({ workflow: 'page', actor: 'ann', data: { summary: 'a' } }))
        .assignees,
    ).toEqual(['eve']);
    set(Date.parse('2026-11-23T20:00:00Z')); // 21:00 Paris, night shift: sam is on leave → kim
    expect(
      (await runtime.startTicket({ workflow: 'page', actor: 'ann', data: { summary: 'b' } }))
        .assignees,
    ).toEqual(['kim']);
  });
});

describe('publishing time settings', () => {
  it('refuses SLA, OLA, timer and automation settings this runtime could not run', async () => {
    const { runtime } = timeSetup({
      calendars: { office: { timeZone: 'UTC', week: { mon: [['09:00', '17:00']] } } },
    });
    const def = desk({
      sla: [{ id: 'x', name: 'X', targets: { response: 'P1M' }, calendar: 'ofice' }],
      automations: [{ id: 'fast', every: 'PT1S', select: 'true', actions: [] }],
    });
    def.nodes[1]!.ola = { target: 'PT1H', calendar: 'nights' };
    const error = await runtime.publish(def, { actor: 'admin' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DefinitionError);
    expect((error as DefinitionError).issues.map((i) => [i.path, i.nodeId])).toEqual([
      ['/sla/0/targets/response', undefined],
      ['/sla/0/calendar', undefined],
      ['/nodes/1/ola/calendar', 'fix'],
      ['/automations/0/every', undefined],
    ]);
    expect((error as DefinitionError).message).toMatch(/years or months/);
    def.sla = [{ id: 'ok', name: 'OK', targets: { resolution: 'P2D' }, calendar: 'office' }];
    def.nodes[1]!.ola = { target: 'PT1H', calendar: 'office' };
    def.automations = [{ id: 'hourly', every: 'PT1H', select: 'true', actions: [] }];
    await expect(runtime.publish(def, { actor: 'admin' })).resolves.toEqual({
      key: 'desk',
      version: 1,
    });
  });
});
