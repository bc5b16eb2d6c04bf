import type { TicketQuery } from '@deskkit/runtime';
import type { ReactNode } from 'react';
import type { WidgetContext } from '../../registry/widget.types';

/** A link to the ticket list filtered by a query (`ticketListHref`, else `onOpenTicketList`). */
export function ListLink({
  query,
  label,
  context,
  className,
  children,
}: {
  query: TicketQuery;
  /** Accessible name, also passed to `onOpenTicketList`. */
  label: string;
  context: WidgetContext;
  className?: string;
  children: ReactNode;
}) {
  const href = context.ticketListHref(query);
  const open = () => context.openTicketList(query, label);
  // The label is read first, then what is shown: the name holds the visible text (WCAG 2.5.3).
  const content = (
    <>
      <span className="dk-sr-only">{label}</span> {children}
    </>
  );
  if (href) {
    return (
      <a className={className} href={href} onClick={open}>
        {content}
      </a>
    );
  }
  return (
    <button type="button" className={className} onClick={open}>
      {content}
    </button>
  );
}
