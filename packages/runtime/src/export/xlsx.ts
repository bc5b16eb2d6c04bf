import type { Table } from '../query/query.types';

/** The media type of {@link toXlsx}'s workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxOptions {
  /** The worksheet's name (default `Export`; at most 31 characters, no `\ / ? * [ ] :`). */
  sheetName?: string;
  /** Header labels in place of the column names (same order and length as `table.columns`). */
  headers?: string[];
}

/**
 * A table as an Excel workbook (one worksheet, a bold frozen header row, then one row per table
 * row), written by `exceljs`. Numbers stay numbers and `true`/`false` booleans, so a report's
 * figures can be summed and charted in the spreadsheet; text is never read as a formula.
 *
 * @example
 * ```ts
 * import { reportTable, toXlsx } from '@deskkit/runtime/export';
 * const bytes = await toXlsx(reportTable(await desk.aggregate(query), query));
 * ```
 */
export async function toXlsx(table: Table, options: XlsxOptions = {}): Promise<Uint8Array> {
  const header = options.headers ?? table.columns;
  if (header.length !== table.columns.length) {
    throw new RangeError(
      `toXlsx: ${header.length} headers given for ${table.columns.length} columns.`,
    );
  }
  const name = options.sheetName ?? 'Export';
  if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
    throw new RangeError(
      `toXlsx: sheetName ${JSON.stringify(name)} must be 1–31 characters without \\ / ? * [ ] :.`,
    );
  // exceljs loads on the first workbook: a page that only writes CSV never downloads it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  // Cells are values, never formulas: exceljs writes strings as shared strings.
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? null));
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(
      String(header[i] ?? '').length,
      ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    );
    column.width = Math.min(60, Math.max(8, widest + 2));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
