import { useCallback, useState } from 'react';

/** How one user lays out the ticket list: the columns shown and the order. */
export interface ListPrefs {
  columns: string[];
  sort: { field: string; direction: 'asc' | 'desc' };
}

const key = (user: string) => `deskkit.tickets.${user}`;

function read(user: string, fallback: ListPrefs): ListPrefs {
  try {
    const raw = globalThis.localStorage?.getItem(key(user));
    if (!raw) return fallback;
    const parsed = JSON.parse(raw) as Partial<ListPrefs>;
    return {
      columns: Array.isArray(parsed.columns) ? parsed.columns.map(String) : fallback.columns,
      sort:
        parsed.sort &&
        typeof parsed.sort.field === 'string' &&
        (parsed.sort.direction === 'asc' || parsed.sort.direction === 'desc')
          ? parsed.sort
          : fallback.sort,
    };
  } catch {
    return fallback;
  }
}

/**
 * The signed-in user's list layout, kept in this browser per user (a layout, not data: nothing
 * the runtime decides is stored here).
 */
export function useListPrefs(
  user: string,
  fallback: ListPrefs,
): [ListPrefs, (p: ListPrefs) => void] {
  const [prefs, setState] = useState(() => read(user, fallback));
  const set = useCallback(
    (next: ListPrefs) => {
      setState(next);
      try {
        globalThis.localStorage?.setItem(key(user), JSON.stringify(next));
      } catch {
        // Private mode or a full store: the layout lasts for this page only.
      }
    },
    [user],
  );
  return [prefs, set];
}
