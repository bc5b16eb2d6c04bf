import type { ReactNode } from 'react';
import type { T } from '../../i18n/messages';

/**
 * Previous / next paging over `after` cursors. `cursors` are the cursors of the pages before the
 * one shown (none on the first page); `next` is the cursor of the page after it, if there is one.
 */
export function Pager(props: {
  t: T;
  cursors: readonly string[];
  next: string | undefined;
  /** What the pager says before its buttons (the total, the page). */
  info: ReactNode;
  onChange(cursors: string[]): void;
}) {
  const { t, cursors, next } = props;
  return (
    <nav className="dk-pager" aria-label={t('table.page', { page: cursors.length + 1 })}>
      <span className="dk-pager__info">{props.info}</span>
      <button
        type="button"
        className="dk-button dk-button--small"
        disabled={cursors.length === 0}
        onClick={() => props.onChange(cursors.slice(0, -1))}
      >
        {t('table.previous')}
      </button>
      <button
        type="button"
        className="dk-button dk-button--small"
        disabled={!next}
        onClick={() => next && props.onChange([...cursors, next])}
      >
        {t('table.next')}
      </button>
    </nav>
  );
}
