import { createRuntime } from './runtime';
import { memoryDirectory } from '../directory/memory';
import { memoryStorage } from '../storage/memory/memory';
import { PermissionError } from '../errors/errors';
import { USERS, approval, chain, setup, task } from './testkit';

const start = (
  runtime: ReturnType<typeof setup>['runtime'],
  workflow: string,
  data: Record<string, unknown> = {},
) => runtime.startTicket({ workflow, actor: 'ann', data: { summary: 'x', ...data } });

describe('assignment strategies', () => {
  it('claim: candidates share a queue; one claims, may release, and only the holder acts', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('q', [task('work', { strategy: 'claim', to: [{ group: 'desk' }] })]),
      { actor: 'admin' },
    );
    const t = await start(runtime, 'q');
    expect(t.assignees).toEqual([]);
    const [queued] = await runtime.tasks('kim');
    expect(queued).toMatchObject({ queue: true, candidates: ['eve', 'sam', 'kim'] });
    expect(queued?.assignee).toBeUndefined();
    await expect(
      runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' }),
    ).rejects.toBeInstanceOf(PermissionError);
    const claimed = await runtime.act({ ticket: t.id, action: 'claim', actor: 'kim' });
    expect(claimed.assignees).toEqual(['kim']);
    expect(await runtime.tasks('eve')).toEqual([]);
    await expect(
      runtime.act({ ticket: t.id, action: 'claim', actor: 'eve' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await expect(
      runtime.act({ ticket: t.id, action: 'release', actor: 'eve' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await runtime.act({ ticket: t.id, action: 'release', actor: 'kim' });
    expect((await runtime.tasks('eve')).map((w) => w.ticketId)).toEqual([t.id]);
    await runtime.act({ ticket: t.id, action: 'claim', actor: 'eve' });
    expect((await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' })).status).toBe(
      'resolved',
    );
    const types = (await runtime.history(t.id))
      .filter((e) => e.type === 'action')
      .map((e) => `${e.action}:${e.actor}`);
    expect(types).toEqual(['claim:kim', 'release:kim', 'claim:eve', 'submit:eve']);
  });

  it('fixed: one user holds it; several users may each act on it', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('fx', [
        task('a', { strategy: 'fixed', to: [{ user: 'eve' }] }),
        task('b', { strategy: 'fixed', to: [{ role: 'manager' }, { user: 'kim' }] }),
      ]),
      { actor: 'admin' },
    );
    const t = await start(runtime, 'fx');
    expect(t.assignees).toEqual(['eve']);
    const t2 = await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' });
    expect(t2.assignees).toEqual([]);
    expect((await runtime.tasks('kim'))[0]?.candidates).toEqual(['max', 'kim']);
    expect((await runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' })).status).toBe(
      'resolved',
    );
  });

  it('a task without an assignment goes back to the requester', async () => {
    const { runtime } = setup();
    await runtime.publish(chain('self', [task('confirm')]), { actor: 'admin' });
    expect((await start(runtime, 'self')).assignees).toEqual(['ann']);
  });

  it('roundRobin: takes turns, and the cursor survives a new runtime on the same storage', async () => {
    const storage = memoryStorage();
    const directory = memoryDirectory({ users: USERS });
    const make = () => createRuntime({ storage, directory, publishers: 'anyone' });
    const r1 = make();
    await r1.publish(
      chain('rr', [task('w', { strategy: 'roundRobin', to: [{ group: 'desk' }] })]),
      { actor: 'admin' },
    );
    const first = [];
    for (let i = 0; i < 2; i++)
      first.push(
        (await r1.startTicket({ workflow: 'rr', actor: 'ann', data: { summary: 'x' } }))
          .assignees[0],
      );
    const r2 = make();
    for (let i = 0; i < 2; i++)
      first.push(
        (await r2.startTicket({ workflow: 'rr', actor: 'ann', data: { summary: 'x' } }))
          .assignees[0],
      );
    expect(first).toEqual(['eve', 'sam', 'kim', 'eve']);
  });

  it('leastLoaded: the candidate with the fewest open work items', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('busy', [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })]),
      { actor: 'admin' },
    );
    await runtime.publish(
      chain('ll', [task('w', { strategy: 'leastLoaded', to: [{ group: 'desk' }] })]),
      { actor: 'admin' },
    );
    await start(runtime, 'busy');
    await start(runtime, 'busy');
    const got = [];
    for (let i = 0; i < 4; i++) got.push((await start(runtime, 'll')).assignees[0]);
    expect(got).toEqual(['sam', 'kim', 'sam', 'kim']);
  });

  it('field: the user named in a form field; a missing user is a ValidationError naming the field', async () => {
    const { runtime } = setup();
    await runtime.publish(chain('fld', [task('w', { strategy: 'field', field: 'owner' })]), {
      actor: 'admin',
    });
    expect((await start(runtime, 'fld', { owner: 'sam' })).assignees).toEqual(['sam']);
    await expect(start(runtime, 'fld')).rejects.toThrow(/field "owner" names no user/);
  });

  it('onCall: whoever the rota has on call now; overrides win', async () => {
    const { runtime, advance } = setup({
      seed: {
        rotas: [
          {
            id: 'net',
            members: ['eve', 'sam', 'kim'],
            start: '2026-11-23T00:00:00Z',
            shift: 'PT8H',
            overrides: [{ user: 'max', from: '2026-11-23T20:00:00Z', to: '2026-11-23T22:00:00Z' }],
          },
        ],
      },
    });
    await runtime.publish(chain('oc', [task('w', { strategy: 'onCall', rota: 'net' })]), {
      actor: 'admin',
    });
    expect((await start(runtime, 'oc')).assignees).toEqual(['sam']); // 09:00 → second shift
    advance(8 * 3_600_000); // 17:00 → third shift
    expect((await start(runtime, 'oc')).assignees).toEqual(['kim']);
    advance(4 * 3_600_000); // 21:00 → override
    expect((await start(runtime, 'oc')).assignees).toEqual(['max']);
    advance(3 * 3_600_000); // 00:00 next day → back to the first member
    expect((await start(runtime, 'oc')).assignees).toEqual(['eve']);
  });

  it('out-of-office: new work for a user with an active delegation goes to the delegate', async () => {
    const { runtime, advance } = setup({
      seed: {
        delegations: [{ user: 'eve', delegate: 'kim', from: '2026-11-23', to: '2026-11-24' }],
      },
    });
    await runtime.publish(chain('ooo', [task('w', { strategy: 'fixed', to: [{ user: 'eve' }] })]), {
      actor: 'admin',
    });
    const t = await start(runtime, 'ooo');
    expect(t.assignees).toEqual(['kim']);
    expect((await runtime.tasks('kim'))[0]).toMatchObject({
      assignee: 'kim',
      delegatedFrom: 'eve',
    });
    const assigned = (await runtime.history(t.id)).find((e) => e.type === 'assigned');
    expect(assigned?.detail).toMatchObject({ assignee: 'kim', delegatedFrom: 'eve' });
    advance(2 * 24 * 3_600_000);
    expect((await start(runtime, 'ooo')).assignees).toEqual(['eve']);
  });

  it('out-of-office: in a claim queue each absent candidate is replaced by their delegate', async () => {
    const { runtime, advance } = setup({
      seed: {
        delegations: [{ user: 'eve', delegate: 'max', from: '2026-11-23', to: '2026-11-24' }],
      },
    });
    await runtime.publish(
      chain('oooq', [task('w', { strategy: 'claim', to: [{ group: 'desk' }] })]),
      { actor: 'admin' },
    );
    const t = await start(runtime, 'oooq');
    expect(await runtime.tasks('eve')).toEqual([]);
    const [item] = await runtime.tasks('max');
    expect(item).toMatchObject({ queue: true, candidates: ['max', 'sam', 'kim'] });
    expect(item).not.toHaveProperty('assignee');
    const assigned = (await runtime.history(t.id)).find((e) => e.type === 'assigned');
    expect(assigned?.detail).toMatchObject({ delegations: { max: 'eve' } });
    await runtime.act({ ticket: t.id, action: 'claim', actor: 'max' });
    await expect(
      runtime.act({ ticket: t.id, action: 'submit', actor: 'max', data: {} }),
    ).resolves.toMatchObject({ status: 'resolved' });

    advance(2 * 24 * 3_600_000);
    const later = await start(runtime, 'oooq');
    expect((await runtime.tasks('eve')).map((w) => w.ticketId)).toEqual([later.id]);
  });

  it('out-of-office: a single approval any of several users may decide goes to the delegates', async () => {
    const { runtime } = setup({
      seed: {
        delegations: [{ user: 'sam', delegate: 'bob', from: '2026-11-23', to: '2026-11-24' }],
      },
    });
    await runtime.publish(
      chain('oooa', [
        approval(
          'ok',
          { mode: 'single' },
          { strategy: 'fixed', to: [{ user: 'sam' }, { user: 'kim' }] },
        ),
      ]),
      { actor: 'admin' },
    );
    const t = await start(runtime, 'oooa');
    expect(await runtime.tasks('sam')).toEqual([]);
    await runtime.act({ ticket: t.id, action: 'approve', actor: 'bob' });
    expect((await runtime.getTicket(t.id))?.status).toBe('resolved');
  });
});
