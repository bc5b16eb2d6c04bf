import { toCsv } from '../export/csv';
import { toXlsxBook } from '../export/xlsx';
import { CSV_MEDIA_TYPE } from '../export/csv';
import { XLSX_MEDIA_TYPE } from '../export/xlsx';
import { createI18n, type I18n } from '../i18n/createI18n';
import type { EmailAttachment, EmailMessage } from '../notify/email';
import type { Table, TableCell } from '../query/query.types';
import { measureKind, type SnapshotSection } from './snapshot';
import {
  SNAPSHOT_MESSAGES_EN,
  SNAPSHOT_MESSAGES_ZH_CN,
  type SnapshotMessageKey,
} from './snapshot.messages';
import type { ReportSubscription } from './subscription.types';

/** What a snapshot e-mail is written with besides its figures. */
export interface SnapshotMailOptions {
  /** The recipient's locale (`en`, `zh-CN`, ...). */
  locale: string;
  /** The desk's IANA time zone: the run's date and the period's days are in it. */
  timeZone: string;
  /** When the figures were taken (the schedule's run). */
  run: Date;
  /** The display name of the subscription's owner. */
  ownerName: string;
  /** A link to the dashboard, shown under the figures. */
  url?: string;
}

type Msg = I18n<SnapshotMessageKey>;

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A file name or worksheet name from a report title (letters and digits of any script kept). */
function slug(title: string, max: number, taken: Set<string>): string {
  const base =
    title
      .replace(/[\\/?*[\]:"<>|]+/g, ' ')
      .replace(/\p{Cc}+/gu, ' ')
      .trim()
      .slice(0, max)
      .trim() || 'report';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, max - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** A figure in an exported table: rates in percent and times in hours, as the widgets export. */
export function exportFigure(section: SnapshotSection, value: TableCell): TableCell {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value;
  const kind = measureKind(section.metric);
  if (kind === 'rate') return Math.round(value * 1000) / 10;
  if (kind === 'time') return Math.round((value / 3_600_000) * 100) / 100;
  if (kind === 'rating') return Math.round(value * 100) / 100;
  return value;
}

/** A figure as people read it in the e-mail body: "92.5%", "3.2 h", "4.33", "1,280". */
function shownFigure(i18n: Msg, section: SnapshotSection, value: number): string {
  const kind = measureKind(section.metric);
  if (kind === 'rate')
    return i18n.formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  if (kind === 'time')
    return i18n.t('snapshot.hours', {
      value: i18n.formatNumber(value / 3_600_000, { maximumFractionDigits: 1 }),
    });
  if (kind === 'rating') return i18n.formatNumber(value, { maximumFractionDigits: 2 });
  return i18n.formatNumber(value);
}

function headers(i18n: Msg, section: SnapshotSection, table: Table): string[] {
  return table.columns.map((c, i) => {
    if (i < table.columns.length - 1)
      return c.startsWith('data.') ? c.slice(5) : i18n.t(`dimension.${c}` as SnapshotMessageKey);
    const label = i18n.t(`metric.${section.metric}` as SnapshotMessageKey);
    const kind = measureKind(section.metric);
    if (kind === 'rate') return i18n.t('snapshot.percentUnit', { label });
    if (kind === 'time') return i18n.t('snapshot.hoursUnit', { label });
    return label;
  });
}

/** The sections' tables in export units, with translated headers (CSV files, worksheets). */
function exported(i18n: Msg, sections: SnapshotSection[]) {
  return sections.flatMap((s) =>
    s.table
      ? [
          {
            section: s,
            headers: headers(i18n, s, s.table),
            table: {
              columns: s.table.columns,
              rows: s.table.rows.map((r) =>
                r.map((cell, i) => (i === r.length - 1 ? exportFigure(s, cell) : cell)),
              ),
            },
          },
        ]
      : [],
  );
}

function sectionHtml(i18n: Msg, s: SnapshotSection): string {
  const period = s.report.days
    ? `<p style="color:#555;margin:0 0 4px">${escapeHtml(i18n.t('snapshot.period', { days: s.report.days }))}</p>`
    : '';
  const head = `<h2 style="font-size:16px;margin:20px 0 4px">${escapeHtml(s.report.title)}</h2>${period}`;
  if (!s.table) return `${head}<p>${escapeHtml(i18n.t('snapshot.unavailable'))}</p>`;
  if (!s.table.rows.length) return `${head}<p>${escapeHtml(i18n.t('snapshot.empty'))}</p>`;
  const cols = headers(i18n, s, s.table);
  const th = cols
    .map(
      (c, i) =>
        `<th scope="col" style="text-align:${i === cols.length - 1 ? 'right' : 'left'};border-bottom:1px solid #999;padding:4px 8px">${escapeHtml(c)}</th>`,
    )
    .join('');
  const rows = s.table.rows.map((r) => {
    const cells = r.map((cell, i) => {
      const last = i === r.length - 1;
      const text =
        last && typeof cell === 'number'
          ? shownFigure(i18n, s, cell)
          : cell === null
            ? i18n.t('snapshot.none')
            : String(cell);
      return `<td style="text-align:${last ? 'right' : 'left'};padding:4px 8px;border-bottom:1px solid #eee"${last ? ` data-value="${escapeHtml(String(cell))}"` : ''}>${escapeHtml(text)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `${head}<table style="border-collapse:collapse;font-size:14px"><thead><tr>${th}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function sectionText(i18n: Msg, s: SnapshotSection): string[] {
  const out = [
    s.report.title,
    ...(s.report.days ? [i18n.t('snapshot.period', { days: s.report.days })] : []),
  ];
  if (!s.table) return [...out, i18n.t('snapshot.unavailable'), ''];
  if (!s.table.rows.length) return [...out, i18n.t('snapshot.empty'), ''];
  const cols = headers(i18n, s, s.table);
  out.push(cols.join(' | '));
  for (const r of s.table.rows)
    out.push(
      r
        .map((cell, i) =>
          i === r.length - 1 && typeof cell === 'number'
            ? shownFigure(i18n, s, cell)
            : cell === null
              ? i18n.t('snapshot.none')
              : String(cell),
        )
        .join(' | '),
    );
  return [...out, ''];
}

/**
 * The snapshot e-mail of one recipient: the figures as HTML tables (and plain text), with a CSV
 * file per report and/or one XLSX workbook (a worksheet per report) attached, in their locale.
 */
export async function renderSnapshotMail(
  sub: Pick<ReportSubscription, 'id' | 'name' | 'formats'>,
  sections: SnapshotSection[],
  o: SnapshotMailOptions,
): Promise<Omit<EmailMessage, 'to'>> {
  const i18n = createI18n<SnapshotMessageKey>({
    locale: o.locale,
    timeZone: o.timeZone,
    catalogs: { en: SNAPSHOT_MESSAGES_EN, 'zh-CN': SNAPSHOT_MESSAGES_ZH_CN },
  });
  const date = i18n.formatDateTime(o.run);
  const attachments: EmailAttachment[] = [];
  const tables = exported(i18n, sections);
  if (sub.formats.includes('csv')) {
    const taken = new Set<string>();
    for (const t of tables) {
      const bytes = new TextEncoder().encode(toCsv(t.table, { headers: t.headers }));
      attachments.push({
        filename: `${slug(t.section.report.title, 80, taken)}.csv`,
        contentType: CSV_MEDIA_TYPE,
        content: base64(bytes),
      });
    }
  }
  if (sub.formats.includes('xlsx') && tables.length) {
    const taken = new Set<string>();
    const bytes = await toXlsxBook(
      tables.map((t) => ({
        sheetName: slug(t.section.report.title, 31, taken),
        table: t.table,
        headers: t.headers,
      })),
    );
    attachments.push({
      filename: `${slug(sub.name, 80, new Set())}.xlsx`,
      contentType: XLSX_MEDIA_TYPE,
      content: base64(bytes),
    });
  }
  const intro = i18n.t('snapshot.intro', { name: sub.name, date, timeZone: o.timeZone });
  const footer = i18n.t('snapshot.footer', { owner: o.ownerName, name: sub.name });
  const files = attachments.map((a) => a.filename).join(', ');
  const attached = files ? i18n.t('snapshot.attached', { files }) : '';
  const link = o.url ? { url: o.url, label: i18n.t('snapshot.open') } : null;
  const html = `<!doctype html><html lang="${escapeHtml(i18n.catalogLocale)}"><body style="font-family:system-ui,sans-serif"><p>${escapeHtml(intro)}</p>${sections
    .map((s) => sectionHtml(i18n, s))
    .join(
      '',
    )}${attached ? `<p>${escapeHtml(attached)}</p>` : ''}${link ? `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>` : ''}<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p></body></html>`;
  const text = [
    intro,
    '',
    ...sections.flatMap((s) => sectionText(i18n, s)),
    ...(attached ? [attached] : []),
    ...(link ? [`${link.label}: ${link.url}`] : []),
    '',
    footer,
  ].join('\n');
  return {
    subject: i18n.t('snapshot.subject', { name: sub.name, date }),
    text,
    html,
    headers: { 'X-Deskkit-Report': sub.id, 'X-Deskkit-Report-Run': o.run.toISOString() },
    ...(attachments.length ? { attachments } : {}),
  };
}
