/**
 * `@deskkit/runtime/export`: writers of exported tables (`DeskClient.exportTickets`, reports),
 * kept out of the main entry, with no dependency: CSV (RFC 4180) by ./csv.ts, XLSX
 * (SpreadsheetML in a ZIP archive) by ./xlsx.ts.
 */
export { toCsv, CSV_MEDIA_TYPE, type CsvOptions } from './csv';
export { toXlsx, XLSX_MEDIA_TYPE, type XlsxOptions } from './xlsx';
export { reportTable } from './reportTable';
export type { Table, TableCell, TicketExport } from '../query/query.types';
