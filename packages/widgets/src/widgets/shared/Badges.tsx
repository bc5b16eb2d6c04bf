import type { TicketStatus } from '@deskkit/runtime';
import type { T } from '../../i18n/messages';
import type { MessageKey } from '../../i18n/messages';

/** The translated label of a ticket status. */
export function statusLabel(status: string, t: T): string {
  const key = `status.${status}` as MessageKey;
  return key in STATUS_KEYS ? t(key) : status;
}

const STATUS_KEYS: Record<string, true> = {
  'status.open': true,
  'status.pending': true,
  'status.resolved': true,
  'status.closed': true,
  'status.rejected': true,
  'status.cancelled': true,
};

/** A coloured pill for a ticket status. */
export function StatusBadge({ status, t }: { status: TicketStatus | string; t: T }) {
  return (
    <span className={`dk-pill dk-pill--status dk-status-${status}`}>{statusLabel(status, t)}</span>
  );
}

/** A coloured pill for a priority (`P1`–`P4` have their own colours). */
export function PriorityBadge({ priority }: { priority?: string }) {
  if (!priority) return null;
  return (
    <span className={`dk-pill dk-pill--priority dk-priority-${priority.toLowerCase()}`}>
      {priority}
    </span>
  );
}
