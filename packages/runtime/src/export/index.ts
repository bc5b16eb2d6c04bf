/**
 * `@deskkit/runtime/export`: writers of exported tables (`DeskClient.exportTickets`, reports),
 * kept out of the main entry. CSV is written by `csv-stringify` (node-csv).
 */
export { toCsv, CSV_MEDIA_TYPE, type CsvOptions } from './csv';
export type { Table, TableCell, TicketExport } from '../query/query.types';
