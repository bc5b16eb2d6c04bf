import { H, M, T0, desk, standard, timeSetup } from './time.testkit';

const types = <E extends { type: string }>(events: E[], ...wanted: string[]) =>
  events.filter((e) => wanted.includes(e.type));

describe('SLA clocks on tickets', () => {
  it('keeps Ticket.sla up to date on every command and schedules the next warning', async () => {
    const { runtime, storage, advance } = timeSetup();
    await runtime.publish(desk(), { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'VPN' },
    });
    expect(t.sla).toMatchObject([
      { policy: 'std', target: 'response', state: 'running', dueAt: '2026-11-23T10:00:00.000Z' },
      { policy: 'std', target: 'resolution', state: 'running', dueAt: '2026-11-23T13:00:00.000Z' },
    ]);
    expect(await storage.listTimers(t.id)).toMatchObject([
      { id: `sla:${t.id}`, kind: 'slaWarning', dueAt: '2026-11-23T09:30:00.000Z' },
    ]);

    advance(20 * M);
    const answered = await runtime.act({
      ticket: t.id,
      action: 'comment',
      actor: 'eve',
      comment: 'Looking',
    });
    expect(answered.sla[0]).toMatchObject({ target: 'response', state: 'met', elapsedMs: 20 * M });
    const met = types(await runtime.history(t.id), 'slaMet');
    expect(met).toMatchObject([{ detail: { policy: 'std', target: 'response' } }]);
    // Next: the resolution clock's 50 % warning at 11:00.
    expect(await storage.listTimers(t.id)).toMatchObject([{ dueAt: '2026-11-23T11:00:00.000Z' }]);

    advance(10 * M);
    await runtime.act({ ticket: t.id, action: 'hold', actor: 'eve', reason: 'wait' });
    const paused = await runtime.getTicket(t.id);
    expect(paused.sla[1]).toMatchObject({ state: 'paused', elapsedMs: 30 * M });
    expect(await storage.listTimers(t.id)).toEqual([]);
    advance(5 * H);
    const resumed = await runtime.act({ ticket: t.id, action: 'resume', actor: 'eve' });
    expect(resumed.sla[1]).toMatchObject({
      state: 'running',
      elapsedMs: 30 * M,
      dueAt: new Date(T0 + 9 * H).toISOString(),
    });
  });

  it('fires warnings, then a breach that happened while no process ran, once, with its actions', async () => {
    const { runtime, advance } = timeSetup();
    await runtime.publish(desk(), { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'VPN' },
    });

    advance(31 * M);
    expect(await runtime.tick()).toEqual({ fired: 1, failed: 0 });
    let history = await runtime.history(t.id);
    expect(types(history, 'slaWarning', 'notified')).toMatchObject([
      { type: 'slaWarning', detail: { policy: 'std', target: 'response', threshold: 50 } },
      { type: 'notified', detail: { to: ['max'], message: 'SLA at risk' } },
    ]);

    // Nobody ticks for five hours: both clocks breach meanwhile.
    advance(5 * H);
    expect(await runtime.tick()).toEqual({ fired: 1, failed: 0 });
    expect(await runtime.tick()).toEqual({ fired: 0, failed: 0 });
    history = await runtime.history(t.id);
    expect(types(history, 'slaBreached').map((e) => e.detail?.target)).toEqual([
      'response',
      'resolution',
    ]);
    expect(types(history, 'slaWarning')).toHaveLength(1); // late warnings are not fired after a breach
    const ticket = await runtime.getTicket(t.id);
    expect(ticket.priority).toBe('high'); // raised twice: low → medium → high
    expect(ticket.sla.map((c) => c.state)).toEqual(['breached', 'breached']);
    const [item] = await runtime.tasks('max');
    expect(item).toMatchObject({ ticketId: t.id, candidates: ['max', 'eve', 'sam'] });
  });

  it.each([
    ['restart', 3 * H],
    ['retroactive', 2 * H],
    ['carry', 2 * H],
  ] as const)('a priority raised by a trigger switches policy (%s)', async (mode, due) => {
    const { runtime, advance } = timeSetup();
    const urgent = {
      id: 'urgent',
      name: 'Urgent',
      when: "$ticket.priority = 'critical'",
      targets: { resolution: 'PT2H' },
      onPolicyChange: mode,
    };
    const raise = {
      id: 'big-spend',
      on: ['action' as const],
      when: 'amount > 1000',
      actions: [{ type: 'setPriority' as const, value: "'critical'" }],
    };
    await runtime.publish(desk({ sla: [urgent, standard], triggers: [raise] }), { actor: 'admin' });
    const t = await runtime.startTicket({
      workflow: 'desk',
      actor: 'ann',
      data: { summary: 'Server', amount: 5000 },
    });
    advance(H);
    const after = await runtime.act({
      ticket: t.id,
      action: 'comment',
      actor: 'eve',
      comment: 'On it',
    });
    expect(after.priority).toBe('critical');
    expect(after.sla).toMatchObject([
      { policy: 'std', target: 'response', state: 'met' },
      {
        policy: 'urgent',
        target: 'resolution',
        state: 'running',
        dueAt: new Date(T0 + due).toISOString(),
      },
    ]);
  });
});

describe('cancelled SLA clocks', () => {
  it('stay on the ticket as cancelled when the ticket is cancelled; met clocks stay met', async () => {
    const { runtime, storage, advance } = timeSetup();
    const d = desk();
    d.nodes[1]?.actions?.push('cancel');
    await runtime.publish(d, { actor: 'admin' });
    const t = await runtime.startTicket({ workflow: 'desk', actor: 'ann', data: { summary: 'x' } });
    advance(20 * M);
    await runtime.act({ ticket: t.id, action: 'comment', actor: 'eve', comment: 'On it' });
    advance(H);
    const gone = await runtime.act({ ticket: t.id, action: 'cancel', actor: 'ann' });
    expect(gone.sla).toMatchObject([
      { target: 'response', state: 'met', elapsedMs: 20 * M },
      {
        target: 'resolution',
        state: 'cancelled',
        cancelledAt: new Date(T0 + 80 * M).toISOString(),
        elapsedMs: 80 * M,
      },
    ]);
    expect(await storage.listTimers(t.id)).toEqual([]);
    // Hours later nothing breaches or warns, and the stored clocks are unchanged.
    advance(10 * H);
    await runtime.tick();
    const later = await runtime.getTicket(t.id);
    expect(later.sla).toEqual(gone.sla);
    expect(types(await runtime.history(t.id), 'slaWarning', 'slaBreached')).toEqual([]);
    const found = await runtime.listTickets({ sla: { state: ['cancelled'] } });
    expect(found.tickets.map((x) => x.id)).toEqual([t.id]);
    expect((await runtime.listTickets({ sla: { target: ['resolution'] } })).tickets).toEqual([]);
  });
});
