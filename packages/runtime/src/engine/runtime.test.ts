import { ConflictError, NotFoundError, PermissionError, ValidationError } from '../errors/errors';
import { approval, chain, setup, task } from './testkit';

describe('createRuntime: a ticket from start to end', () => {
  it('runs a task and an approval, numbers the ticket and records its history', async () => {
    const { runtime } = setup();
    const def = chain('it-request', [
      task('triage', { strategy: 'fixed', to: [{ user: 'eve' }] }, { fields: { notes: 'edit' } }),
      approval('review', { mode: 'single' }, { strategy: 'fixed', to: [{ user: 'max' }] }),
    ]);
    expect(await runtime.publish(def, { actor: 'admin' })).toEqual({
      key: 'it-request',
      version: 1,
    });
    const t = await runtime.startTicket({
      workflow: 'it-request',
      actor: 'ann',
      data: { summary: 'VPN broken' },
    });
    expect(t.number).toBe('IR-20261123-0001');
    expect(t).toMatchObject({
      status: 'open',
      active: ['triage'],
      requester: 'ann',
      version: 1,
      assignees: ['eve'],
    });

    const [item] = await runtime.tasks('eve');
    expect(item).toMatchObject({ ticketId: t.id, nodeId: 'triage', assignee: 'eve', kind: 'task' });
    const t2 = await runtime.act({
      ticket: t.id,
      action: 'submit',
      actor: 'eve',
      data: { notes: 'checked' },
      expectedVersion: 1,
    });
    expect(t2).toMatchObject({
      active: ['review'],
      version: 2,
      data: { summary: 'VPN broken', notes: 'checked' },
    });
    await expect(
      runtime.act({ ticket: t.id, action: 'approve', actor: 'max', expectedVersion: 1 }),
    ).rejects.toBeInstanceOf(ConflictError);
    const done = await runtime.act({
      ticket: t.id,
      action: 'approve',
      actor: 'max',
      comment: 'ok',
    });
    expect(done).toMatchObject({ status: 'resolved', active: [], assignees: [] });
    expect(await runtime.tasks('max')).toEqual([]);

    const history = await runtime.history(t.id);
    expect(history.map((e) => e.seq)).toEqual(history.map((_, i) => i + 1));
    expect(history.map((e) => `${e.type}${e.nodeId ? `:${e.nodeId}` : ''}`)).toEqual([
      'created',
      'entered:start',
      'left:start',
      'entered:triage',
      'assigned:triage',
      'action:triage',
      'left:triage',
      'entered:review',
      'assigned:review',
      'action:review',
      'left:review',
      'entered:end',
      'left:end',
      'statusChanged',
    ]);
    expect(history.find((e) => e.action === 'submit')?.changes).toEqual([
      { field: 'notes', from: null, to: 'checked' },
    ]);
    expect(history.find((e) => e.action === 'approve')).toMatchObject({
      actor: 'max',
      comment: 'ok',
      outcome: 'approved',
    });
  });

  it('numbers tickets per workflow prefix and day, uniquely under concurrency', async () => {
    const { runtime, advance } = setup();
    await runtime.publish(chain('incident', [task('fix')], { numberPrefix: 'INC' }), {
      actor: 'admin',
    });
    const many = await Promise.all(
      Array.from({ length: 30 }, () =>
        runtime.startTicket({ workflow: 'incident', actor: 'ann', data: { summary: 'x' } }),
      ),
    );
    const numbers = many.map((t) => t.number);
    expect(new Set(numbers).size).toBe(30);
    expect(numbers.every((n) => /^INC-20261123-00\d\d$/.test(n))).toBe(true);
    advance(24 * 3_600_000);
    expect(
      (await runtime.startTicket({ workflow: 'incident', actor: 'ann', data: { summary: 'x' } }))
        .number,
    ).toBe('INC-20261124-0001');
  });

  it('refuses unknown tickets and workflows with NotFoundError', async () => {
    const { runtime } = setup();
    await expect(runtime.getTicket('nope')).rejects.toBeInstanceOf(NotFoundError);
    await expect(runtime.startTicket({ workflow: 'nope', actor: 'ann' })).rejects.toThrow(
      /Workflow "nope" is not published/,
    );
  });

  it('validates start data and refuses fields the requester may not fill', async () => {
    const { runtime } = setup();
    const def = chain('perm', [task('t1')]);
    def.nodes[0] = { id: 'start', type: 'start', fields: { internal: 'hidden', notes: 'read' } };
    await runtime.publish(def, { actor: 'admin' });
    const err = await runtime
      .startTicket({
        workflow: 'perm',
        actor: 'ann',
        data: { summary: 'x', internal: 'sneaky', notes: 'n' },
      })
      .catch((e) => e);
    expect(err).toBeInstanceOf(PermissionError);
    expect(err.fields).toEqual(['internal', 'notes']);
    expect(err.message).toMatch(/ann may not change .*notes/);
    const invalid = await runtime
      .startTicket({ workflow: 'perm', actor: 'ann', data: { amount: -1 } })
      .catch((e) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(invalid.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      '/data/amount',
      '/data/summary',
    ]);
    expect(await runtime.listTickets()).toMatchObject({ tickets: [], total: 0 });
  });
});
