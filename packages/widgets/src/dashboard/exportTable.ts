import type { Table } from '@deskkit/runtime';

/** A widget's figures written as a file (`Dashboard`'s `onExport`). */
export interface WidgetExportFile {
  format: 'csv' | 'xlsx';
  /** `sla-compliance-2026-12-07.xlsx`: the widget's title and the day of the export. */
  fileName: string;
  mediaType: string;
  /** CSV text, or the XLSX workbook's bytes. */
  data: string | Uint8Array;
  /** The table the file was written from. */
  table: Table;
}

const slug = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'report';

/**
 * Writes a widget's table as CSV or XLSX with `@deskkit/runtime/export`, loaded on the first
 * export so that a dashboard nobody exports never downloads it.
 */
export async function writeWidgetFile(
  table: Table,
  format: 'csv' | 'xlsx',
  title: string,
  day: Date,
): Promise<WidgetExportFile> {
  const { toCsv, toXlsx, CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } =
    await import('@deskkit/runtime/export');
  const fileName = `${slug(title)}-${day.toISOString().slice(0, 10)}.${format}`;
  if (format === 'csv')
    return { format, fileName, mediaType: CSV_MEDIA_TYPE, data: toCsv(table), table };
  // A worksheet name is at most 31 characters, without \ / ? * [ ] :.
  const sheetName =
    title
      .replace(/[\\/?*[\]:]/g, ' ')
      .trim()
      .slice(0, 31) || 'Report';
  const data = await toXlsx(table, { sheetName });
  return { format, fileName, mediaType: XLSX_MEDIA_TYPE, data, table };
}

/** Has the browser download a file (a link to a blob, clicked). */
export function downloadWidgetFile(file: WidgetExportFile): void {
  const part = typeof file.data === 'string' ? file.data : new Uint8Array(file.data);
  const url = URL.createObjectURL(new Blob([part], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the link; the blob is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
