import { NotFoundError, PermissionError, ValidationError } from '../errors/errors';
import { toCsv } from '../export';
import type { StorageAdapter } from '../storage/storage.types';
import { chain, FORM, setup, task } from '../engine/testkit';
import { STORAGES } from '../engine/testkit.storages';
import { searchTerms, ticketWords, wordsMatch } from '../query/search';

const inc = chain(
  'inc',
  [task('fix', { strategy: 'fixed', to: [{ group: 'desk' }] }, { fields: { internal: 'hidden' } })],
  {
    form: { ...FORM, rules: [{ field: 'owner', visible: "'agent' in $actor.roles" }] },
  },
);

describe('search words', () => {
  it('splits into lower-cased runs of letters and digits; a term matches a word it begins', () => {
    expect(searchTerms('  CHG-2026 Lapt ')).toEqual(['chg', '2026', 'lapt']);
    expect(searchTerms('')).toEqual([]);
    expect(() => searchTerms('x'.repeat(201))).toThrow(ValidationError);
    expect(() => searchTerms(Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '))).toThrow(
      /17 words/,
    );
    const words = ticketWords({
      number: 'INC-20261123-0007',
      title: 'Müller: laptop',
      data: { a: { b: ['Dock', 42] } },
    });
    expect(words).toEqual(['inc', '20261123', '0007', 'müller', 'laptop', 'dock', '42']);
    expect(wordsMatch(words, ['lapt', 'mü'])).toBe(true);
    expect(wordsMatch(words, ['aptop'])).toBe(false);
  });
});

for (const { name, open } of STORAGES) {
  describe(`full-text search, saved views and export on ${name}`, () => {
    let storage: StorageAdapter;
    let dispose: () => Promise<void>;
    beforeAll(async () => ({ storage, dispose } = await open()), 60_000);
    afterAll(() => dispose());

    let n = 0;
    /** A runtime on the shared storage with a workflow of its own (tickets of other tests aside). */
    async function desk() {
      const kit = setup({ storage, auditors: [{ user: 'admin' }] });
      const wf = `inc${++n}`;
      await kit.runtime.publish({ ...inc, key: wf }, { actor: 'admin' });
      return { ...kit, wf };
    }

    it('finds by number, title, visible fields and public comments; never by hidden fields or work notes', async () => {
      const { runtime, wf } = await desk();
      const ann = runtime.client('ann');
      const eve = runtime.client('eve');
      const a = await ann.startTicket({
        workflow: wf,
        data: {
          summary: 'Printer jammed on floor three',
          internal: 'zebrafish',
          category: 'hardware',
        },
      });
      await runtime.client('bob').startTicket({ workflow: wf, data: { summary: 'Printer again' } });
      await eve.act({ ticket: a.id, action: 'comment', comment: 'Ordered a kangaroo part' });
      await eve.act({ ticket: a.id, action: 'comment', comment: 'walrus budget', internal: true });
      const found = async (who: typeof ann, search: string) =>
        (await who.listTickets({ search, workflow: [wf] })).tickets.map((t) => t.number);

      expect(await found(ann, 'print jam')).toEqual([a.number]);
      expect(await found(ann, a.number)).toEqual([a.number]);
      expect(await found(ann, 'HARDWARE')).toEqual([a.number]);
      expect(await found(ann, 'kangaroo')).toEqual([a.number]);
      // A work note is the desk's: the requester cannot find the ticket by it, the agent can.
      expect(await found(ann, 'walrus')).toEqual([]);
      expect(await found(eve, 'walrus')).toEqual([a.number]);
      // A field hidden at the current step counts for nobody (auditors included, see `auditors`).
      expect(await found(ann, 'zebrafish')).toEqual([]);
      expect(await found(eve, 'zebrafish')).toEqual([]);
      expect(await found(runtime.client('admin'), 'zebrafish')).toEqual([]);
      expect(await found(runtime.client('admin'), 'walrus')).toEqual([a.number]);
      // The answer is what the user sees: the hidden field is not in the ticket either.
      const [mine] = (await ann.listTickets({ search: 'printer', workflow: [wf] })).tickets;
      expect(mine?.data).not.toHaveProperty('internal');
      // Both words must match; bob's ticket is not ann's to see.
      expect(await found(ann, 'printer walrus')).toEqual([]);
      expect((await ann.listTickets({ search: 'printer', workflow: [wf] })).total).toBe(1);
      // The trusted runtime searches everything.
      expect(
        (await runtime.listTickets({ search: 'walrus zebrafish', workflow: [wf] })).tickets,
      ).toHaveLength(1);
      // Figures cannot be filtered by words (they would count hidden matches).
      await expect(ann.aggregate({ groupBy: ['status'], search: 'walrus' })).rejects.toBeInstanceOf(
        ValidationError,
      );
    });

    it('pages a search by what the user sees, whatever the hidden matches in between', async () => {
      const { runtime, advance, wf } = await desk();
      const ann = runtime.client('ann');
      const eve = runtime.client('eve');
      const visible: string[] = [];
      for (let i = 0; i < 7; i++) {
        advance(60_000);
        const t = await ann.startTicket({ workflow: wf, data: { summary: `Ticket ${i}` } });
        // Every other ticket has the word only in a work note.
        if (i % 2)
          await eve.act({ ticket: t.id, action: 'comment', comment: 'gnu', internal: true });
        else {
          await eve.act({ ticket: t.id, action: 'comment', comment: 'gnu' });
          visible.push(t.number);
        }
      }
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = await ann.listTickets({
          search: 'gnu',
          workflow: [wf],
          limit: 1,
          sort: { field: 'createdAt', direction: 'asc' },
          ...(after ? { after } : {}),
        });
        expect(page.tickets.length).toBeLessThanOrEqual(1);
        seen.push(...page.tickets.map((t) => t.number));
        after = page.next;
        pages += 1;
      } while (after && pages < 20);
      expect(seen).toEqual(visible);
      expect((await eve.listTickets({ search: 'gnu', limit: 50, workflow: [wf] })).total).toBe(7);
    });

    it('counts every match the user may see in total, on every page, past 2,000 candidates', async () => {
      const { runtime, advance, wf } = await desk();
      // A workflow that hides nothing: its field matches are counted by the storage alone.
      const plain = `${wf}p`;
      await runtime.publish(
        { ...inc, key: plain, nodes: inc.nodes.map((n) => ({ ...n, fields: {} })), form: FORM },
        { actor: 'admin' },
      );
      const ann = runtime.client('ann');
      const eve = runtime.client('eve');
      const mine: string[] = [];
      for (let i = 0; i < 3; i++) {
        advance(1000);
        mine.push(
          (await ann.startTicket({ workflow: wf, data: { summary: `okapi ${i}` } })).number,
        );
        advance(1000);
        mine.push(
          (await ann.startTicket({ workflow: plain, data: { summary: `okapi ${i}` } })).number,
        );
      }
      // Newer tickets hold the word only where ann may not look: a field hidden at this step, and
      // work notes. More of them than the 2,000 candidates a search used to stop at.
      advance(1000);
      const hidden = await ann.startTicket({
        workflow: wf,
        data: { summary: 'filler', internal: 'okapi' },
      });
      await eve.act({ ticket: hidden.id, action: 'comment', comment: 'okapi', internal: true });
      const noted = await ann.startTicket({ workflow: plain, data: { summary: 'other' } });
      await eve.act({ ticket: noted.id, action: 'comment', comment: 'okapi', internal: true });
      for (let b = 0; b < 41; b++)
        await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            runtime.startTicket({
              workflow: wf,
              actor: 'ann',
              data: { summary: 'filler', internal: `okapi ${i}` },
            }),
          ),
        );
      const query = { search: 'okapi', workflow: [wf, plain], limit: 4 };
      const first = await ann.listTickets(query);
      expect(first.tickets.map((t) => t.number)).toEqual(mine.slice(2).reverse());
      expect(first.total).toBe(6);
      const second = await ann.listTickets({ ...query, after: first.next! });
      expect(second.tickets.map((t) => t.number)).toEqual(mine.slice(0, 2).reverse());
      expect(second.total).toBe(6);
      expect(second.next).toBeUndefined();
      // The desk reads the work notes: two more matches, counted on what eve sees.
      expect((await eve.listTickets({ ...query, workflow: [plain] })).total).toBe(4);
    }, 120_000);

    it('keeps saved list views per user', async () => {
      const { runtime } = await desk();
      const ann = runtime.client('ann');
      const eve = runtime.client('eve');
      expect(await ann.listViews()).toEqual([]);
      const mine = await ann.saveView({
        name: 'My open printers',
        columns: ['number', 'title', 'status'],
        query: {
          status: ['open'],
          search: 'printer',
          sort: { field: 'createdAt', direction: 'asc' },
        },
      });
      expect(mine).toMatchObject({
        id: expect.any(String),
        name: 'My open printers',
        updatedAt: expect.any(String),
      });
      await ann.saveView({ name: 'All', columns: ['number'], query: {} });
      expect((await ann.listViews()).map((v) => v.name)).toEqual(['My open printers', 'All']);
      expect(await eve.listViews()).toEqual([]);
      const renamed = await ann.saveView({ ...mine, name: 'Printers' });
      expect(renamed.id).toBe(mine.id);
      expect((await ann.listViews()).map((v) => v.name)).toEqual(['Printers', 'All']);
      await ann.deleteView(mine.id);
      expect((await ann.listViews()).map((v) => v.name)).toEqual(['All']);
      await expect(eve.deleteView((await ann.listViews())[0]!.id)).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(ann.saveView({ name: '', columns: [], query: {} })).rejects.toMatchObject({
        issues: [{ path: '/name' }],
      });
      await expect(
        ann.saveView({ name: 'x', columns: [], query: { limit: 5 } as never }),
      ).rejects.toMatchObject({ issues: [{ path: '/query' }] });
      // A view that sorts by a field some step hides would be refused when run: refused now.
      await expect(
        ann.saveView({
          name: 'x',
          columns: [],
          query: { sort: { field: 'data.internal', direction: 'asc' } },
        }),
      ).rejects.toBeInstanceOf(PermissionError);
    });

    it('exports what the user sees as a table and as CSV', async () => {
      const { runtime, advance, wf } = await desk();
      const ann = runtime.client('ann');
      const a = await ann.startTicket({
        workflow: wf,
        data: { summary: '=HYPERLINK("x"), "quoted"', internal: 'secret' },
      });
      advance(1000);
      const b = await ann.startTicket({ workflow: wf, data: { summary: 'Two\nlines' } });
      await runtime.client('bob').startTicket({ workflow: wf, data: { summary: 'Not ann' } });
      const table = await ann.exportTickets({
        columns: ['number', 'data.summary', 'data.internal', 'status', 'assignees'],
        query: { sort: { field: 'createdAt', direction: 'asc' }, workflow: [wf] },
      });
      expect(table).toEqual({
        columns: ['number', 'data.summary', 'data.internal', 'status', 'assignees'],
        rows: [
          // `internal` is hidden at this step: an empty cell.
          [a.number, '=HYPERLINK("x"), "quoted"', null, 'open', ''],
          [b.number, 'Two\nlines', null, 'open', ''],
        ],
        truncated: false,
      });
      const agent = await runtime.client('eve').exportTickets({
        columns: ['number', 'requester'],
        query: { sort: { field: 'createdAt', direction: 'asc' }, workflow: [wf] },
        limit: 1,
      });
      expect(agent).toEqual({
        columns: ['number', 'requester'],
        rows: [[a.number, 'ann']],
        truncated: true,
      });
      expect(toCsv(table, { bom: false })).toBe(
        'number,data.summary,data.internal,status,assignees\r\n' +
          `${a.number},"'=HYPERLINK(""x""), ""quoted""",,open,\r\n` +
          `${b.number},"Two\nlines",,open,\r\n`,
      );
      await expect(ann.exportTickets({ columns: ['password'] })).rejects.toMatchObject({
        issues: [{ path: '/columns/0' }],
      });
    });
  });
}
