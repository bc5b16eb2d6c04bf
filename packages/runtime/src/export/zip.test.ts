import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import { toXlsx } from './xlsx';
import { crc32, zip } from './zip';

// Info-ZIP's unzip, where installed (Debian: apt-get install unzip), checks the archive on its own;
// the workbooks below are also read back by exceljs.
const unzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the ZIP writer', () => {
  it('computes CRC-32 as zlib does', () => {
    for (const text of ['', 'a', 'Deskkit 工单 ✓', 'x'.repeat(10_000)]) {
      const bytes = new TextEncoder().encode(text);
      expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    }
  });

  it.skipIf(!unzip)('writes an archive unzip reads back byte for byte', async () => {
    const files: Array<[string, string]> = [
      ['a.txt', 'hello'],
      ['dir/deep.xml', `<x>${'repeated '.repeat(500)}</x>`],
      ['empty', ''],
    ];
    const dir = mkdtempSync(join(tmpdir(), 'deskkit-zip-'));
    try {
      const archive = join(dir, 'out.zip');
      writeFileSync(archive, await zip(files));
      // unzip tests every entry's CRC and size.
      expect(execFileSync('unzip', ['-t', archive], { encoding: 'utf8' })).toMatch(/No errors/);
      for (const [path, content] of files)
        expect(execFileSync('unzip', ['-p', archive, path], { encoding: 'utf8' })).toBe(content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('toXlsx', () => {
  it('writes what a spreadsheet reads: a bold frozen header, numbers, booleans, text as text', async () => {
    const columns = Array.from({ length: 28 }, (_, i) => `c${i}`);
    const row = columns.map((_, i) => i);
    const table = {
      columns,
      rows: [
        row,
        ['<b>&"quoted"</b>', true, false, null, ' padded ', '_x0041_', 'line\nbreak', '工单 ✓'],
      ],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(table)).buffer as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Export');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).not.toBe(true);
    expect(sheet.getCell('AB1').value).toBe('c27');
    expect(sheet.getCell('AB2').value).toBe(27);
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      '<b>&"quoted"</b>',
      true,
      false,
      undefined,
      ' padded ',
      '_x0041_',
      'line\nbreak',
      '工单 ✓',
    ]);
    expect(sheet.getColumn(1).width).toBe(18);
  });
});
