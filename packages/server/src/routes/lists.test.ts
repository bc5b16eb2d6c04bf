import type { ListView, Ticket, TicketExport, TicketPage } from '@deskkit/runtime';
import { NotFoundError, ValidationError } from '@deskkit/runtime';
import { call, desk } from '../../test/fixtures';
import { createHttpClient } from '../client/index';

async function raise(handler: (r: Request) => Promise<Response>, user: string, summary: string) {
  const response = await handler(
    call('POST', '/tickets', { user, body: { workflow: 'access-request', data: { summary } } }),
  );
  expect(response.status).toBe(201);
  return (await response.json()) as Ticket;
}

describe('search, saved views and export over HTTP', () => {
  it('POST /tickets/search with `search` finds by what the user sees, never by a work note', async () => {
    const { handler } = await desk();
    const t = await raise(handler, 'ann', 'Printer jammed');
    await raise(handler, 'bob', 'Printer of bob');
    for (const [comment, internal] of [
      ['ordered toner', false],
      ['walrus budget', true],
    ] as const) {
      const r = await handler(
        call('POST', `/tickets/${t.id}/actions`, {
          user: 'eve',
          body: { action: 'comment', comment, internal },
        }),
      );
      expect(r.status).toBe(200);
    }
    const search = async (user: string, text: string) => {
      const r = await handler(call('POST', '/tickets/search', { user, body: { search: text } }));
      expect(r.status).toBe(200);
      return ((await r.json()) as TicketPage).tickets.map((x) => x.number);
    };
    expect(await search('ann', 'print toner')).toEqual([t.number]);
    expect(await search('ann', 'walrus')).toEqual([]);
    expect(await search('eve', 'walrus')).toEqual([t.number]);
    const bad = await handler(
      call('POST', '/tickets/search', { user: 'ann', body: { search: 42 } }),
    );
    expect(bad.status).toBe(400);
  });

  it('GET/POST /views and DELETE /views/{id} keep views per user', async () => {
    const { handler } = await desk();
    const saved = await handler(
      call('POST', '/views', {
        user: 'ann',
        body: { name: 'Open', columns: ['number', 'status'], query: { status: ['open'] } },
      }),
    );
    expect(saved.status).toBe(200);
    const view = (await saved.json()) as ListView;
    expect(saved.headers.get('location')).toBe(`/api/views/${view.id}`);
    expect(await (await handler(call('GET', '/views', { user: 'ann' }))).json()).toEqual([view]);
    expect(await (await handler(call('GET', '/views', { user: 'bob' }))).json()).toEqual([]);
    expect((await handler(call('DELETE', `/views/${view.id}`, { user: 'bob' }))).status).toBe(404);
    const invalid = await handler(
      call('POST', '/views', { user: 'ann', body: { name: 'x', columns: 'number', query: {} } }),
    );
    expect(invalid.status).toBe(400);
    const gone = await handler(call('DELETE', `/views/${view.id}`, { user: 'ann' }));
    expect(gone.status).toBe(204);
    expect(await (await handler(call('GET', '/views', { user: 'ann' }))).json()).toEqual([]);
  });

  it('POST /tickets/export answers a table as JSON, or CSV on Accept: text/csv', async () => {
    const { handler } = await desk();
    const t = await raise(handler, 'ann', '=SUM(A1), with "quotes"');
    await raise(handler, 'bob', 'Not for ann');
    const body = { columns: ['number', 'data.summary', 'status'] };
    const json = await handler(call('POST', '/tickets/export', { user: 'ann', body }));
    expect(json.status).toBe(200);
    expect((await json.json()) as TicketExport).toEqual({
      columns: ['number', 'data.summary', 'status'],
      rows: [[t.number, '=SUM(A1), with "quotes"', 'open']],
      truncated: false,
    });
    const csv = await handler(
      call('POST', '/tickets/export', { user: 'ann', body, headers: { accept: 'text/csv' } }),
    );
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="tickets.csv"/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for spreadsheets
    expect(new TextDecoder().decode(bytes)).toBe(
      `number,data.summary,status\r\n${t.number},"'=SUM(A1), with ""quotes""",open\r\n`,
    );
    const query = await handler(call('POST', '/tickets/export?format=csv', { user: 'ann', body }));
    expect(query.headers.get('content-type')).toMatch(/^text\/csv/);
    const wrong = await handler(
      call('POST', '/tickets/export', { user: 'ann', body: { columns: ['secret'] } }),
    );
    expect(wrong.status).toBe(422);
  });

  it('createHttpClient reaches the same search, views and export', async () => {
    const { handler } = await desk();
    const fetchVia = (async (input: RequestInfo | URL, init?: RequestInit) =>
      handler(new Request(input, init))) as typeof fetch;
    const ann = createHttpClient({
      baseUrl: 'http://desk.test/api',
      fetch: fetchVia,
      headers: () => ({ 'x-user': 'ann' }),
    });
    const t = await ann.startTicket({
      workflow: 'access-request',
      data: { summary: 'Laptop dock' },
    });
    expect((await ann.listTickets({ search: 'dock' })).tickets.map((x) => x.id)).toEqual([t.id]);
    const v = await ann.saveView({ name: 'Mine', columns: ['number'], query: { search: 'dock' } });
    expect(await ann.listViews()).toEqual([v]);
    await ann.deleteView(v.id);
    await expect(ann.deleteView(v.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await ann.exportTickets({ columns: ['number'] })).toEqual({
      columns: ['number'],
      rows: [[t.number]],
      truncated: false,
    });
    await expect(ann.exportTickets({ columns: [] })).rejects.toBeInstanceOf(ValidationError);
  });
});
