import { describe, expect } from 'vitest';
import type { WorkflowDefinition } from '../definition/definition.types';
import { memoryDirectory } from '../directory/memory';
import { createRuntime } from '../engine/runtime';
import { NotFoundError, PermissionError } from '../errors/errors';
import type { StorageAdapter } from '../storage/storage.types';
import { ticket, uid } from './fixtures';

type Test = (group: string, title: string, fn: (s: StorageAdapter) => Promise<void>) => void;

function secretWorkflow(key: string): WorkflowDefinition {
  return {
    schemaVersion: 1,
    key,
    name: 'Visibility',
    permissions: { view: [{ role: 'manager' }] },
    form: {
      schema: {
        type: 'object',
        properties: { summary: { type: 'string' }, cost: { type: 'number' } },
      },
    },
    nodes: [
      { id: 'start', type: 'start', fields: { cost: 'hidden' } },
      {
        id: 'price',
        type: 'automation',
        automation: { actions: [{ type: 'set', field: 'cost', value: '9137' }] },
      },
      {
        id: 'review',
        type: 'task',
        assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
        fields: { cost: 'hidden' },
      },
      { id: 'end', type: 'end' },
    ],
    edges: [
      { id: 'e1', from: 'start', to: 'price' },
      { id: 'e2', from: 'price', to: 'review' },
      { id: 'e3', from: 'review', to: 'end' },
    ],
  };
}

/**
 * Visibility: queries scoped to one user (`TicketScope`) are answered inside the adapter, so that
 * totals, pages and groups count only the tickets that user may see; and `runtime.client` over the
 * adapter never answers a hidden ticket or a hidden field.
 */
export function describeVisibility(test: Test): void {
  describe('visibility', () => {
    test('visibility', 'scopes searches, totals, pages and groups to one user', async (s) => {
      const wf = uid('scope');
      const open = uid('viewable');
      const mk = (o: Parameters<typeof ticket>[0]) =>
        ticket({ workflow: { key: wf, version: 1 }, ...o });
      const tickets = [
        mk({ requester: 'ann' }),
        mk({ requester: 'bob', watchers: ['ann'] }),
        mk({ requester: 'bob', participants: ['ann', 'eve'] }),
        mk({ requester: 'bob' }),
        mk({ requester: 'bob', participants: ['eve'], status: 'closed' }),
        ticket({ workflow: { key: open, version: 2 }, requester: 'bob' }),
        ticket({ workflow: { key: open, version: 3 }, requester: 'bob' }),
      ];
      await s.commit({
        tickets: tickets.map((t) => ({ ticket: t, expectedVersion: null })),
        events: [],
      });
      const ids = (list: Array<{ id: string }>) => list.map((t) => t.id).sort();
      const ann = { user: 'ann', workflows: [] };
      const page = await s.queryTickets({ workflow: [wf, open] }, ann);
      expect(ids(page.tickets)).toEqual(ids(tickets.slice(0, 3)));
      if (page.total !== undefined) expect(page.total).toBe(3);
      const first = await s.queryTickets({ workflow: [wf], limit: 2 }, ann);
      const rest = await s.queryTickets({ workflow: [wf], limit: 2, after: first.next! }, ann);
      expect(ids([...first.tickets, ...rest.tickets])).toEqual(ids(tickets.slice(0, 3)));
      expect(rest.next).toBeUndefined();
      const viewer = { user: 'max', workflows: [{ key: open, version: 2 }] };
      expect(ids((await s.queryTickets({ workflow: [wf, open] }, viewer)).tickets)).toEqual(
        ids([tickets[5]!]),
      );
      const eve = await s.aggregateTickets(
        { workflow: [wf, open], groupBy: ['status'] },
        { user: 'eve', workflows: [] },
      );
      expect(eve.groups).toEqual([
        { key: { status: 'closed' }, value: 1 },
        { key: { status: 'open' }, value: 1 },
      ]);
      const all = await s.queryTickets({ workflow: [wf, open] });
      expect(all.tickets).toHaveLength(7);
    });

    test('visibility', 'runtime.client answers only visible tickets and fields', async (s) => {
      const key = uid('secret');
      const runtime = createRuntime({
        storage: s,
        publishers: 'anyone',
        auditors: [{ user: 'audit' }],
        directory: memoryDirectory({
          users: [{ id: 'ann' }, { id: 'eve' }, { id: 'sam' }, { id: 'audit' }],
        }),
      });
      await runtime.publish(secretWorkflow(key), { actor: 'admin' });
      const t = await runtime.client('ann').startTicket({ workflow: key, data: { summary: 'x' } });
      expect(t.data).toEqual({ summary: 'x' });
      await runtime
        .client('eve')
        .act({ ticket: t.id, action: 'comment', comment: 'note-5521', internal: true });
      const leak = (v: unknown) => /9137|note-5521/.test(JSON.stringify(v));
      const ann = runtime.client('ann');
      expect(leak(await ann.viewTicket(t.id))).toBe(false);
      expect(leak(await ann.history(t.id))).toBe(false);
      const mine = await ann.listTickets({ workflow: [key] });
      expect(mine.tickets.map((x) => x.id)).toEqual([t.id]);
      expect(leak(mine)).toBe(false);
      await expect(
        ann.listTickets({ sort: { field: 'data.cost', direction: 'asc' } }),
      ).rejects.toThrow(PermissionError);
      const sam = runtime.client('sam');
      await expect(sam.viewTicket(t.id)).rejects.toThrow(NotFoundError);
      await expect(sam.history(t.id)).rejects.toThrow(NotFoundError);
      expect((await sam.listTickets({ workflow: [key] })).tickets).toEqual([]);
      expect((await sam.aggregate({ workflow: [key], groupBy: ['status'] })).groups).toEqual([]);
      expect(leak(await runtime.client('eve').history(t.id))).toBe(true);
      const audit = await runtime.client('audit').listTickets({ workflow: [key] });
      expect(audit.tickets.map((x) => x.id)).toEqual([t.id]);
    });
  });
}
