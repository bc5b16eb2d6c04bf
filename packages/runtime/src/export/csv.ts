import type { Table, TableCell } from '../query/query.types';

/** The media type of {@link toCsv}'s text (with a header row). */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8; header=present';

export interface CsvOptions {
  /** Field separator (default `,`; `;` for spreadsheets in locales with decimal commas). */
  delimiter?: string;
  /** Start with a UTF-8 byte order mark so that Excel reads accents right (default true). */
  bom?: boolean;
  /**
   * Prefix cells that start with `=`, `+`, `-`, `@`, tab or carriage return with `'`, so that a
   * spreadsheet never runs a ticket's text as a formula (CSV injection; default true).
   */
  escapeFormulas?: boolean;
  /** Header labels in place of the column names (same order and length as `table.columns`). */
  headers?: string[];
}

/**
 * A table as CSV text (RFC 4180: CRLF line ends, fields quoted when they hold the separator,
 * quotes or line breaks, quotes doubled; written without a dependency): a header row of the columns, then one row per table row. Empty cells
 * (`null`) are empty fields; `true`/`false` are written as such.
 *
 * @example
 * ```ts
 * import { toCsv } from '@deskkit/runtime/export';
 * const table = await desk.exportTickets({ columns: ['number', 'title', 'status'] });
 * const csv = toCsv(table); // "\uFEFFnumber,title,status\r\nINC-…"
 * ```
 */
export function toCsv(table: Table, options: CsvOptions = {}): string {
  const header = options.headers ?? table.columns;
  if (header.length !== table.columns.length) {
    throw new RangeError(
      `toCsv: ${header.length} headers given for ${table.columns.length} columns.`,
    );
  }
  const delimiter = options.delimiter ?? ',';
  const escapeFormulas = options.escapeFormulas ?? true;
  const field = (cell: TableCell | undefined): string => {
    if (cell === null || cell === undefined) return '';
    let value = typeof cell === 'boolean' ? (cell ? 'true' : 'false') : String(cell);
    // A spreadsheet would run these as formulas (OWASP CSV injection; the full-width forms are
    // what Apple Numbers normalises); a negative number stays a number.
    if (
      escapeFormulas &&
      typeof cell === 'string' &&
      /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value)
    )
      value = `'${value}`;
    return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value)
      ? `"${value.replace(/"/g, '""')}"`
      : value;
  };
  const lines = [header, ...table.rows].map((row) => `${row.map(field).join(delimiter)}\r\n`);
  return `${(options.bom ?? true) ? '\uFEFF' : ''}${lines.join('')}`;
}
