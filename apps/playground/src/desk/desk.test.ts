import type { Ticket } from '@deskkit/runtime';
import { createDesk, type Desk } from './desk';
import { HOUR, DAY } from './clock';
import { memoryPersistence, type DeskPersistence } from './persistence';

// A Monday 10:00 in Paris, so business-hours SLA clocks run from the start.
const MONDAY_10_PARIS = Date.parse('2026-11-23T09:00:00.000Z');

async function freshDesk(persistence: DeskPersistence = memoryPersistence()): Promise<Desk> {
  return createDesk({ persistence, saveDelayMs: 0, realNow: () => MONDAY_10_PARIS });
}

async function openItem(desk: Desk, ticket: Ticket, actor: string, nodeId: string) {
  const items = await desk.runtime.tasks(actor, { ticketId: ticket.id, state: ['open'] });
  const item = items.find((i) => i.nodeId === nodeId);
  if (!item) throw new Error(`${actor} has no open work item at ${nodeId} on ${ticket.number}`);
  return item;
}

describe('demo desk (headless)', () => {
  it('publishes every demo workflow and lists the catalog by who may start', async () => {
    const desk = await freshDesk();
    const forAlice = (await desk.runtime.catalog('alice')).map((e) => e.key).sort();
    const forSam = (await desk.runtime.catalog('sam')).map((e) => e.key).sort();
    expect(forAlice).toEqual(['access-request', 'incident', 'password-reset']);
    expect(forSam).toEqual([
      'access-request',
      'change-request',
      'incident',
      'password-reset',
      'problem',
    ]);
    const incident = (await desk.runtime.catalog('alice')).find((e) => e.key === 'incident');
    expect(incident?.path).toEqual(['IT support', 'Something is broken']);
  });

  it('incident: a template pre-fills, an agent claims and resolves, the requester sees it resolved', async () => {
    const desk = await freshDesk();
    const { runtime } = desk;
    const ticket = await runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'laptop-dead',
    });
    expect(ticket.number).toMatch(/^INC-/);
    expect(ticket.data.summary).toBe('My laptop does not start');
    const queued = await openItem(desk, ticket, 'sam', 'resolve');
    expect(queued.assignee).toBeUndefined();
    await runtime.act({ ticket: ticket.id, action: 'claim', actor: 'sam', workItem: queued.id });
    await runtime.act({
      ticket: ticket.id,
      action: 'submit',
      actor: 'sam',
      workItem: queued.id,
      data: { resolution: 'Replaced the power adapter.', resolutionCode: 'fixed' },
    });
    const seen = await runtime.viewTicket(ticket.id, 'alice');
    expect(seen.ticket.status).toBe('resolved');
    expect(seen.form.permissions.internalNotes).toBeUndefined();
    const agentView = await runtime.viewTicket(ticket.id, 'sam');
    expect(agentView.form.permissions.internalNotes).toBe('read');
  });

  it('incident: a P1 goes to whoever is on call on the network rota', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: {
        summary: 'Whole floor offline',
        priority: 'P1',
        category: 'network',
        affectedService: 'CI-4001',
      },
    });
    const onCall = await desk.directory.onCall('network-oncall', desk.clock.now());
    const [item] = await desk.runtime.tasks(onCall[0]!, { ticketId: ticket.id });
    expect(item?.nodeId).toBe('major');
    expect(item?.assignee).toBe(onCall[0]);
  });

  it('incident SLA: moving the clock turns the resolution clock to warning, then breached', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      data: { summary: 'Payments API down', priority: 'P1', category: 'software' },
    });
    const resolution = async () =>
      (await desk.runtime.getTicket(ticket.id)).sla.find((c) => c.target === 'resolution');
    expect((await resolution())?.state).toBe('running');
    await desk.advanceClock(2 * HOUR);
    const warned = await resolution();
    expect(warned?.state).toBe('running');
    expect(warned?.warned).toBeGreaterThanOrEqual(50);
    await desk.advanceClock(DAY);
    expect((await resolution())?.state).toBe('breached');
  });

  it('the weekly schedule raises its ticket when the clock passes Monday 09:00', async () => {
    const desk = await freshDesk();
    const [entry] = await desk.runtime.schedules.list();
    expect(entry?.next).toBe('2026-11-30T08:00:00.000Z');
    await desk.advanceClock(7 * DAY);
    const raised = await desk.runtime.listTickets({ requester: 'lea' });
    expect(raised.tickets.map((t) => t.title)).toEqual(['Weekly check: review the backup reports']);
  });

  it('password reset: the automation calls the host handler and resolves the ticket', async () => {
    const desk = await freshDesk();
    const ticket = await desk.runtime.startTicket({
      workflow: 'password-reset',
      actor: 'alice',
      data: { system: 'vpn', verification: 'sms', mobile: '+33 6 12 34 56 78' },
    });
    expect(ticket.status).toBe('resolved');
    expect(ticket.data.resetLink).toMatch(/^https:\/\/id\.example\.com\/reset\//);
    const admin = await desk.runtime.startTicket({
      workflow: 'password-reset',
      actor: 'alice',
      data: { system: 'admin', verification: 'manager' },
    });
    expect(admin.status).toBe('open');
    expect(admin.active).toEqual(['manual']);
  });

  it('change request: CAB countersign, one rejection sends it back, parallel implementation, rollback on failure', async () => {
    const desk = await freshDesk();
    const { runtime } = desk;
    const ticket = await runtime.startTicket({
      workflow: 'change-request',
      actor: 'sam',
      template: 'firewall',
      data: { plannedStart: '2026-11-28T20:00:00.000Z', plannedEnd: '2026-11-28T22:00:00.000Z' },
    });
    expect(ticket.number).toMatch(/^CHG-/);
    const plan = async () => {
      const item = await openItem(desk, ticket, 'sam', 'plan');
      await runtime.act({ ticket: ticket.id, action: 'claim', actor: 'sam', workItem: item.id });
      await runtime.act({ ticket: ticket.id, action: 'submit', actor: 'sam', workItem: item.id });
    };
    await plan();
    expect((await runtime.getTicket(ticket.id)).active).toEqual(['cab']);
    // One rejection: back to planning.
    const carlos = await openItem(desk, ticket, 'carlos', 'cab');
    await runtime.act({
      ticket: ticket.id,
      action: 'approve',
      actor: 'carlos',
      workItem: carlos.id,
    });
    expect((await runtime.getTicket(ticket.id)).active).toEqual(['cab']);
    const chloe = await openItem(desk, ticket, 'chloe', 'cab');
    await runtime.act({
      ticket: ticket.id,
      action: 'reject',
      actor: 'chloe',
      workItem: chloe.id,
      comment: 'Not during month end',
    });
    expect((await runtime.getTicket(ticket.id)).active).toEqual(['plan']);
    // Both approve: the implementation tasks run in parallel.
    await plan();
    for (const member of ['carlos', 'chloe']) {
      const item = await openItem(desk, ticket, member, 'cab');
      await runtime.act({ ticket: ticket.id, action: 'approve', actor: member, workItem: item.id });
    }
    expect([...(await runtime.getTicket(ticket.id)).active].sort()).toEqual([
      'database',
      'network',
    ]);
    for (const [user, node, field] of [
      ['nina', 'network', 'networkDone'],
      ['dan', 'database', 'databaseDone'],
    ] as const) {
      const item = await openItem(desk, ticket, user, node);
      await runtime.act({ ticket: ticket.id, action: 'claim', actor: user, workItem: item.id });
      await runtime.act({
        ticket: ticket.id,
        action: 'submit',
        actor: user,
        workItem: item.id,
        data: { [field]: true },
      });
    }
    expect((await runtime.getTicket(ticket.id)).active).toEqual(['verify']);
    const verify = await openItem(desk, ticket, 'tom', 'verify');
    await runtime.act({ ticket: ticket.id, action: 'claim', actor: 'tom', workItem: verify.id });
    await runtime.act({
      ticket: ticket.id,
      action: 'submit',
      actor: 'tom',
      workItem: verify.id,
      data: { result: 'failed' },
    });
    expect((await runtime.getTicket(ticket.id)).active).toEqual(['rollback']);
  });

  it('access request: at the parallel step the assessment is editable for security and hidden from the agent', async () => {
    const desk = await freshDesk();
    const { runtime } = desk;
    const ticket = await runtime.startTicket({
      workflow: 'access-request',
      actor: 'alice',
      template: 'crm-read',
      data: { beneficiary: 'alice', approver: 'victor' },
    });
    const approval = await openItem(desk, ticket, 'victor', 'manager');
    await runtime.act({
      ticket: ticket.id,
      action: 'approve',
      actor: 'victor',
      workItem: approval.id,
    });
    for (const [user, node] of [
      ['sofia', 'security'],
      ['sam', 'prepare'],
    ] as const) {
      const item = await openItem(desk, ticket, user, node);
      await runtime.act({ ticket: ticket.id, action: 'claim', actor: user, workItem: item.id });
    }
    const security = await runtime.viewTicket(ticket.id, 'sofia');
    const agent = await runtime.viewTicket(ticket.id, 'sam');
    expect(security.form.permissions.securityAssessment).toBe('edit');
    expect(agent.form.permissions.securityAssessment).toBeUndefined();
    expect(agent.form.schema.properties?.securityAssessment).toBeUndefined();
  });

  it('onboarding starts an access request as a subworkflow and copies the account back', async () => {
    const desk = await freshDesk();
    const { runtime } = desk;
    const parent = await runtime.startTicket({
      workflow: 'onboarding',
      actor: 'victor',
      data: {
        newHire: 'bruno',
        startDate: '2026-12-01',
        manager: 'victor',
        primarySystem: 'CI-1001',
        accessLevel: 'read',
      },
    });
    const started = await runtime.getTicket(parent.id);
    expect(started.children).toHaveLength(1);
    const child = await runtime.getTicket(started.children[0]!);
    expect(child.workflow.key).toBe('access-request');
    expect(child.data).toMatchObject({
      beneficiary: 'bruno',
      system: 'CI-1001',
      approver: 'victor',
    });
    const approval = await openItem(desk, child, 'victor', 'manager');
    await runtime.act({
      ticket: child.id,
      action: 'approve',
      actor: 'victor',
      workItem: approval.id,
    });
    const security = await openItem(desk, child, 'sofia', 'security');
    await runtime.act({ ticket: child.id, action: 'claim', actor: 'sofia', workItem: security.id });
    await runtime.act({
      ticket: child.id,
      action: 'submit',
      actor: 'sofia',
      workItem: security.id,
      data: { riskRating: 'low' },
    });
    const prepare = await openItem(desk, child, 'sam', 'prepare');
    await runtime.act({ ticket: child.id, action: 'claim', actor: 'sam', workItem: prepare.id });
    await runtime.act({
      ticket: child.id,
      action: 'submit',
      actor: 'sam',
      workItem: prepare.id,
      data: { accountName: 'bleroy' },
    });
    const after = await runtime.getTicket(parent.id);
    expect(after.data.account).toBe('bleroy');
    expect(after.active).toEqual(['laptop']);
  });

  it('problem: links incidents by number', async () => {
    const desk = await freshDesk();
    const { runtime } = desk;
    const incident = await runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'vpn-down',
    });
    const problem = await runtime.startTicket({
      workflow: 'problem',
      actor: 'lea',
      data: { summary: 'VPN gateway drops sessions', incidents: [incident.number] },
    });
    expect(problem.number).toMatch(/^PRB-/);
    expect(problem.active).toEqual(['investigate']);
    await expect(
      runtime.startTicket({
        workflow: 'problem',
        actor: 'alice',
        data: { summary: 'x', incidents: [] },
      }),
    ).rejects.toThrow();
  });

  it('survives a reload: the snapshot and the clock are saved and restored', async () => {
    const persistence = memoryPersistence();
    const desk = await freshDesk(persistence);
    const ticket = await desk.runtime.startTicket({
      workflow: 'incident',
      actor: 'alice',
      template: 'email-slow',
    });
    desk.clock.advance(HOUR);
    await desk.flush();
    const again = await freshDesk(persistence);
    expect((await again.runtime.getTicket(ticket.id)).number).toBe(ticket.number);
    expect(again.clock.offsetMs).toBe(HOUR);
    await again.forget();
    const fresh = await freshDesk(persistence);
    await expect(fresh.runtime.getTicket(ticket.id)).rejects.toThrow();
  });
});
