import { useEffect, useState } from 'react';

/**
 * A parsed hash route: `#/ticket/abc` → `{ section: 'ticket', params: ['abc'] }`; a query after the
 * path (`#/ticket/abc?rate=4`, as the satisfaction e-mail links) → `query: { rate: '4' }`.
 */
export interface Route {
  section: string;
  params: string[];
  query?: Record<string, string>;
}

export function parseHash(hash: string): Route {
  const full = hash.replace(/^#\/?/, '');
  const at = full.indexOf('?');
  const path = at < 0 ? full : full.slice(0, at);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const route: Route = { section: parts[0] ?? 'catalog', params: parts.slice(1) };
  if (at >= 0) route.query = Object.fromEntries(new URLSearchParams(full.slice(at + 1)));
  return route;
}

/** Hash of a route, e.g. `href('ticket', id)` → `#/ticket/<id>`. */
export function href(section: string, ...params: string[]): string {
  return `#/${[section, ...params].map(encodeURIComponent).join('/')}`;
}

export function navigate(section: string, ...params: string[]): void {
  window.location.hash = href(section, ...params);
}

/** Pages with unsaved work: each is asked before the desk leaves the current route. */
const leaveGuards = new Set<() => boolean>();

/**
 * Registers a check run before the route changes (a link, the back button): returning false keeps
 * the current page. Returns the function that removes it.
 */
export function addLeaveGuard(mayLeave: () => boolean): () => void {
  leaveGuards.add(mayLeave);
  return () => {
    leaveGuards.delete(mayLeave);
  };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    let current = window.location.hash;
    const onHash = () => {
      if (window.location.hash === current) return;
      if ([...leaveGuards].some((mayLeave) => !mayLeave())) {
        // Stay: put the address back without a new history entry (this runs again, as a no-op).
        window.history.replaceState(null, '', current || '#/');
        return;
      }
      current = window.location.hash;
      setRoute(parseHash(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
