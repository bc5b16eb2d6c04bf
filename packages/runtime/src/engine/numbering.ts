import type { LocalizedText } from '../definition/definition.types';
import type { WorkflowDefinition } from '../definition/definition.types';
import { toLocal } from '../time/zone';
import type { StorageAdapter } from '../storage/storage.types';

/**
 * The prefix of a workflow's ticket numbers: `numberPrefix`, else the initials of the key's words
 * (`change-request` → `CR`), else the first three letters of a one-word key (`incident` → `INC`).
 */
export function numberPrefix(def: WorkflowDefinition<LocalizedText>): string {
  if (def.numberPrefix) return def.numberPrefix;
  const words = def.key.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const prefix = words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? 'T').slice(0, 3);
  return prefix.toUpperCase().slice(0, 6);
}

/** How ticket numbers are made: the zone of their date and their format. */
export interface NumberingOptions {
  /** IANA zone of the date in the number; the runtime's `timeZone` (else UTC) when absent. */
  timeZone?: string;
  /**
   * `{prefix}`, `{yyyy}`, `{yy}`, `{MM}`, `{dd}` and `{seq}` (`{seq:6}` pads to 6 digits); default
   * `{prefix}-{yyyy}{MM}{dd}-{seq:4}`. The sequence restarts for each prefix and each value of the
   * date parts the format uses (daily with `{dd}`, monthly with `{yyyy}{MM}` only, never without).
   */
  format?: string;
}

const TOKEN = /\{(prefix|yyyy|yy|MM|dd|seq)(?::(\d{1,2}))?\}/g;

/**
 * The next ticket number (`PREFIX-YYYYMMDD-NNNN` by default), its date in the numbering zone: a
 * sequence per prefix and date from `storage.nextSequence`, so numbers are unique under
 * concurrency and across processes. The sequence grows past its padding when it must.
 */
export async function nextTicketNumber(
  storage: StorageAdapter,
  def: WorkflowDefinition<LocalizedText>,
  now: Date,
  options: NumberingOptions = {},
): Promise<string> {
  const prefix = numberPrefix(def);
  const format = options.format ?? '{prefix}-{yyyy}{MM}{dd}-{seq:4}';
  const local = new Date(toLocal(options.timeZone ?? 'UTC', now.getTime()));
  const year = String(local.getUTCFullYear()).padStart(4, '0');
  const fields: Record<string, string> = {
    yyyy: year,
    yy: year.slice(-2),
    MM: String(local.getUTCMonth() + 1).padStart(2, '0'),
    dd: String(local.getUTCDate()).padStart(2, '0'),
  };
  let period = '';
  const parts = format.replace(TOKEN, (m, token: string) => {
    if (token === 'prefix' || token === 'seq') return m;
    const v = fields[token]!;
    period += v;
    return v;
  });
  const n = await storage.nextSequence(`ticketNumber:${prefix}:${period}`);
  return parts
    .replace('{prefix}', prefix)
    .replace(TOKEN, (_, t, pad) => (t === 'seq' ? String(n).padStart(Number(pad ?? 1), '0') : ''));
}
