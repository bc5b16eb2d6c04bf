import { useEffect, useState } from 'react';

/** A parsed hash route: `#/ticket/abc` → `{ section: 'ticket', params: ['abc'] }`. */
export interface Route {
  section: string;
  params: string[];
}

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { section: parts[0] ?? 'catalog', params: parts.slice(1) };
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
