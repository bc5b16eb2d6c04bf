import type { ReactNode } from 'react';
import type { TicketLink as Link, WidgetContext } from '../../registry/widget.types';

/** A link to a ticket: an `<a>` when the dashboard has `ticketHref`, a button otherwise. */
export function TicketLink({
  ticket,
  context,
  children,
  className,
  label,
}: {
  ticket: Link;
  context: WidgetContext;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const href = context.ticketHref(ticket);
  const cls = ['dk-link', className].filter(Boolean).join(' ');
  if (href) {
    return (
      <a className={cls} href={href} aria-label={label} onClick={() => context.openTicket(ticket)}>
        {children}
      </a>
    );
  }
  return (
    <button
      type="button"
      className={cls}
      aria-label={label}
      onClick={() => context.openTicket(ticket)}
    >
      {children}
    </button>
  );
}
