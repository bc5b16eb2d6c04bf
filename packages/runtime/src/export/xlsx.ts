import type { Table, TableCell } from '../query/query.types';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/universal';

/** The media type of {@link toXlsx}'s workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxOptions {
  /** The worksheet's name (default `Export`; at most 31 characters, no `\ / ? * [ ] :`). */
  sheetName?: string;
  /** Header labels in place of the column names (same order and length as `table.columns`). */
  headers?: string[];
}

/** Column widths in characters: the widest of the header and the first 200 rows, 8–60. */
function widths(header: readonly string[], table: Table): Array<{ width: number }> {
  return table.columns.map((_, i) => {
    const widest = Math.max(
      String(header[i] ?? '').length,
      ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    );
    return { width: Math.min(60, Math.max(8, widest + 2)) };
  });
}

const XML_INVALID = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function cell(value: TableCell | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number')
    return Number.isFinite(value)
      ? { value, type: Number }
      : { value: String(value), type: String };
  if (typeof value === 'boolean') return { value, type: Boolean };
  // Always a string cell: text that looks like a formula (`=…`) is never evaluated. Characters
  // XML 1.0 cannot carry (control characters pasted into a title) would corrupt the workbook.
  return { value: String(value).replace(XML_INVALID, ''), type: String };
}

/** The part of the DOM's FileReader used below (the runtime is typed without the DOM). */
interface BlobReader {
  result: unknown;
  error: unknown;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  readAsArrayBuffer(blob: Blob): void;
}

/** A Blob's bytes; jsdom's Blob (a host's component tests) has no `arrayBuffer()`, FileReader does. */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function')
    return blob.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  const Reader = (globalThis as { FileReader?: new () => BlobReader }).FileReader;
  if (!Reader) return Promise.reject(new TypeError('toXlsx: this Blob cannot be read.'));
  return new Promise((resolve, reject) => {
    const reader = new Reader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The workbook could not be read.'));
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * A table as an Excel workbook (one worksheet, a bold frozen header row, then one row per table
 * row), written by `write-excel-file`. Numbers stay numbers and `true`/`false` booleans, so a
 * report's figures can be summed and charted in the spreadsheet; text is always a string cell,
 * never read as a formula; `null` leaves the cell empty.
 *
 * @example
 * ```ts
 * import { reportTable, toXlsx } from '@deskkit/runtime/export';
 * const bytes = await toXlsx(reportTable(await desk.aggregate(query), query));
 * ```
 */
export async function toXlsx(table: Table, options: XlsxOptions = {}): Promise<Uint8Array> {
  return toXlsxBook([{ table, ...options }]);
}

/** One worksheet of {@link toXlsxBook}. */
export interface XlsxSheet extends XlsxOptions {
  table: Table;
}

/**
 * Several tables as one workbook, a worksheet each (as {@link toXlsx} writes one), e.g. the
 * reports of a dashboard snapshot. Worksheet names must differ.
 *
 * @example
 * ```ts
 * const bytes = await toXlsxBook([{ sheetName: 'SLA', table: sla }, { sheetName: 'Backlog', table: backlog }]);
 * ```
 */
export async function toXlsxBook(sheets: XlsxSheet[]): Promise<Uint8Array> {
  const names = new Set<string>();
  const out = sheets.map(({ table, headers, sheetName }) => {
    const header = headers ?? table.columns;
    if (header.length !== table.columns.length) {
      throw new RangeError(
        `toXlsx: ${header.length} headers given for ${table.columns.length} columns.`,
      );
    }
    const name = sheetName ?? 'Export';
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new RangeError(
        `toXlsx: sheetName ${JSON.stringify(name)} must be 1–31 characters without \\ / ? * [ ] :.`,
      );
    if (names.has(name.toLowerCase()))
      throw new RangeError(`toXlsx: two worksheets are named ${JSON.stringify(name)}.`);
    names.add(name.toLowerCase());
    const data: SheetData = [
      header.map((h): Cell => ({ value: String(h), type: String, fontWeight: 'bold' })),
      ...table.rows.map((row) => table.columns.map((_, c) => cell(row[c]))),
    ];
    return { data, sheet: name, columns: widths(header, table), stickyRowsCount: 1 };
  });
  const blob = await writeXlsxFile(out).toBlob();
  return bytesOf(blob);
}
