import { createRuntime } from '../../engine/runtime';
import { chain, task } from '../../engine/testkit';
import { memoryDirectory } from '../../directory/memory';
import { memoryStorage } from './memory';
import type { MemoryChange, MemorySnapshot } from './memory.types';

describe('memoryStorage snapshots', () => {
  it('keeps drafts, and reads snapshots written before drafts existed', async () => {
    const storage = memoryStorage();
    const runtime = createRuntime({ storage, publishers: 'anyone' });
    const draft = await runtime.saveDraft(chain('wip', [task('w')]), { actor: 'ann' });
    const snapshot = JSON.parse(JSON.stringify(storage.exportSnapshot())) as MemorySnapshot;
    const restored = createRuntime({ storage: memoryStorage({ snapshot }), publishers: 'anyone' });
    expect(await restored.getDraft('wip', { actor: 'ann' })).toEqual(draft);
    delete snapshot.drafts;
    expect(await memoryStorage({ snapshot }).listDrafts()).toEqual([]);
  });

  it('exports everything as JSON and continues from it in a new adapter', async () => {
    const changes: MemoryChange[] = [];
    const storage = memoryStorage({ onChange: (c) => changes.push(c) });
    const directory = memoryDirectory({ users: [{ id: 'ann' }, { id: 'eve' }] });
    const runtime = createRuntime({ storage, directory, publishers: 'anyone' });
    await runtime.publish(
      chain('snap', [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })]),
      { actor: 'ann' },
    );
    const t = await runtime.startTicket({
      workflow: 'snap',
      actor: 'ann',
      data: { summary: 'x' },
      requestId: 'req-1',
    });
    expect(changes.map((c) => c.kind)).toEqual(['definition', 'sequence', 'commit']);

    const json = JSON.stringify(storage.exportSnapshot());
    const restored = memoryStorage({ snapshot: JSON.parse(json) as MemorySnapshot });
    const again = createRuntime({ storage: restored, directory });
    expect(await again.getTicket(t.id)).toEqual(t);
    expect((await again.tasks('eve')).map((w) => w.ticketId)).toEqual([t.id]);
    expect((await again.history(t.id)).length).toBe((await runtime.history(t.id)).length);
    // Counters and request ids survive: no duplicate number, no second ticket for a retried request.
    expect(
      (await again.startTicket({ workflow: 'snap', actor: 'ann', data: { summary: 'y' } })).number,
    ).toMatch(/-0002$/);
    expect(
      (
        await again.startTicket({
          workflow: 'snap',
          actor: 'ann',
          data: { summary: 'x' },
          requestId: 'req-1',
        })
      ).id,
    ).toBe(t.id);
    await again.act({ ticket: t.id, action: 'submit', actor: 'eve' });
    expect((await runtime.getTicket(t.id)).status).toBe('open'); // the original adapter is separate
  });

  it('importSnapshot replaces the content; a foreign document is refused', async () => {
    const a = memoryStorage();
    await a.nextSequence('n');
    const b = memoryStorage();
    const seen: string[] = [];
    const c = memoryStorage({ onChange: (x) => seen.push(x.kind) });
    c.importSnapshot(a.exportSnapshot());
    expect(await c.nextSequence('n')).toBe(2);
    expect(seen).toEqual(['import', 'sequence']);
    expect(() => b.importSnapshot({ format: 'other' } as unknown as MemorySnapshot)).toThrow(
      /not a Deskkit memory snapshot/,
    );
  });

  it('keeps timer leases in snapshots', async () => {
    const a = memoryStorage();
    await a.commit({
      tickets: [],
      events: [],
      timers: {
        schedule: [{ id: 'x', kind: 'timerNode', dueAt: '2020-01-01T00:00:00Z', payload: {} }],
      },
    });
    expect(await a.claimDueTimers(new Date('2026-01-01T00:00:00Z'), 'A', 60_000, 10)).toHaveLength(
      1,
    );
    const b = memoryStorage({
      snapshot: JSON.parse(JSON.stringify(a.exportSnapshot())) as MemorySnapshot,
    });
    expect(await b.claimDueTimers(new Date('2026-01-01T00:00:30Z'), 'B', 60_000, 10)).toEqual([]);
    expect(await b.completeTimer('x', 'A')).toBe(true);
  });
});
