import type { WorkflowDefinition } from '../definition/definition.types';
import type { StorageAdapter } from '../storage/storage.types';

/**
 * The prefix of a workflow's ticket numbers: `numberPrefix`, else the initials of the key's words
 * (`change-request` → `CR`), else the first three letters of a one-word key (`incident` → `INC`).
 */
export function numberPrefix(def: WorkflowDefinition): string {
  if (def.numberPrefix) return def.numberPrefix;
  const words = def.key.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const prefix = words.length > 1 ? words.map((w) => w[0]).join('') : (words[0] ?? 'T').slice(0, 3);
  return prefix.toUpperCase().slice(0, 6);
}

/**
 * The next ticket number, `PREFIX-YYYYMMDD-NNNN`: a sequence per prefix and UTC day from
 * `storage.nextSequence`, so numbers are unique under concurrency and across processes. The
 * sequence grows past four digits when a day has more than 9,999 tickets.
 */
export async function nextTicketNumber(
  storage: StorageAdapter,
  def: WorkflowDefinition,
  now: Date,
): Promise<string> {
  const prefix = numberPrefix(def);
  const day = now.toISOString().slice(0, 10).replace(/-/g, '');
  const n = await storage.nextSequence(`ticketNumber:${prefix}:${day}`);
  return `${prefix}-${day}-${String(n).padStart(4, '0')}`;
}
