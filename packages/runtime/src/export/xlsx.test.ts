import ExcelJS from 'exceljs';
import { memoryStorage } from '../storage/memory/memory';
import { ticket } from '../testing/fixtures';
import { toCsv } from './csv';
import { reportTable } from './reportTable';
import { toXlsx } from './xlsx';

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { name: sheet.name, rows };
}

describe('report export', () => {
  it('a report exports to CSV and to an XLSX workbook whose figures stay numbers', async () => {
    const storage = memoryStorage();
    const rated = (group: string | undefined, rating: number) =>
      ticket({
        ...(group ? { group } : {}),
        satisfaction: { rating, at: '2026-11-23T12:00:00.000Z' },
      });
    await storage.commit({
      tickets: [rated('desk', 5), rated('desk', 4), rated('net', 2), rated(undefined, 3)].map(
        (t) => ({ ticket: t, expectedVersion: null }),
      ),
      events: [],
    });
    const query = { groupBy: ['group' as const], metric: 'csat' as const };
    const table = reportTable(await storage.aggregateTickets(query), query);
    expect(table).toEqual({
      columns: ['group', 'csat'],
      rows: [
        ['desk', 4.5],
        ['net', 2],
        [null, 3],
      ],
    });
    expect(toCsv(table, { bom: false })).toBe('group,csat\r\ndesk,4.5\r\nnet,2\r\n,3\r\n');
    const book = await readBack(
      await toXlsx(table, { sheetName: 'CSAT by group', headers: ['Group', 'CSAT'] }),
    );
    expect(book).toEqual({
      name: 'CSAT by group',
      rows: [
        ['Group', 'CSAT'],
        ['desk', 4.5],
        ['net', 2],
        [undefined, 3],
      ],
    });
  });

  it('keeps text that looks like a formula as text, and refuses a bad sheet name or header count', async () => {
    const table = { columns: ['title', 'n'], rows: [['=HYPERLINK("x")', 1]] };
    const book = await readBack(await toXlsx(table));
    expect(book.rows[1]).toEqual(['=HYPERLINK("x")', 1]);
    await expect(toXlsx(table, { sheetName: 'a/b' })).rejects.toThrow(/sheetName "a\/b"/);
    await expect(toXlsx(table, { headers: ['one'] })).rejects.toThrow(/1 headers given for 2/);
  });

  it('writes a bold, frozen header row and drops characters a workbook cannot hold', async () => {
    const table = { columns: ['title', 'done'], rows: [['Printer\u0007 jam', true]] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Export');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).values).toEqual([undefined, 'Printer jam', true]);
  });
});
