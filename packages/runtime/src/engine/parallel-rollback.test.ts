import { ActionNotAllowedError } from '../errors/errors';
import type {
  Assignment,
  EdgeDefinition,
  WorkflowDefinition,
} from '../definition/definition.types';
import { FORM, approval, chain, edges, setup, task } from './testkit';

const H = 3_600_000;
const fixed = (user: string): Assignment => ({ strategy: 'fixed', to: [{ user }] });
const [eve, kim, max, sam] = ['eve', 'kim', 'max', 'sam'].map(fixed) as [
  Assignment,
  Assignment,
  Assignment,
  Assignment,
];

/**
 * A change request: plan, then four parallel branches (two implementation tasks with OLAs, a timer
 * and a sub-workflow), a join and a verification step. `branchA` replaces the first branch.
 */
function change(
  branchA: WorkflowDefinition['nodes'] = [task('implA', eve, { ola: { target: 'PT4H' } })],
  branchEdges: EdgeDefinition[] = [
    { id: 'toA', from: 'split', to: 'implA' },
    { id: 'aJoin', from: 'implA', to: 'join' },
  ],
): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key: 'chg',
    name: 'Change',
    form: FORM,
    nodes: [
      { id: 'start', type: 'start' },
      task('plan', max),
      { id: 'split', type: 'parallel' },
      ...branchA,
      task('implB', kim, { ola: { target: 'PT4H' } }),
      { id: 'wait', type: 'timer', timer: { duration: 'PT1H' } },
      {
        id: 'sub',
        type: 'subworkflow',
        subworkflow: { key: 'child', inputs: { summary: 'summary' } },
      },
      { id: 'join', type: 'parallel' },
      task('verify', max),
      { id: 'end', type: 'end' },
    ],
    edges: [
      ...edges(['start', 'plan'], ['plan', 'split']),
      ...branchEdges,
      { id: 'toB', from: 'split', to: 'implB' },
      { id: 'toWait', from: 'split', to: 'wait' },
      { id: 'toSub', from: 'split', to: 'sub' },
      { id: 'bJoin', from: 'implB', to: 'join' },
      { id: 'waitJoin', from: 'wait', to: 'join' },
      { id: 'subJoin', from: 'sub', to: 'join' },
      { id: 'out', from: 'join', to: 'verify' },
      { id: 'done', from: 'verify', to: 'end' },
    ],
  };
}

async function started(def: WorkflowDefinition) {
  const env = setup();
  const { runtime } = env;
  await runtime.publish(chain('child', [task('work', sam)]), { actor: 'admin' });
  await runtime.publish(def, { actor: 'admin' });
  const t = await runtime.startTicket({ workflow: 'chg', actor: 'ann', data: { summary: 'x' } });
  await runtime.act({ ticket: t.id, action: 'submit', actor: 'max' });
  return { ...env, id: t.id };
}

const sorted = (xs: string[]) => [...xs].sort();

describe('rollback from inside a parallel branch', () => {
  it('cancels the sibling branches (items, timers, OLA clocks, child tickets) and the join starts fresh next time', async () => {
    const { runtime, advance, id } = await started(change());
    const split = await runtime.getTicket(id);
    expect(sorted(split.active)).toEqual(['implA', 'implB', 'sub', 'wait']);
    const [childId] = split.children;
    // implB finishes first: its token waits at the join.
    advance(H / 4);
    await runtime.act({ ticket: id, action: 'submit', actor: 'kim' });
    expect(sorted((await runtime.getTicket(id)).active)).toEqual(['implA', 'join', 'sub', 'wait']);

    advance(H / 4);
    const back = await runtime.act({ ticket: id, action: 'rollback', actor: 'eve', to: 'plan' });
    expect(back.active).toEqual(['plan']);
    expect(back.tokens).toHaveLength(1);
    expect(back.tokens[0]?.branch).toBeUndefined();
    expect(await runtime.tasks('eve')).toEqual([]);
    expect((await runtime.tasks('max')).map((w) => w.nodeId)).toEqual(['plan']);

    const history = await runtime.history(id);
    const cancelled = history.filter((e) => e.type === 'left' && e.outcome === 'cancelled');
    expect(sorted(cancelled.map((e) => e.nodeId ?? ''))).toEqual(['join', 'sub', 'wait']);
    for (const e of cancelled)
      expect(e.detail).toMatchObject({ cancelledBy: 'rolledBack', from: 'implA', to: 'plan' });
    expect(history.filter((e) => e.type === 'left' && e.nodeId === 'implA').at(-1)?.outcome).toBe(
      'rolledBack',
    );

    // The child ticket of the cancelled sub-workflow branch is cancelled with it.
    const child = await runtime.getTicket(childId!);
    expect(child.status).toBe('cancelled');
    expect(await runtime.tasks('sam')).toEqual([]);

    // OLA clocks: implA's stopped at the rollback, implB's met earlier; both still visible.
    expect(back.sla.find((c) => c.nodeId === 'implA')).toMatchObject({
      state: 'met',
      elapsedMs: H / 2,
    });
    expect(back.sla.find((c) => c.nodeId === 'implB')).toMatchObject({ state: 'met' });

    // The timer of the cancelled branch never fires.
    advance(2 * H);
    await runtime.tick();
    expect((await runtime.history(id)).some((e) => e.type === 'timerFired')).toBe(false);
    expect((await runtime.getTicket(id)).active).toEqual(['plan']);

    // Re-entering the split starts four fresh branches; the stale implB arrival does not count.
    const again = await runtime.act({ ticket: id, action: 'submit', actor: 'max' });
    expect(sorted(again.active)).toEqual(['implA', 'implB', 'sub', 'wait']);
    expect(again.children).toHaveLength(2);
    expect(new Set(again.tokens.map((t) => t.branch)).size).toBe(1);
    await runtime.act({ ticket: id, action: 'submit', actor: 'eve' });
    advance(2 * H);
    await runtime.tick();
    await runtime.act({ ticket: again.children[1]!, action: 'submit', actor: 'sam' });
    const waiting = await runtime.getTicket(id);
    expect(waiting.tokens.filter((t) => t.nodeId === 'join')).toHaveLength(3);
    expect(waiting.active).toContain('implB');
    const joined = await runtime.act({ ticket: id, action: 'submit', actor: 'kim' });
    expect(joined.active).toEqual(['verify']);
    expect(joined.tokens).toHaveLength(1);
  });

  it('an outcome edge leaving the branch (rejected approval back to plan) cancels the siblings', async () => {
    const { runtime, id } = await started(
      change(
        [approval('cab', { mode: 'single' }, eve)],
        [
          { id: 'toA', from: 'split', to: 'cab' },
          { id: 'aJoin', from: 'cab', to: 'join' },
          { id: 'redo', from: 'cab', to: 'plan', outcome: 'rejected' },
        ],
      ),
    );
    const back = await runtime.act({ ticket: id, action: 'reject', actor: 'eve', reason: 'redo' });
    expect(back.active).toEqual(['plan']);
    expect(await runtime.tasks('kim')).toEqual([]);
    const child = await runtime.getTicket(back.children[0]!);
    expect(child.status).toBe('cancelled');
    const left = (await runtime.history(id)).filter((e) => e.outcome === 'cancelled');
    expect(sorted(left.map((e) => e.nodeId ?? ''))).toEqual(['implB', 'sub', 'wait']);
    expect(left[0]?.detail).toMatchObject({ cancelledBy: 'rejected', from: 'cab', to: 'plan' });
    expect(back.sla.find((c) => c.nodeId === 'implB')).toMatchObject({ state: 'cancelled' });
  });

  it('a rejection back to the requester from inside a branch cancels the siblings', async () => {
    const { runtime, id } = await started(
      change(
        [approval('cab', { mode: 'single', onReject: 'requester' }, eve)],
        [
          { id: 'toA', from: 'split', to: 'cab' },
          { id: 'aJoin', from: 'cab', to: 'join' },
        ],
      ),
    );
    const back = await runtime.act({ ticket: id, action: 'reject', actor: 'eve', reason: 'redo' });
    expect(back.active).toEqual(['start']);
    expect(back.tokens).toHaveLength(1);
    expect(await runtime.tasks('kim')).toEqual([]);
  });

  it('a rejection to the previous step stays in its own branch and leaves the siblings alone', async () => {
    const { runtime, id } = await started(
      change(
        [task('prep', eve), approval('cab', { mode: 'single', onReject: 'previous' }, max)],
        [
          { id: 'toA', from: 'split', to: 'prep' },
          { id: 'prepCab', from: 'prep', to: 'cab' },
          { id: 'aJoin', from: 'cab', to: 'join' },
        ],
      ),
    );
    await runtime.act({ ticket: id, action: 'submit', actor: 'eve' });
    // The trail now reads ... prep, implB, wait, sub, cab: the step before cab in its branch is prep.
    const back = await runtime.act({ ticket: id, action: 'reject', actor: 'max', reason: 'redo' });
    expect(sorted(back.active)).toEqual(['implB', 'prep', 'sub', 'wait']);
    expect((await runtime.tasks('kim')).map((w) => w.nodeId)).toEqual(['implB']);
  });

  it('refuses a rollback into a sibling branch', async () => {
    const { runtime, id } = await started(change());
    // implA was entered before implB, so it is an earlier step of the trail, but of another branch.
    const attempt = runtime.act({ ticket: id, action: 'rollback', actor: 'kim', to: 'implA' });
    await expect(attempt).rejects.toThrow(ActionNotAllowedError);
    await expect(attempt).rejects.toThrow(/another parallel branch/);
    expect(sorted((await runtime.getTicket(id)).active)).toEqual(['implA', 'implB', 'sub', 'wait']);
  });
});
