import type { Ticket } from '@deskkit/runtime';
import { useId, useState } from 'react';
import { useDeskQuery } from '../desk/DeskContext';
import { t } from '../i18n';
import { StatusChip } from './chips';
import './lifecycle.css';

/**
 * A combobox finding a ticket the user may see by number or title (the client's search), for
 * linking or merging. Arrow keys move through the matches, Enter picks one.
 */
export function TicketPicker(props: {
  label: string;
  /** Tickets not offered (the ticket itself, those already linked). */
  exclude?: readonly string[];
  value: Ticket | null;
  onChange(ticket: Ticket | null): void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const query = text.trim();
  const found = useDeskQuery(
    async ({ client }) =>
      query ? (await client.listTickets({ text: query, limit: 8 })).tickets : [],
    [query],
  );
  const options = (found.data ?? []).filter((x) => !props.exclude?.includes(x.id));
  const pick = (ticket: Ticket) => {
    props.onChange(ticket);
    setText('');
    setOpen(false);
  };
  if (props.value) {
    return (
      <div className="pg-picked" role="group" aria-label={props.label}>
        <span className="pg-mono">{props.value.number}</span>
        <span className="pg-picked-title">{props.value.title}</span>
        <StatusChip status={props.value.status} />
        <button
          type="button"
          className="pg-button pg-button-ghost pg-icon-button"
          aria-label={t('Choose another ticket')}
          onClick={() => props.onChange(null)}
        >
          ×
        </button>
      </div>
    );
  }
  const expanded = open && query !== '';
  return (
    <div className="pg-combobox">
      <input
        className="pg-input"
        type="search"
        role="combobox"
        aria-label={props.label}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        {...(expanded && options[active] ? { 'aria-activedescendant': `${id}-${active}` } : {})}
        placeholder={t('Ticket number or title')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter' && options[active]) pick(options[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {expanded ? (
        <ul className="pg-combobox-list" role="listbox" id={`${id}-list`} aria-label={props.label}>
          {options.length === 0 ? (
            <li className="pg-muted" role="presentation">
              {found.status === 'loading' ? t('Searching…') : t('No ticket matches.')}
            </li>
          ) : (
            options.map((ticket, i) => (
              // The keyboard picks through the combobox (arrows, Enter: aria-activedescendant).
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={ticket.id}
                id={`${id}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(ticket)}
              >
                <span className="pg-mono">{ticket.number}</span> {ticket.title}
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
