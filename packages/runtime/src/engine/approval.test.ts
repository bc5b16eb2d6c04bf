import { ActionNotAllowedError, PermissionError } from '../errors/errors';
import type { ApprovalConfig } from '../definition/definition.types';
import { approval, chain, setup, task } from './testkit';

async function flow(config: ApprovalConfig, extraSteps = false) {
  const env = setup();
  const steps = [approval('review', config, { strategy: 'fixed', to: [{ group: 'cab' }] })];
  await env.runtime.publish(
    chain(
      'appr',
      extraSteps ? [task('prep', { strategy: 'fixed', to: [{ user: 'kim' }] }), ...steps] : steps,
    ),
    { actor: 'admin' },
  );
  const t = await env.runtime.startTicket({
    workflow: 'appr',
    actor: 'ann',
    data: { summary: 'x' },
  });
  const act = (action: 'approve' | 'reject', actor: string) =>
    env.runtime.act({ ticket: t.id, action, actor, reason: 'test' });
  return { ...env, t, act };
}

describe('approval modes', () => {
  it('single: one decision decides', async () => {
    const { t, act } = await flow({ mode: 'single' });
    expect(t.assignees).toEqual([]); // the cab group: any member may decide
    expect((await act('approve', 'sam')).status).toBe('resolved');
  });

  it('all (countersign): everyone must approve', async () => {
    const { runtime, t, act } = await flow({ mode: 'all' });
    expect(t.assignees.sort()).toEqual(['eve', 'max', 'sam']);
    await act('approve', 'max');
    await expect(act('approve', 'max')).rejects.toBeInstanceOf(PermissionError);
    expect((await act('approve', 'eve')).status).toBe('open');
    expect((await act('approve', 'sam')).status).toBe('resolved');
    expect((await runtime.getTicket(t.id)).approvals.review?.decisions.map((d) => d.user)).toEqual([
      'max',
      'eve',
      'sam',
    ]);
  });

  it('all: countersigners approving at the same moment all count', async () => {
    const { runtime, t, act } = await flow({ mode: 'all' });
    const done = await Promise.all([
      act('approve', 'max'),
      act('approve', 'eve'),
      act('approve', 'sam'),
    ]);
    expect(done.map((x) => x.version).sort()).toEqual([
      t.version + 1,
      t.version + 2,
      t.version + 3,
    ]);
    expect((await runtime.getTicket(t.id)).status).toBe('resolved');
  });

  it("all: one rejection rejects and cancels the other approvers' items", async () => {
    const { runtime, act } = await flow({ mode: 'all' });
    await act('approve', 'max');
    expect((await act('reject', 'eve')).status).toBe('rejected');
    expect(await runtime.tasks('sam')).toEqual([]);
  });

  it('any: the first decision wins', async () => {
    const { runtime, act } = await flow({ mode: 'any' });
    expect((await act('reject', 'sam')).status).toBe('rejected');
    expect(await runtime.tasks('max')).toEqual([]);
  });

  it('sequential: approvers in turn', async () => {
    const { runtime, t, act } = await flow({ mode: 'sequential' });
    expect(t.assignees).toEqual(['max']);
    await expect(act('approve', 'eve')).rejects.toBeInstanceOf(PermissionError);
    expect((await act('approve', 'max')).assignees).toEqual(['eve']);
    expect((await act('approve', 'eve')).assignees).toEqual(['sam']);
    expect((await act('approve', 'sam')).status).toBe('resolved');
    expect(
      (await runtime.history(t.id))
        .filter((e) => e.type === 'assigned')
        .map((e) => e.detail?.assignee),
    ).toEqual(['max', 'eve', 'sam']);
  });

  it('quorum with min: enough approvals approve', async () => {
    const { act } = await flow({ mode: 'quorum', min: 2 });
    await act('approve', 'max');
    expect((await act('approve', 'sam')).status).toBe('resolved');
  });

  it('quorum with ratio: rejects as soon as the quorum is unreachable', async () => {
    const { act } = await flow({ mode: 'quorum', ratio: 0.6 }); // 2 of 3
    expect((await act('reject', 'max')).status).toBe('open');
    expect((await act('reject', 'eve')).status).toBe('rejected');
  });

  it('addApprover: a countersigner must approve as well', async () => {
    const { runtime, t } = await flow({ mode: 'single' });
    await runtime.act({ ticket: t.id, action: 'addApprover', actor: 'max', to: 'kim' });
    const afterMax = await runtime.act({ ticket: t.id, action: 'approve', actor: 'max' });
    expect(afterMax).toMatchObject({ status: 'open', assignees: ['kim'] });
    expect((await runtime.act({ ticket: t.id, action: 'approve', actor: 'kim' })).status).toBe(
      'resolved',
    );
    await expect(
      runtime.act({ ticket: t.id, action: 'addApprover', actor: 'max', to: 'kim' }),
    ).rejects.toBeInstanceOf(ActionNotAllowedError);
  });
});

describe('rejection behaviour', () => {
  async function rejecting(onReject: ApprovalConfig['onReject'], rejectTo?: string) {
    const env = setup();
    await env.runtime.publish(
      chain('rej', [
        task('prep', { strategy: 'fixed', to: [{ user: 'kim' }] }),
        task('check', { strategy: 'fixed', to: [{ user: 'eve' }] }),
        approval(
          'review',
          { mode: 'single', ...(onReject ? { onReject } : {}), ...(rejectTo ? { rejectTo } : {}) },
          { strategy: 'fixed', to: [{ user: 'max' }] },
        ),
      ]),
      { actor: 'admin' },
    );
    const t = await env.runtime.startTicket({
      workflow: 'rej',
      actor: 'ann',
      data: { summary: 'x' },
    });
    await env.runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' });
    await env.runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' });
    return {
      ...env,
      t,
      rejected: await env.runtime.act({
        ticket: t.id,
        action: 'reject',
        actor: 'max',
        comment: 'no',
      }),
    };
  }
  it('end (default): the ticket ends as rejected', async () => {
    expect((await rejecting(undefined)).rejected).toMatchObject({ status: 'rejected', active: [] });
  });
  it('requester: back to the requester, who edits and submits again', async () => {
    const { runtime, t, rejected } = await rejecting('requester');
    expect(rejected).toMatchObject({ status: 'open', active: ['start'], assignees: ['ann'] });
    const again = await runtime.act({
      ticket: t.id,
      action: 'submit',
      actor: 'ann',
      data: { summary: 'better' },
    });
    expect(again).toMatchObject({ active: ['prep'], data: { summary: 'better' } });
  });
  it('previous: back to the step before', async () => {
    expect((await rejecting('previous')).rejected).toMatchObject({
      active: ['check'],
      assignees: ['eve'],
    });
  });
  it('node: back to a named step', async () => {
    expect((await rejecting('node', 'prep')).rejected).toMatchObject({
      active: ['prep'],
      assignees: ['kim'],
    });
  });
});
