import type { HistoryEvent, Runtime, Ticket } from '@deskkit/runtime';
import { createDesk } from './desk';
import { memoryPersistence } from './persistence';

const NOW = Date.parse('2026-12-07T10:00:00.000Z');

async function everyTicket(runtime: Runtime): Promise<Ticket[]> {
  const out: Ticket[] = [];
  for (let after: string | undefined; ;) {
    const page = await runtime.listTickets({ limit: 200, ...(after ? { after } : {}) });
    out.push(...page.tickets);
    if (!page.next) return out;
    after = page.next;
  }
}

describe('demo history', () => {
  it('a fresh desk gets weeks of tickets in every workflow, made by the runtime, with figures in every report', async () => {
    const desk = await createDesk({
      persistence: memoryPersistence(),
      saveDelayMs: 0,
      realNow: () => NOW,
      history: { days: 35, perDay: 8 },
    });
    const report = desk.seeded!;
    expect(report.refusals).toEqual([]);
    expect(report.tickets).toBeGreaterThan(150);
    const { runtime } = desk;
    const one = async (q: Parameters<typeof runtime.aggregate>[0]) =>
      (await runtime.aggregate(q)).groups;
    const byWorkflow = await one({ groupBy: ['workflow'] });
    expect(byWorkflow.map((g) => g.key.workflow)).toEqual([
      'access-request',
      'change-request',
      'incident',
      'onboarding',
      'password-reset',
      'problem',
    ]);
    const resolved = await one({ groupBy: [], metric: 'resolved' });
    expect(resolved[0]!.value).toBeGreaterThan(report.tickets / 2);
    for (const metric of [
      'resolveTime',
      'responseTime',
      'slaMetRate',
      'csat',
      'csatResponseRate',
      'firstContactRate',
      'reopenRate',
    ] as const) {
      const groups = await one({ groupBy: [], metric });
      expect(groups[0]?.value, metric).toBeGreaterThan(0);
    }
    expect((await one({ groupBy: [], metric: 'backlog' }))[0]?.value).toBeGreaterThan(0);
    // Agents, groups and priorities all show up in the breakdowns; some SLAs were missed.
    expect((await one({ groupBy: ['agent'], metric: 'resolved' })).length).toBeGreaterThan(2);
    expect((await one({ groupBy: ['priority'], metric: 'resolveTime' })).length).toBeGreaterThan(2);
    expect((await one({ groupBy: [], metric: 'slaMetRate' }))[0]!.value).toBeLessThan(1);

    // What a desk lives through: refusals with reasons, hand-offs, reopenings, breaches.
    const tickets = await everyTicket(runtime);
    const events: HistoryEvent[] = (
      await Promise.all(tickets.map((t) => runtime.history(t.id)))
    ).flat();
    const acted = (action: string) => events.filter((e) => e.action === action);
    expect(acted('reject').length).toBeGreaterThan(0);
    expect(acted('reject').every((e) => (e.reason ?? '').length > 5)).toBe(true);
    expect(acted('reassign').length).toBeGreaterThan(0);
    expect(acted('reopen').every((e) => (e.reason ?? '').length > 5)).toBe(true);
    expect(events.some((e) => e.type === 'slaBreached')).toBe(true);
    // The history reads in time order: the clock never went back.
    const created = tickets.map((t) => t.createdAt).sort();
    expect(Date.parse(created[0]!)).toBeGreaterThanOrEqual(NOW - 36 * 86_400_000);

    // Problems name their incidents and are linked to them; changes have planned windows, some
    // still ahead for the change calendar.
    const problems = tickets.filter((t) => t.workflow.key === 'problem');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect((p.data.incidents as string[]).length).toBeGreaterThan(0);
      expect(p.links?.some((l) => l.type === 'causes')).toBe(true);
    }
    const changes = tickets.filter((t) => t.workflow.key === 'change-request');
    expect(changes.every((c) => c.data.plannedEnd! > c.data.plannedStart!)).toBe(true);
    expect(changes.some((c) => Date.parse(String(c.data.plannedStart)) > NOW)).toBe(true);
    // An onboarding ran its access request as a subworkflow.
    expect(tickets.some((t) => t.workflow.key === 'access-request' && t.parent)).toBe(true);
  });

  it('makes the same desk again from the same seed', async () => {
    const make = async () => {
      const desk = await createDesk({
        persistence: memoryPersistence(),
        saveDelayMs: 0,
        realNow: () => NOW,
        history: { days: 10, perDay: 5 },
      });
      const groups = (await desk.runtime.aggregate({ groupBy: ['workflow'] })).groups;
      return groups.map((g) => [g.key.workflow, g.value]);
    };
    expect(await make()).toEqual(await make());
  });
});
