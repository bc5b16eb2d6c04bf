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
  // The label is read first, then what is shown: the name holds the visible text (WCAG 2.5.3).
  const content = label ? (
    <>
      <span className="dk-sr-only">{label}</span> {children}
    </>
  ) : (
    children
  );
  if (href) {
    return (
      <a className={cls} href={href} onClick={() => context.openTicket(ticket)}>
        {content}
      </a>
    );
  }
  return (
    <button type="button" className={cls} onClick={() => context.openTicket(ticket)}>
      {content}
    </button>
  );
}
