import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Table } from '../query/query.types';

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
 * quotes or line breaks): a header row of the columns, then one row per table row. Empty cells
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
  return stringify([header, ...table.rows], {
    delimiter: options.delimiter ?? ',',
    bom: options.bom ?? true,
    escape_formulas: options.escapeFormulas ?? true,
    record_delimiter: 'windows',
    // csv-stringify quotes line breaks equal to the record delimiter only: a bare LF in a comment
    // must be quoted too, or spreadsheets split the row.
    quoted_match: /[\r\n]/,
    cast: { boolean: (v: boolean) => (v ? 'true' : 'false') },
  });
}
