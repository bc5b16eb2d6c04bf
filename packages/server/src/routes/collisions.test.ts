import type { ChangeCollision, Ticket, WorkflowDefinition } from '@deskkit/runtime';
import { accessRequest, call, desk } from '../../test/fixtures';
import { createHttpClient } from '../client/index';

const change: WorkflowDefinition = {
  ...accessRequest,
  key: 'change',
  name: 'Change',
  form: {
    schema: {
      type: 'object',
      properties: {
        summary: { type: 'string' },
        amount: { type: 'number' },
        notes: { type: 'string' },
        ci: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
      },
      required: ['summary'],
    },
  },
};
const planned = (ci: string, from: string, to: string) => ({
  workflows: ['change'],
  fields: { start: 'from', end: 'to', target: 'ci' },
  target: ci,
  start: from,
  end: to,
});

describe('POST /changes/collisions', () => {
  it('answers the open changes on the same CI in overlapping windows, as the signed-in user sees them', async () => {
    const { runtime, handler } = await desk();
    await runtime.publish(change, { actor: 'admin' });
    const raise = async (user: string, ci: string, from: string, to: string) => {
      const r = await handler(
        call('POST', '/tickets', {
          user,
          body: { workflow: 'change', data: { summary: `${ci} work`, ci, from, to } },
        }),
      );
      expect(r.status).toBe(201);
      return (await r.json()) as Ticket;
    };
    const a = await raise('ann', 'db-01', '2026-12-01T20:00:00Z', '2026-12-01T23:00:00Z');
    await raise('bob', 'web-01', '2026-12-01T20:00:00Z', '2026-12-01T23:00:00Z');

    const r = await handler(
      call('POST', '/changes/collisions', {
        user: 'eve',
        body: planned('db-01', '2026-12-01T22:00:00Z', '2026-12-02T01:00:00Z'),
      }),
    );
    expect(r.status).toBe(200);
    const hits = (await r.json()) as ChangeCollision[];
    expect(hits.map((h) => [h.number, h.start, h.end])).toEqual([
      [a.number, '2026-12-01T20:00:00Z', '2026-12-01T23:00:00Z'],
    ]);

    // The HTTP client answers the same; Bob sees none of Ann's changes.
    const client = (user: string) =>
      createHttpClient({
        baseUrl: 'http://desk.test/api',
        fetch: (input, init) => handler(new Request(input, init)),
        headers: () => ({ 'x-user': user }),
      });
    const body = planned('db-01', '2026-12-01T22:00:00Z', '2026-12-02T01:00:00Z');
    expect(await client('eve').changeCollisions(body)).toEqual(hits);
    expect(await client('bob').changeCollisions(body)).toEqual([]);

    const bad = await handler(
      call('POST', '/changes/collisions', { user: 'eve', body: { ...body, end: 'later' } }),
    );
    expect(bad.status).toBe(422);
    const shape = await handler(
      call('POST', '/changes/collisions', { user: 'eve', body: { ...body, workflows: 'change' } }),
    );
    expect(shape.status).toBe(400);
  });
});
