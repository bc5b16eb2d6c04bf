import { DESK_TIME_ZONE, dateLocale } from '../locale/locale';
import type { SlaClock, TicketStatus } from '@deskkit/runtime';
import { t } from '../i18n';

const statusLabels: Record<TicketStatus, string> = {
  open: 'Open',
  pending: 'On hold',
  resolved: 'Resolved',
  closed: 'Closed',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

/** A coloured chip for a ticket status. */
export function StatusChip({ status }: { status: TicketStatus }) {
  return (
    <span className={`pg-chip pg-chip-${status}`} data-status={status}>
      {t(statusLabels[status])}
    </span>
  );
}

export function PriorityChip({ priority }: { priority?: string | undefined }) {
  if (!priority) return <span className="pg-muted">—</span>;
  return <span className={`pg-chip pg-prio pg-prio-${priority.toLowerCase()}`}>{priority}</span>;
}

/** The state an SLA clock shows: warning once a threshold has passed while it still runs. */
export function slaTone(
  clock: SlaClock,
): 'ok' | 'warning' | 'breached' | 'met' | 'paused' | 'cancelled' {
  if (clock.state === 'cancelled') return 'cancelled';
  if (clock.state === 'breached') return 'breached';
  if (clock.state === 'met') return 'met';
  if (clock.state === 'paused') return 'paused';
  return clock.warned ? 'warning' : 'ok';
}

const toneLabels = {
  ok: 'On track',
  warning: 'Warning',
  breached: 'Breached',
  met: 'Met',
  paused: 'Paused',
  cancelled: 'Cancelled',
} as const;

export function SlaChip({ clock }: { clock: SlaClock }) {
  const tone = slaTone(clock);
  return (
    <span className={`pg-chip pg-sla-${tone}`} data-sla={tone}>
      {t(toneLabels[tone])}
    </span>
  );
}

/** `2026-11-24T09:30:00Z` → `24 Nov, 10:30` in Paris time (`24 Nov 2026, 10:30` with `year`). */
export function formatDateTime(iso: string | undefined, options: { year?: boolean } = {}): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(), {
    day: '2-digit',
    month: 'short',
    ...(options.year ? { year: 'numeric' as const } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DESK_TIME_ZONE,
  }).format(date);
}

/**
 * A duration in ms as `2 h 05 min` / `3 d 4 h`. With `inHours`, never in days (`72 h 00 min`):
 * for working time, where a day of 24 hours means nothing.
 */
export function formatDuration(ms: number, options: { inHours?: boolean } = {}): string {
  const negative = ms < 0;
  let rest = Math.abs(Math.round(ms / 60_000));
  const days = options.inHours ? 0 : Math.floor(rest / 1440);
  rest -= days * 1440;
  const hours = Math.floor(rest / 60);
  const minutes = rest - hours * 60;
  const text =
    days > 0
      ? `${days} d ${hours} h`
      : hours > 0
        ? `${hours} h ${String(minutes).padStart(2, '0')} min`
        : `${minutes} min`;
  return negative ? `-${text}` : text;
}
