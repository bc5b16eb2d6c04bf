import type { DeskClient, TicketExportInput } from '@deskkit/runtime';
import { t } from '../../i18n';
import type { TicketColumn } from './columns';

/** The export's columns for the list's shown columns (the SLA chip has no export column). */
export function exportColumns(shown: readonly TicketColumn[]): string[] {
  return ['number', ...shown.filter((c) => c.id !== 'sla').map((c) => c.id)];
}

const headers: Record<string, string> = {
  number: 'Ticket',
  title: 'Title',
  status: 'Status',
  priority: 'Priority',
  workflow: 'Workflow',
  requester: 'Requester',
  assignees: 'Assignees',
  createdAt: 'Created',
  updatedAt: 'Updated',
};

/**
 * Exports the tickets of a query as this user sees them (`client.exportTickets`) and has the
 * browser download them as a CSV file, or an Excel workbook with `format: 'xlsx'`.
 */
export async function downloadCsv(
  client: Pick<DeskClient, 'exportTickets'>,
  input: Required<Pick<TicketExportInput, 'query' | 'columns'>> & {
    fileName: string;
    format?: 'csv' | 'xlsx';
  },
): Promise<{ rows: number; truncated: boolean }> {
  // The writers load on first export, not with the list (exceljs only for a workbook).
  const [table, writers] = await Promise.all([
    client.exportTickets({ query: input.query, columns: input.columns }),
    import('@deskkit/runtime/export'),
  ]);
  const named = { headers: table.columns.map((c) => t(headers[c] ?? c)) };
  const blob =
    input.format === 'xlsx'
      ? new Blob(
          [new Uint8Array(await writers.toXlsx(table, { ...named, sheetName: 'Tickets' }))],
          {
            type: writers.XLSX_MEDIA_TYPE,
          },
        )
      : new Blob([writers.toCsv(table, named)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = input.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the blob is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { rows: table.rows.length, truncated: table.truncated };
}
