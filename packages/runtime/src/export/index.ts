/**
 * `@deskkit/runtime/export`: writers of exported tables (`DeskClient.exportTickets`, reports),
 * kept out of the main entry. CSV is written by `csv-stringify` (node-csv), XLSX by `exceljs`.
 */
export { toCsv, CSV_MEDIA_TYPE, type CsvOptions } from './csv';
export { toXlsx, XLSX_MEDIA_TYPE, type XlsxOptions } from './xlsx';
export { reportTable } from './reportTable';
export type { Table, TableCell, TicketExport } from '../query/query.types';
