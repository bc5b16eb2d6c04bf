// runtime.client(actor): who sees which tickets and fields, on memory, PGlite and (when
// DESKKIT_TEST_DATABASE_URL is set) a PostgreSQL server.
import type { WorkflowDefinition } from '../definition/definition.types';
import { memoryDirectory } from '../directory/memory';
import { NotFoundError, PermissionError } from '../errors/errors';
import { createRuntime } from '../engine/runtime';
import type { RuntimeEvent } from '../engine/runtime.types';
import { USERS } from '../engine/testkit';
import { DATABASES } from '../postgres/testDatabases';
import type { StorageAdapter } from '../storage/storage.types';
import { memoryStorage } from '../storage/memory/memory';

/** `cost` is set by automation and hidden at every user step; `agentNote` hides from the requester by a rule. */
export const VISIBILITY_WORKFLOW: WorkflowDefinition = {
  schemaVersion: 1,
  key: 'vis',
  name: 'Visibility',
  title: "'Cost ' & cost",
  permissions: { view: [{ role: 'manager' }] },
  form: {
    schema: {
      type: 'object',
      properties: {
        summary: { type: 'string' },
        cost: { type: 'number' },
        agentNote: { type: 'string' },
      },
    },
    rules: [{ field: 'agentNote', visible: '$actor.id != $ticket.requester' }],
  },
  nodes: [
    { id: 'start', type: 'start', fields: { cost: 'hidden', agentNote: 'hidden' } },
    {
      id: 'price',
      type: 'automation',
      automation: { actions: [{ type: 'set', field: 'cost', value: '4242' }] },
    },
    {
      id: 'review',
      type: 'task',
      name: 'Review',
      assign: { strategy: 'fixed', to: [{ user: 'eve' }] },
      fields: { cost: 'hidden', agentNote: 'edit' },
    },
    { id: 'end', type: 'end' },
  ],
  edges: [
    { id: 'e1', from: 'start', to: 'price' },
    { id: 'e2', from: 'price', to: 'review' },
    { id: 'e3', from: 'review', to: 'end' },
  ],
};

const STORAGES: Array<{
  name: string;
  open: () => Promise<{ storage: StorageAdapter; dispose: () => Promise<void> }>;
}> = [
  { name: 'memory', open: async () => ({ storage: memoryStorage(), dispose: async () => {} }) },
  ...DATABASES.map(({ name, open }) => ({
    name,
    open: async () => {
      const db = await open();
      const storage = db.storage();
      await storage.migrate();
      return { storage, dispose: () => db.dispose() };
    },
  })),
];

const has = (value: unknown, needle: string) => JSON.stringify(value).includes(needle);

describe.each(STORAGES)('runtime.client on $name', ({ open }) => {
  let dispose: () => Promise<void>;
  let runtime: ReturnType<typeof createRuntime>;
  let ticketId: string;

  beforeAll(async () => {
    const opened = await open();
    dispose = opened.dispose;
    runtime = createRuntime({
      storage: opened.storage,
      directory: memoryDirectory({ users: USERS }),
      auditors: [{ user: 'admin' }],
      publishers: [{ role: 'admin' }],
    });
    await runtime.publish(VISIBILITY_WORKFLOW, { actor: 'admin' });
    const t = await runtime
      .client('ann')
      .startTicket({ workflow: 'vis', data: { summary: 'VPN' }, watchers: ['bob'] });
    ticketId = t.id;
    expect(t.data).toEqual({ summary: 'VPN' });
    expect(t.title).toBeUndefined();
  }, 60_000);
  afterAll(async () => dispose?.());

  it('shows the requester their ticket without hidden fields, anywhere', async () => {
    const ann = runtime.client('ann');
    const view = await ann.viewTicket(ticketId);
    expect(view.ticket.data).toEqual({ summary: 'VPN' });
    expect(view.ticket.title).toBeUndefined();
    const page = await ann.listTickets({ workflow: ['vis'] });
    expect(page.tickets.map((t) => t.id)).toEqual([ticketId]);
    expect(has(page, '4242')).toBe(false);
    const history = await ann.history(ticketId);
    expect(history.length).toBeGreaterThan(2);
    expect(has(history, '4242')).toBe(false);
    expect((await runtime.history(ticketId)).some((e) => has(e.changes ?? [], '4242'))).toBe(true);
  });

  it('answers NotFoundError to who may not see the ticket, exactly as for a missing one', async () => {
    const sam = runtime.client('sam');
    for (const call of [
      () => sam.viewTicket(ticketId),
      () => sam.history(ticketId),
      () => sam.act({ ticket: ticketId, action: 'comment', comment: 'hi' }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toBe(`Ticket "${ticketId}" does not exist.`);
    }
    const missing = await sam.viewTicket('nope').catch((e: unknown) => e);
    expect((missing as Error).message).toBe('Ticket "nope" does not exist.');
    const page = await sam.listTickets({});
    expect(page.tickets).toEqual([]);
    expect(page.total ?? 0).toBe(0);
    expect((await sam.aggregate({ groupBy: ['status'] })).groups).toEqual([]);
  });

  it('shows holders the desk fields, viewers by permissions.view, auditors everything', async () => {
    const eve = await runtime.client('eve').viewTicket(ticketId);
    expect(Object.keys(eve.ticket.data).sort()).toEqual(['summary']);
    expect(eve.form.permissions.agentNote).toBe('edit');
    const max = await runtime.client('max').listTickets({});
    expect(max.tickets.map((t) => t.id)).toEqual([ticketId]);
    const admin = runtime.client('admin');
    expect((await admin.listTickets({})).tickets.map((t) => t.id)).toEqual([ticketId]);
    expect((await admin.aggregate({ groupBy: ['status'] })).groups).toEqual([
      { key: { status: 'open' }, value: 1 },
    ]);
  });

  it('keeps work notes on the desk side and lets watchers follow', async () => {
    const eve = runtime.client('eve');
    await eve.act({ ticket: ticketId, action: 'comment', comment: 'note-xyz', internal: true });
    await runtime
      .client('bob')
      .act({ ticket: ticketId, action: 'comment', comment: 'from the watcher' });
    const refused = await runtime
      .client('ann')
      .act({ ticket: ticketId, action: 'comment', comment: 'x', internal: true })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PermissionError);
    // The view says who is on the desk side (work notes), so a UI need not guess.
    expect((await runtime.client('ann').viewTicket(ticketId)).deskSide).toBe(false);
    expect((await runtime.client('bob').viewTicket(ticketId)).deskSide).toBe(false);
    expect((await eve.viewTicket(ticketId)).deskSide).toBe(true);
    for (const user of ['ann', 'bob']) {
      const history = await runtime.client(user).history(ticketId);
      expect(has(history, 'note-xyz')).toBe(false);
      expect(has(history, 'from the watcher')).toBe(true);
    }
    for (const user of ['eve', 'admin', 'max'])
      expect(has(await runtime.client(user).history(ticketId), 'note-xyz')).toBe(true);

    const sam = runtime.client('sam');
    await expect(sam.act({ ticket: ticketId, action: 'watch' })).rejects.toThrow(NotFoundError);
    await runtime.client('ann').act({ ticket: ticketId, action: 'watch', to: 'sam' });
    expect((await sam.viewTicket(ticketId)).actions).toContain('unwatch');
    await sam.act({ ticket: ticketId, action: 'unwatch' });
    await expect(sam.viewTicket(ticketId)).rejects.toThrow(NotFoundError);
  });

  it('refuses queries naming a field hidden from the user, naming it', async () => {
    const eve = runtime.client('eve');
    for (const query of [
      { where: [{ field: 'data.cost', op: 'gt' as const, value: 1 }] },
      { sort: { field: 'data.agentNote', direction: 'asc' as const } },
      { text: 'Cost' },
    ]) {
      const error = await eve.listTickets(query).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PermissionError);
      expect((error as PermissionError).fields.length).toBe(1);
    }
    const grouped = await eve.aggregate({ groupBy: ['data.cost'] }).catch((e: unknown) => e);
    expect((grouped as PermissionError).fields).toEqual(['cost']);
    const ok = await eve.listTickets({
      where: [{ field: 'data.summary', op: 'eq', value: 'VPN' }],
    });
    expect(ok.tickets).toHaveLength(1);
  });

  it('sends each user only the events of tickets they see, redacted', async () => {
    const got: Record<string, RuntimeEvent[]> = { ann: [], sam: [], eve: [] };
    const stops = Object.keys(got).map((u) => runtime.client(u).subscribe((e) => got[u]!.push(e)));
    const [item] = await runtime.client('eve').tasks();
    expect(item?.title).toBeUndefined();
    await runtime.client('eve').act({
      ticket: ticketId,
      action: 'submit',
      workItem: item!.id,
      data: { agentNote: 'agent-only' },
    });
    await vi.waitFor(() => expect(got.ann!.some((e) => e.type === 'statusChanged')).toBe(true));
    await vi.waitFor(() => expect(got.eve!.some((e) => e.type === 'statusChanged')).toBe(true));
    stops.forEach((stop) => stop());
    expect(got.sam).toEqual([]);
    expect(has(got.ann, '4242')).toBe(false);
    expect(has(got.ann, 'agent-only')).toBe(false);
    expect(has(got.eve, 'agent-only')).toBe(true);
  });

  it('reads the event feed redacted like subscribe (eventsSince), moving every cursor alike', async () => {
    const all = await runtime.eventsSince(null, 1000);
    const page = async (u: string) => {
      const p = await runtime.client(u).eventsSince(null, 1000);
      expect(p.cursor).toBe(all.cursor);
      expect(p.events.every((e) => all.events.some((a) => a.position === e.position))).toBe(true);
      return p.events.filter((e) => e.ticketId === ticketId);
    };
    const [ann, eve, sam] = [await page('ann'), await page('eve'), await page('sam')];
    expect(sam).toEqual([]);
    expect(ann.some((e) => e.type === 'statusChanged')).toBe(true);
    expect(has(all.events, '4242')).toBe(true);
    expect(has(ann, '4242')).toBe(false);
    expect(has(ann, 'agent-only')).toBe(false);
    expect(has(eve, 'agent-only')).toBe(true);
  });

  it('keeps a field hidden at every user step hidden after the end, except from auditors', async () => {
    expect((await runtime.getTicket(ticketId)).status).toBe('resolved');
    for (const user of ['ann', 'eve', 'max']) {
      const view = await runtime.client(user).viewTicket(ticketId);
      expect(view.ticket.data.cost).toBeUndefined();
    }
    const audit = await runtime.client('admin').viewTicket(ticketId);
    expect(audit.ticket.data.cost).toBe(4242);
    expect(audit.ticket.title).toBe('Cost 4242');
  });
});
