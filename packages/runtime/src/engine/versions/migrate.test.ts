import type { Assignment } from '../../definition/definition.types';
import { approval, chain, setup, task } from '../testkit';

const eve: Assignment = { strategy: 'fixed', to: [{ user: 'eve' }] };

describe('runtime.migrateTickets', () => {
  it('blocks a step of another type, another version and an unknown ticket, and says why', async () => {
    const { runtime } = setup();
    await runtime.publish(chain('mig', [task('work', eve)]), { actor: 'admin' });
    const t = await runtime.startTicket({ workflow: 'mig', actor: 'ann', data: { summary: 'x' } });
    // v2: "work" is an approval now.
    await runtime.publish(chain('mig', [approval('work', { mode: 'single' }, eve)]), {
      actor: 'admin',
    });
    const plan = await runtime.migrateTickets({
      workflow: 'mig',
      from: 1,
      tickets: [t.id, 'nope'],
      dryRun: true,
      actor: 'admin',
    });
    expect(plan.tickets.map((r) => [r.outcome, r.reasons.map((x) => x.code)])).toEqual([
      ['blocked', ['NODE_TYPE_CHANGED']],
      ['blocked', ['NOT_FOUND']],
    ]);
    expect(plan.tickets[0]!.reasons[0]!.message).toBe(
      'Step "Task work" is of type task and "Approval work" of type approval; map it to a step of type task.',
    );
    // A ticket already on version 2 is not on version 1.
    await runtime.publish(chain('mig', [task('work', eve), task('more', eve)]), {
      actor: 'admin',
    });
    const fresh = await runtime.startTicket({
      workflow: 'mig',
      actor: 'ann',
      data: { summary: 'y' },
    });
    const other = await runtime.migrateTickets({
      workflow: 'mig',
      from: 2,
      tickets: [fresh.id],
      dryRun: true,
      actor: 'admin',
    });
    expect(other.tickets[0]!.reasons.map((r) => r.code)).toEqual(['OTHER_VERSION']);
    // Moving to the version it is on is refused as a whole.
    await expect(
      runtime.migrateTickets({ workflow: 'mig', from: 3, to: 3, actor: 'admin' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    // From version 1 to 3 (same step ids): the ticket moves and its work stays with eve.
    const moved = await runtime.migrateTickets({ workflow: 'mig', from: 1, actor: 'admin' });
    expect(moved).toMatchObject({ to: 3, tickets: [{ ticketId: t.id, outcome: 'moved' }] });
    const [item] = await runtime.tasks('eve', { ticketId: t.id });
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', workItem: item!.id });
    expect((await runtime.getTicket(t.id)).active).toEqual(['more']);
  });
});
