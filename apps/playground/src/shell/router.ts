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

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(parseHash(window.location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return route;
}
