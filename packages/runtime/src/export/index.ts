/**
 * `@deskkit/runtime/export`: writers of exported tables (`DeskClient.exportTickets`, reports),
 * kept out of the main entry: CSV (RFC 4180) by ./csv.ts, XLSX by ./xlsx.ts on
 * `write-excel-file`.
 */
export { toCsv, CSV_MEDIA_TYPE, type CsvOptions } from './csv';
export { toXlsx, toXlsxBook, XLSX_MEDIA_TYPE, type XlsxOptions, type XlsxSheet } from './xlsx';
export { reportTable } from './reportTable';
export type { Table, TableCell, TicketExport } from '../query/query.types';
