import { ActionNotAllowedError, PermissionError, ValidationError } from '../../errors/errors';
import type { WorkflowDefinition } from '../../definition/definition.types';
import type { StorageAdapter } from '../../storage/storage.types';
import { chain, setup, task } from '../testkit';
import { STORAGES } from '../testkit.storages';

const H = 3_600_000;
let n = 0;

for (const { name, open } of STORAGES) {
  describe(`reopen and satisfaction on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    async function resolved(extra: Partial<WorkflowDefinition>) {
      const env = setup({ storage });
      const key = `lc${++n}`;
      await env.runtime.publish(
        chain(
          key,
          [
            task(
              'fix',
              { strategy: 'fixed', to: [{ group: 'desk' }] },
              { requireReason: ['reopen'] },
            ),
          ],
          { sla: [{ id: 'std', name: 'Standard', targets: { resolution: 'PT8H' } }], ...extra },
        ),
        { actor: 'admin' },
      );
      const t = await env.runtime.startTicket({
        workflow: key,
        actor: 'ann',
        data: { summary: 'x' },
      });
      env.advance(2 * H);
      const done = await env.runtime.act({ ticket: t.id, action: 'submit', actor: 'eve' });
      expect(done.status).toBe('resolved');
      return { ...env, t };
    }

    it('the requester reopens within the window, back to the declared step; the clock resumes', async () => {
      const { runtime, advance, t } = await resolved({ reopen: { within: 'P7D', to: 'fix' } });
      expect((await runtime.viewTicket(t.id, 'ann')).actions).toContain('reopen');
      expect((await runtime.viewTicket(t.id, 'ann')).needsReason).toEqual(['reopen']);
      expect((await runtime.viewTicket(t.id, 'eve')).actions).not.toContain('reopen');
      await expect(
        runtime.act({ ticket: t.id, action: 'reopen', actor: 'eve', reason: 'x' }),
      ).rejects.toBeInstanceOf(PermissionError);
      await expect(
        runtime.act({ ticket: t.id, action: 'reopen', actor: 'ann' }),
      ).rejects.toBeInstanceOf(ValidationError);
      advance(24 * H);
      const again = await runtime.act({
        ticket: t.id,
        action: 'reopen',
        actor: 'ann',
        reason: 'still broken',
      });
      expect(again).toMatchObject({ status: 'open', active: ['fix'], reopenCount: 1 });
      expect(again.resolvedAt).toBeUndefined();
      // Resumed: 2 h before resolution count, the day while resolved does not.
      expect(again.sla.find((c) => c.target === 'resolution')).toMatchObject({
        state: 'running',
        elapsedMs: 2 * H,
      });
      expect((await runtime.tasks('kim')).map((w) => w.ticketId)).toEqual([t.id]);
      const h = await runtime.history(t.id);
      expect(h.find((e) => e.action === 'reopen')).toMatchObject({
        actor: 'ann',
        reason: 'still broken',
        detail: { to: 'fix', sla: 'resume' },
      });
      expect(h.filter((e) => e.type === 'statusChanged').at(-1)?.detail).toEqual({
        from: 'resolved',
        to: 'open',
      });
      await runtime.act({ ticket: t.id, action: 'submit', actor: 'kim' });
      advance(8 * 24 * H);
      const late = await runtime
        .act({ ticket: t.id, action: 'reopen', actor: 'ann', reason: 'again' })
        .catch((e) => e);
      expect(late).toBeInstanceOf(ActionNotAllowedError);
      expect(late.message).toMatch(/resolved more than P7D ago/);
      expect(
        (await runtime.listTickets({ workflow: [t.workflow.key] })).tickets[0]?.reopenCount,
      ).toBe(1);
    });

    it('sla "restart" measures the resolution again from the reopen', async () => {
      const { runtime, advance, t } = await resolved({
        reopen: { within: 'P7D', to: 'fix', sla: 'restart' },
      });
      advance(H);
      await runtime.act({ ticket: t.id, action: 'reopen', actor: 'ann', reason: 'no' });
      advance(H);
      const now = await runtime.act({
        ticket: t.id,
        action: 'comment',
        actor: 'ann',
        comment: '?',
      });
      expect(now.sla.find((c) => c.target === 'resolution')).toMatchObject({
        state: 'running',
        elapsedMs: H,
        startedAt: '2026-11-23T12:00:00.000Z',
      });
    });

    it('refuses reopen where the workflow does not declare it', async () => {
      const { runtime, t } = await resolved({});
      await expect(
        runtime.act({ ticket: t.id, action: 'reopen', actor: 'ann', reason: 'x' }),
      ).rejects.toThrow(/has no reopen setting/);
    });

    it('the requester rates once (1–5 and a comment); the agent and group are kept', async () => {
      const { runtime, t } = await resolved({ survey: {} });
      expect(await runtime.client('ann').viewTicket(t.id)).toMatchObject({
        actions: expect.arrayContaining(['rate']),
        survey: {},
      });
      const bad = await runtime
        .act({ ticket: t.id, action: 'rate', actor: 'ann', data: { rating: 6 } })
        .catch((e) => e);
      expect(bad).toBeInstanceOf(ValidationError);
      expect(bad.issues[0].path).toBe('/data/rating');
      await expect(
        runtime.act({ ticket: t.id, action: 'rate', actor: 'eve', data: { rating: 5 } }),
      ).rejects.toBeInstanceOf(PermissionError);
      const rated = await runtime.act({
        ticket: t.id,
        action: 'rate',
        actor: 'ann',
        data: { rating: 4 },
        comment: 'quick, thanks',
      });
      expect(rated.satisfaction).toEqual({
        rating: 4,
        comment: 'quick, thanks',
        at: '2026-11-23T11:00:00.000Z',
        agent: 'eve',
        group: 'desk',
      });
      await expect(
        runtime.act({ ticket: t.id, action: 'rate', actor: 'ann', data: { rating: 1 } }),
      ).rejects.toThrow(/rated already/);
      expect((await runtime.history(t.id)).at(-1)).toMatchObject({ action: 'rate', actor: 'ann' });
    });

    it('a survey with its own form; unanswered after N days closes the ticket', async () => {
      const { runtime, advance, t } = await resolved({
        survey: {
          after: 'P5D',
          then: 'close',
          form: {
            type: 'object',
            required: ['rating', 'solved'],
            properties: {
              rating: { type: 'integer', minimum: 1, maximum: 5 },
              solved: { type: 'boolean' },
            },
          },
        },
      });
      expect(await storage.listTimers(t.id)).toMatchObject([
        { kind: 'surveyClose', dueAt: '2026-11-28T11:00:00.000Z' },
      ]);
      await expect(
        runtime.act({ ticket: t.id, action: 'rate', actor: 'ann', data: { rating: 3 } }),
      ).rejects.toBeInstanceOf(ValidationError);
      const other = await runtime.startTicket({
        workflow: t.workflow.key,
        actor: 'bob',
        data: { summary: 'y' },
      });
      await runtime.act({ ticket: other.id, action: 'submit', actor: 'eve' });
      // The requester's view carries the survey's form, for a form renderer to show.
      const bob = runtime.client('bob');
      const offered = await bob.viewTicket(other.id);
      expect(offered.actions).toContain('rate');
      expect(offered.survey?.form?.required).toEqual(['rating', 'solved']);
      expect((await runtime.client('eve').viewTicket(other.id)).survey).toBeUndefined();
      const rated = await bob.act({
        ticket: other.id,
        action: 'rate',
        data: { rating: 2, solved: false },
      });
      expect(rated.satisfaction).toMatchObject({
        rating: 2,
        answers: { rating: 2, solved: false },
      });
      expect(await storage.listTimers(other.id)).toEqual([]);
      advance(5 * 24 * H);
      await runtime.tick();
      expect(await runtime.getTicket(t.id)).toMatchObject({ status: 'closed' });
      expect((await runtime.getTicket(other.id)).status).toBe('resolved');
      expect((await runtime.history(t.id)).find((e) => e.type === 'automation')?.detail).toEqual({
        type: 'surveyClose',
        after: 'P5D',
      });
      await expect(
        runtime.act({
          ticket: t.id,
          action: 'rate',
          actor: 'ann',
          data: { rating: 3, solved: true },
        }),
      ).rejects.toThrow(/survey has expired/);
    });
  });
}
