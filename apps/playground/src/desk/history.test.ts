import { createDesk } from './desk';
import { memoryPersistence } from './persistence';

const NOW = Date.parse('2026-12-07T10:00:00.000Z');

describe('demo history', () => {
  it('a fresh desk gets weeks of tickets made by the runtime, with figures in every report', async () => {
    const desk = await createDesk({
      persistence: memoryPersistence(),
      saveDelayMs: 0,
      realNow: () => NOW,
      history: { days: 21, perDay: 5 },
    });
    const report = desk.seeded!;
    expect(report.tickets).toBeGreaterThan(60);
    const { runtime } = desk;
    const one = async (q: Parameters<typeof runtime.aggregate>[0]) =>
      (await runtime.aggregate(q)).groups;
    const byWorkflow = await one({ groupBy: ['workflow'] });
    expect(byWorkflow.map((g) => g.key.workflow)).toEqual([
      'change-request',
      'incident',
      'password-reset',
    ]);
    const resolved = await one({ groupBy: [], metric: 'resolved' });
    expect(resolved[0]!.value).toBeGreaterThan(report.tickets / 2);
    for (const metric of [
      'resolveTime',
      'responseTime',
      'slaMetRate',
      'csat',
      'firstContactRate',
    ] as const) {
      const groups = await one({ groupBy: [], metric });
      expect(groups[0]?.value, metric).toBeGreaterThan(0);
    }
    expect((await one({ groupBy: [], metric: 'backlog' }))[0]?.value).toBeGreaterThan(0);
    // Agents, groups and priorities all show up in the breakdowns.
    expect((await one({ groupBy: ['agent'], metric: 'resolved' })).length).toBeGreaterThan(2);
    expect((await one({ groupBy: ['priority'], metric: 'resolveTime' })).length).toBeGreaterThan(2);
  });
});
