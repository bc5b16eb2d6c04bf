import {
  businessCalendar,
  SIMULATION_START,
  simulatedCheck,
  simulatedParent,
  simulatedPeople,
  simulatedRequest,
} from './fixtures';
import { createSimulation } from './simulation';

const HOUR = 3_600_000;

function simulate() {
  return createSimulation({
    definition: simulatedRequest(),
    people: simulatedPeople,
    calendars: { business: businessCalendar },
    start: SIMULATION_START,
  });
}

describe('createSimulation', () => {
  it('runs the definition on sample data: the SLA warns, then breaches as time advances', async () => {
    const sim = simulate();
    const seen: string[] = [];
    sim.subscribe(() => seen.push(sim.getSnapshot().now));
    await sim.start({ requester: 'ann', data: { summary: 'Printer jam', priority: 'low' } });
    let s = sim.getSnapshot();
    expect(s.error).toBeNull();
    expect(s.ticket?.active).toEqual(['fix']);
    expect(s.items.map((w) => [w.nodeId, w.assignee])).toEqual([['fix', 'kim']]);
    expect(s.ticket?.sla).toEqual([
      expect.objectContaining({
        policy: 'resolve',
        state: 'running',
        dueAt: '2026-11-23T13:00:00.000Z',
      }),
    ]);
    expect(await sim.actionsFor('kim')).toContain('submit');
    expect(await sim.actionsFor('ann')).not.toContain('submit');

    await sim.advance(2 * HOUR);
    s = sim.getSnapshot();
    expect(s.now).toBe('2026-11-23T11:00:00.000Z');
    expect(s.history.filter((e) => e.type === 'slaWarning')).toHaveLength(1);
    await sim.advance(3 * HOUR);
    s = sim.getSnapshot();
    expect(s.history.map((e) => e.type)).toContain('slaBreached');
    expect(s.ticket?.sla[0]?.state).toBe('breached');
    expect(seen.length).toBeGreaterThan(0);
  });

  it('takes the branch the condition picks, and each step is worked by who holds it', async () => {
    const sim = simulate();
    await sim.start({ requester: 'ann', data: { summary: 'Server down', priority: 'high' } });
    const [fix] = sim.getSnapshot().items;
    await sim.act({ actor: 'kim', action: 'submit', workItem: fix!.id });
    let s = sim.getSnapshot();
    const entered = s.history.filter((e) => e.type === 'entered');
    expect(entered.at(-1)).toMatchObject({ nodeId: 'approve', detail: { edge: 'high' } });
    expect(s.items.map((w) => [w.nodeId, w.candidates ?? [w.assignee]])).toEqual([
      ['approve', ['max']],
    ]);
    // Someone else may not approve: the refusal is shown, the run goes on.
    await sim.act({ actor: 'kim', action: 'approve', workItem: s.items[0]!.id });
    expect(sim.getSnapshot().error).toMatch(/kim|approve/i);
    await sim.act({ actor: 'max', action: 'approve', workItem: s.items[0]!.id });
    s = sim.getSnapshot();
    expect(s.error).toBeNull();
    expect(s.ticket?.status).toBe('resolved');
  });

  it('reports why a definition cannot run', async () => {
    const broken = { ...simulatedRequest(), edges: [] };
    const sim = createSimulation({
      definition: broken,
      people: simulatedPeople,
      start: SIMULATION_START,
    });
    await sim.start({ requester: 'ann', data: { summary: 'x' } });
    const s = sim.getSnapshot();
    expect(s.ticket).toBeNull();
    expect(s.error).toMatch(/cannot be published/);
    expect(s.issues.length).toBeGreaterThan(0);
  });

  it('runs the host functions automation steps call and the sub-workflows steps start', async () => {
    const loaded: Array<[string, number | undefined]> = [];
    const sim = createSimulation({
      definition: simulatedParent(),
      people: simulatedPeople,
      start: SIMULATION_START,
      handlers: { lookupAsset: (input) => ({ asset: `Asset for ${String(input.what)}` }) },
      async loadWorkflow(key, version) {
        loaded.push([key, version]);
        return simulatedCheck();
      },
    });
    await sim.start({ requester: 'ann', data: { summary: 'Swap my laptop' } });
    let s = sim.getSnapshot();
    expect(s.error).toBeNull();
    // The pinned version 3 is loaded from the host and runs as the simulation's own version.
    expect(loaded).toEqual([['sim-check', 3]]);
    expect(s.ticket?.data.asset).toBe('Asset for Swap my laptop');
    expect(s.ticket?.active).toEqual(['check']);
    expect(s.children.map((c) => [c.workflow.key, c.active, c.data.summary])).toEqual([
      ['sim-check', ['scan'], 'Swap my laptop'],
    ]);
    // The child's step is in the work list; acting on it acts on the child ticket.
    const [scan] = s.items;
    expect(scan).toMatchObject({ nodeId: 'scan', ticketId: s.children[0]!.id });
    expect(await sim.actionsFor('kim', scan!.ticketId)).toContain('submit');
    await sim.act({ actor: 'kim', action: 'submit', workItem: scan!.id });
    s = sim.getSnapshot();
    expect(s.error).toBeNull();
    expect(s.children[0]?.status).toBe('resolved');
    expect(s.ticket?.status).toBe('resolved');
    expect(s.history.some((e) => e.ticketId === s.children[0]!.id)).toBe(true);
  });

  it('says so when a sub-workflow cannot be loaded', async () => {
    const sim = createSimulation({
      definition: simulatedParent(),
      people: simulatedPeople,
      start: SIMULATION_START,
      handlers: { lookupAsset: () => ({}) },
    });
    await sim.start({ requester: 'ann', data: { summary: 'x' } });
    expect(sim.getSnapshot().error).toMatch(/sim-check/);
  });
});
