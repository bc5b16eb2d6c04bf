import { HOUR, DAY } from './clock';
import { memoryPersistence } from './persistence';
import { actOn, activeSteps, claimAndSubmit, freshDesk, openItem } from './testing';

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
    // The ticket's priority (queues, dashboards, search) follows the form's priority field.
    expect(ticket.priority).toBe('P3');
    expect((await runtime.listTickets({ priority: ['P3'] })).tickets.map((t) => t.id)).toEqual([
      ticket.id,
    ]);
    expect((await openItem(desk, ticket, 'sam', 'resolve')).assignee).toBeUndefined();
    await claimAndSubmit(desk, ticket, 'sam', 'resolve', {
      resolution: 'Replaced the power adapter.',
      resolutionCode: 'fixed',
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
    await claimAndSubmit(desk, ticket, 'sam', 'plan');
    expect(await activeSteps(desk, ticket)).toEqual(['cab']);
    // One rejection: back to planning.
    await actOn(desk, ticket, 'carlos', 'cab', 'approve');
    expect(await activeSteps(desk, ticket)).toEqual(['cab']);
    await actOn(desk, ticket, 'chloe', 'cab', 'reject', { comment: 'Not during month end' });
    expect(await activeSteps(desk, ticket)).toEqual(['plan']);
    // Both approve: the implementation tasks run in parallel.
    await claimAndSubmit(desk, ticket, 'sam', 'plan');
    for (const member of ['carlos', 'chloe']) await actOn(desk, ticket, member, 'cab', 'approve');
    expect(await activeSteps(desk, ticket)).toEqual(['database', 'network']);
    await claimAndSubmit(desk, ticket, 'nina', 'network', { networkDone: true });
    await claimAndSubmit(desk, ticket, 'dan', 'database', { databaseDone: true });
    expect(await activeSteps(desk, ticket)).toEqual(['verify']);
    await claimAndSubmit(desk, ticket, 'tom', 'verify', { result: 'failed' });
    expect(await activeSteps(desk, ticket)).toEqual(['rollback']);
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
    await actOn(desk, ticket, 'victor', 'manager', 'approve');
    await actOn(desk, ticket, 'sofia', 'security', 'claim');
    await actOn(desk, ticket, 'sam', 'prepare', 'claim');
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
    // Victor requested the onboarding, so its access request is his: he may not approve it, and
    // its manager approval falls back to security (separation of duties).
    expect(child.requester).toBe('victor');
    expect(await runtime.tasks('victor', { ticketId: child.id })).toEqual([]);
    await actOn(desk, child, 'sofia', 'manager', 'approve');
    await claimAndSubmit(desk, child, 'sofia', 'security', { riskRating: 'low' });
    await claimAndSubmit(desk, child, 'sam', 'prepare', { accountName: 'bleroy' });
    const after = await runtime.getTicket(parent.id);
    expect(after.data.account).toBe('bleroy');
    expect(after.active).toEqual(['laptop']);
  });

  it('onboarding: a refused access request goes back to the service desk, then the laptop', async () => {
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
        accessLevel: 'write',
      },
    });
    const child = await runtime.getTicket((await runtime.getTicket(parent.id)).children[0]!);
    const approval = await openItem(desk, child, 'sofia', 'manager');
    await runtime.act({
      ticket: child.id,
      action: 'reject',
      actor: 'sofia',
      workItem: approval.id,
      reason: 'Write access to the CRM needs a training first.',
    });
    expect((await runtime.getTicket(child.id)).status).toBe('rejected');

    // The onboarding moves on: the service desk follows the refusal up with the manager.
    const refused = await runtime.getTicket(parent.id);
    expect(refused.status).toBe('open');
    expect(refused.active).toEqual(['access-refused']);
    expect(refused.data.account).toBeUndefined();
    const history = await runtime.history(parent.id);
    expect(history).toContainEqual(
      expect.objectContaining({ type: 'childFinished', outcome: 'rejected' }),
    );
    await claimAndSubmit(desk, refused, 'sam', 'access-refused', {
      accessFollowUp: 'Read access instead; Victor books the CRM training.',
    });
    // The new hire still needs a laptop for day one.
    expect((await runtime.getTicket(parent.id)).active).toEqual(['laptop']);
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
