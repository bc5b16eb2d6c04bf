import {
  ActionNotAllowedError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitedError,
  ValidationError,
} from '../../errors/errors';
import { approval, chain, setup, task } from '../testkit';

async function twoSteps(extra: { actions?: string[] } = {}) {
  const env = setup({ urgeIntervalMs: 60_000 });
  await env.runtime.publish(
    chain('two', [
      task(
        'triage',
        { strategy: 'fixed', to: [{ user: 'eve' }] },
        { fields: { notes: 'edit', owner: 'required' } },
      ),
      approval(
        'review',
        { mode: 'single' },
        { strategy: 'fixed', to: [{ user: 'max' }] },
        extra.actions ? { actions: extra.actions as never } : {},
      ),
    ]),
    { actor: 'admin' },
  );
  const t = await env.runtime.startTicket({
    workflow: 'two',
    actor: 'ann',
    data: { summary: 'printer' },
  });
  return { ...env, t };
}

describe('actions', () => {
  it('update saves editable fields without moving; submit then requires required fields', async () => {
    const { runtime, t } = await twoSteps();
    const saved = await runtime.act({
      ticket: t.id,
      action: 'update',
      actor: 'eve',
      data: { notes: 'half done' },
    });
    expect(saved).toMatchObject({ active: ['triage'], data: { notes: 'half done' } });
    const err = await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' }).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(err.issues).toMatchObject([{ path: '/data/owner', code: 'REQUIRED' }]);
    const denied = await runtime
      .act({
        ticket: t.id,
        action: 'submit',
        actor: 'eve',
        data: { owner: 'kim', summary: 'changed' },
      })
      .catch((e) => e);
    expect(denied).toBeInstanceOf(PermissionError);
    expect(denied.fields).toEqual(['summary']);
    expect(denied.message).toMatch(
      /eve may not change "Summary" \(summary\) at step "Task triage" \(triage\) of ticket TWO-20261123-0001/,
    );
    expect(
      (await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', data: { owner: 'kim' } }))
        .active,
    ).toEqual(['review']);
  });

  it('refuses actions the step does not list and actors who do not hold the work', async () => {
    const { runtime, t } = await twoSteps({ actions: ['approve', 'comment'] });
    await expect(
      runtime.act({ ticket: t.id, action: 'approve', actor: 'eve' }),
    ).rejects.toBeInstanceOf(ActionNotAllowedError);
    await expect(
      runtime.act({ ticket: t.id, action: 'submit', actor: 'kim', data: { owner: 'kim' } }),
    ).rejects.toThrow(/kim may not submit ticket .* the work is with eve/);
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', data: { owner: 'kim' } });
    const notListed = await runtime
      .act({ ticket: t.id, action: 'reject', actor: 'max' })
      .catch((e) => e);
    expect(notListed).toBeInstanceOf(ActionNotAllowedError);
    expect(notListed.message).toMatch(
      /"reject" is not available on ticket TWO-20261123-0001 at step "Approval review" \(review\)/,
    );
    await expect(
      runtime.act({ ticket: t.id, action: 'cancel', actor: 'ann' }),
    ).rejects.toBeInstanceOf(ActionNotAllowedError);
    await expect(
      runtime.act({ ticket: t.id, action: 'fly' as never, actor: 'ann' }),
    ).rejects.toThrow(/"fly" is not an action/);
    await expect(
      runtime.act({ ticket: 'missing', action: 'comment', actor: 'ann', comment: 'x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      runtime.act({
        ticket: t.id,
        action: 'comment',
        actor: 'ann',
        comment: 'x',
        data: { summary: 'y' },
      }),
    ).rejects.toThrow(/"comment" does not take form data/);
  });

  it('rollback: to the previous step, or to a named earlier step only', async () => {
    const { runtime, t } = await twoSteps();
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', data: { owner: 'kim' } });
    await expect(
      runtime.act({ ticket: t.id, action: 'rollback', actor: 'max', to: 'review' }),
    ).rejects.toBeInstanceOf(ActionNotAllowedError);
    await expect(
      runtime.act({ ticket: t.id, action: 'rollback', actor: 'max', to: 'nowhere' }),
    ).rejects.toThrow(/has no step "nowhere"/);
    const back = await runtime.act({
      ticket: t.id,
      action: 'rollback',
      actor: 'max',
      comment: 'more info',
    });
    expect(back).toMatchObject({ active: ['triage'], assignees: ['eve'] });
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' });
    const toStart = await runtime.act({
      ticket: t.id,
      action: 'rollback',
      actor: 'max',
      to: 'start',
    });
    expect(toStart).toMatchObject({ active: ['start'], assignees: ['ann'] });
    const ev = (await runtime.history(t.id)).filter((e) => e.action === 'rollback');
    expect(ev.map((e) => e.detail?.to)).toEqual(['triage', 'start']);
  });

  it('reassign and delegate hand the work to someone else', async () => {
    const { runtime, t } = await twoSteps();
    await expect(
      runtime.act({ ticket: t.id, action: 'reassign', actor: 'eve' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      runtime.act({ ticket: t.id, action: 'reassign', actor: 'eve', to: 'ghost' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(
      (await runtime.act({ ticket: t.id, action: 'reassign', actor: 'eve', to: 'sam' })).assignees,
    ).toEqual(['sam']);
    await expect(
      runtime.act({ ticket: t.id, action: 'update', actor: 'eve', data: { notes: 'x' } }),
    ).rejects.toBeInstanceOf(PermissionError);
    await runtime.act({ ticket: t.id, action: 'delegate', actor: 'sam', to: 'kim' });
    expect((await runtime.tasks('kim'))[0]).toMatchObject({
      assignee: 'kim',
      delegatedFrom: 'sam',
    });
  });

  it('hold and resume switch the status; little is possible on hold', async () => {
    const { runtime, t } = await twoSteps();
    expect(
      (
        await runtime.act({
          ticket: t.id,
          action: 'hold',
          actor: 'eve',
          comment: 'waiting for parts',
        })
      ).status,
    ).toBe('pending');
    await expect(
      runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', data: { owner: 'kim' } }),
    ).rejects.toThrow(/on hold; resume it first/);
    await expect(
      runtime.act({ ticket: t.id, action: 'resume', actor: 'ann' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await runtime.act({ ticket: t.id, action: 'comment', actor: 'ann', comment: 'any news?' });
    expect((await runtime.act({ ticket: t.id, action: 'resume', actor: 'eve' })).status).toBe(
      'open',
    );
    const changes = (await runtime.history(t.id))
      .filter((e) => e.type === 'statusChanged')
      .map((e) => e.detail);
    expect(changes).toEqual([
      { from: 'open', to: 'pending' },
      { from: 'pending', to: 'open' },
    ]);
  });

  it("urge notifies the holder, is the requester's, and is rate-limited per work item", async () => {
    const { runtime, t, advance } = await twoSteps();
    const urged: unknown[] = [];
    runtime.subscribe((e) => e.action === 'urge' && urged.push(e.detail?.to));
    await expect(
      runtime.act({ ticket: t.id, action: 'urge', actor: 'bob' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await runtime.act({ ticket: t.id, action: 'urge', actor: 'ann' });
    expect(urged).toEqual([['eve']]);
    const limited = await runtime
      .act({ ticket: t.id, action: 'urge', actor: 'ann' })
      .catch((e) => e);
    expect(limited).toBeInstanceOf(RateLimitedError);
    expect(limited.retryAfterMs).toBe(60_000);
    advance(60_000);
    await runtime.act({ ticket: t.id, action: 'urge', actor: 'ann' });
    expect(urged).toHaveLength(2);
  });

  it('recall: the requester withdraws while nobody has acted on the current step', async () => {
    const { runtime, t } = await twoSteps();
    await expect(
      runtime.act({ ticket: t.id, action: 'recall', actor: 'eve' }),
    ).rejects.toBeInstanceOf(PermissionError);
    const recalled = await runtime.act({ ticket: t.id, action: 'recall', actor: 'ann' });
    expect(recalled).toMatchObject({ active: ['start'], assignees: ['ann'] });
    await expect(runtime.act({ ticket: t.id, action: 'recall', actor: 'ann' })).rejects.toThrow(
      /already back with the requester/,
    );
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'ann' });
    await runtime.act({ ticket: t.id, action: 'update', actor: 'eve', data: { notes: 'started' } });
    await expect(runtime.act({ ticket: t.id, action: 'recall', actor: 'ann' })).rejects.toThrow(
      /someone has already acted/,
    );
  });

  it('comment needs text and a participant', async () => {
    const { runtime, t } = await twoSteps();
    await expect(
      runtime.act({ ticket: t.id, action: 'comment', actor: 'ann' }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      runtime.act({ ticket: t.id, action: 'comment', actor: 'bob', comment: 'hi' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await runtime.act({ ticket: t.id, action: 'comment', actor: 'eve', comment: 'on it' });
    expect((await runtime.history(t.id)).at(-1)).toMatchObject({
      type: 'action',
      action: 'comment',
      actor: 'eve',
      comment: 'on it',
    });
  });

  it('close: the requester closes a resolved ticket; cancel: the requester cancels an open one', async () => {
    const { runtime, t } = await twoSteps();
    await expect(
      runtime.act({ ticket: t.id, action: 'cancel', actor: 'eve' }),
    ).rejects.toBeInstanceOf(PermissionError);
    await runtime.act({ ticket: t.id, action: 'submit', actor: 'eve', data: { owner: 'kim' } });
    const resolved = await runtime.act({ ticket: t.id, action: 'approve', actor: 'max' });
    expect(resolved.status).toBe('resolved');
    await expect(runtime.act({ ticket: t.id, action: 'cancel', actor: 'ann' })).rejects.toThrow(
      /it is resolved/,
    );
    await expect(
      runtime.act({ ticket: t.id, action: 'close', actor: 'max' }),
    ).rejects.toBeInstanceOf(PermissionError);
    expect((await runtime.act({ ticket: t.id, action: 'close', actor: 'ann' })).status).toBe(
      'closed',
    );
    const other = await runtime.startTicket({
      workflow: 'two',
      actor: 'ann',
      data: { summary: 'x' },
    });
    expect(
      (
        await runtime.act({
          ticket: other.id,
          action: 'cancel',
          actor: 'ann',
          comment: 'not needed',
        })
      ).status,
    ).toBe('cancelled');
    expect(await runtime.tasks('eve')).toEqual([]);
  });

  it('a step listing close lets its holder close the ticket directly', async () => {
    const { runtime } = setup();
    await runtime.publish(
      chain('quick', [
        task('fix', { strategy: 'fixed', to: [{ user: 'eve' }] }, { actions: ['submit', 'close'] }),
      ]),
      { actor: 'admin' },
    );
    const t = await runtime.startTicket({
      workflow: 'quick',
      actor: 'ann',
      data: { summary: 'x' },
    });
    expect((await runtime.act({ ticket: t.id, action: 'close', actor: 'eve' })).status).toBe(
      'closed',
    );
  });

  it('expectedVersion refuses stale writes; requestId applies a retried command once', async () => {
    const { runtime, t } = await twoSteps();
    await expect(
      runtime.act({
        ticket: t.id,
        action: 'update',
        actor: 'eve',
        data: { notes: 'a' },
        expectedVersion: 7,
      }),
    ).rejects.toThrow(/is at version 1, not 7: someone changed it/);
    const first = await runtime.act({
      ticket: t.id,
      action: 'update',
      actor: 'eve',
      data: { notes: 'a' },
      requestId: 'r-1',
      expectedVersion: 1,
    });
    const retry = await runtime.act({
      ticket: t.id,
      action: 'update',
      actor: 'eve',
      data: { notes: 'a' },
      requestId: 'r-1',
      expectedVersion: 1,
    });
    expect(retry.version).toBe(first.version);
    const retryNoVersion = await runtime.act({
      ticket: t.id,
      action: 'comment',
      actor: 'eve',
      comment: 'c',
      requestId: 'r-2',
    });
    const again = await runtime.act({
      ticket: t.id,
      action: 'comment',
      actor: 'eve',
      comment: 'c',
      requestId: 'r-2',
    });
    expect(again.version).toBe(retryNoVersion.version);
    expect((await runtime.history(t.id)).filter((e) => e.action === 'comment')).toHaveLength(1);
    const s1 = await runtime.startTicket({
      workflow: 'two',
      actor: 'ann',
      data: { summary: 'y' },
      requestId: 'start-1',
    });
    const s2 = await runtime.startTicket({
      workflow: 'two',
      actor: 'ann',
      data: { summary: 'y' },
      requestId: 'start-1',
    });
    expect(s2.id).toBe(s1.id);
    expect((await runtime.listTickets({ text: 'TWO' })).total).toBe(2);
  });

  it('concurrent actions: with expectedVersion one wins and the other gets a ConflictError; without, both apply', async () => {
    const { runtime, t } = await twoSteps();
    const results = await Promise.allSettled([
      runtime.act({
        ticket: t.id,
        action: 'update',
        actor: 'eve',
        data: { notes: 'one' },
        expectedVersion: 1,
      }),
      runtime.act({
        ticket: t.id,
        action: 'update',
        actor: 'eve',
        data: { notes: 'two' },
        expectedVersion: 1,
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ConflictError);
    await Promise.all([
      runtime.act({ ticket: t.id, action: 'comment', actor: 'eve', comment: 'a' }),
      runtime.act({ ticket: t.id, action: 'comment', actor: 'ann', comment: 'b' }),
    ]);
    expect((await runtime.history(t.id)).filter((e) => e.action === 'comment')).toHaveLength(2);
  });
});
