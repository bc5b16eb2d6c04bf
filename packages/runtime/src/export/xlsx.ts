import type { Table, TableCell } from '../query/query.types';
import { zip } from './zip';

/** The media type of {@link toXlsx}'s workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxOptions {
  /** The worksheet's name (default `Export`; at most 31 characters, no `\ / ? * [ ] :`). */
  sheetName?: string;
  /** Header labels in place of the column names (same order and length as `table.columns`). */
  headers?: string[];
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * Text as XML character data: markup escaped, characters XML 1.0 cannot carry dropped, and an
 * `_xHHHH_` run (which spreadsheet readers decode as a character) escaped as `_x005F_xHHHH_`.
 */
function text(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `A`, `B`, … `Z`, `AA`, … for a 0-based column index. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * A table as an Excel workbook (one worksheet, a bold frozen header row, then one row per table
 * row): SpreadsheetML (ECMA-376) in a ZIP archive, written without a dependency. Numbers stay
 * numbers and `true`/`false` booleans, so a report's figures can be summed and charted in the
 * spreadsheet; text is always a shared string, never read as a formula; `null` leaves the cell
 * empty.
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

  const strings = new Map<string, number>();
  const shared = (value: string) => {
    let index = strings.get(value);
    if (index === undefined) strings.set(value, (index = strings.size));
    return index;
  };
  const cell = (value: TableCell | undefined, ref: string, style: string): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number' && Number.isFinite(value))
      return `<c r="${ref}"${style}><v>${value}</v></c>`;
    if (typeof value === 'boolean')
      return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${style} t="s"><v>${shared(String(value))}</v></c>`;
  };
  const rows: string[] = [];
  [header, ...table.rows].forEach((values, r) => {
    const style = r === 0 ? ' s="1"' : '';
    const cells = table.columns.map((_, c) => cell(values[c], `${columnName(c)}${r + 1}`, style));
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const widths = table.columns.map((_, i) => {
    const widest = Math.max(
      String(header[i] ?? '').length,
      ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    );
    return `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(8, widest + 2))}" customWidth="1"/>`;
  });
  const sheet =
    `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<sheetViews><sheetView workbookViewId="0">' +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
    (widths.length ? `<cols>${widths.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData></worksheet>`;
  const sst =
    `${XML}<sst xmlns="${MAIN}" count="${strings.size}" uniqueCount="${strings.size}">` +
    [...strings.keys()].map((s) => `<si><t xml:space="preserve">${text(s)}</t></si>`).join('') +
    '</sst>';
  const styles =
    `${XML}<styleSheet xmlns="${MAIN}">` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
    '<fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>';
  const part = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  return zip([
    [
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${part}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${part}.worksheet+xml"/>` +
        `<Override PartName="/xl/styles.xml" ContentType="${part}.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${part}.sharedStrings+xml"/>` +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '</Relationships>',
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        `<sheets><sheet name="${text(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    ],
    ['xl/worksheets/sheet1.xml', sheet],
    ['xl/styles.xml', styles],
    ['xl/sharedStrings.xml', sst],
  ]);
}
