import { DESIGNER_VERSION } from '@deskkit/designer';
import { FORMS_VERSION } from '@deskkit/forms';
import { RUNTIME_VERSION } from '@deskkit/runtime';
import { WIDGETS_VERSION } from '@deskkit/widgets';
import { useEffect, useState } from 'react';

export const pages = [
  { id: 'catalog', label: 'Service catalog', hint: 'Raise a request from the service catalog.' },
  { id: 'tasks', label: 'My tasks', hint: 'Claim and work the tickets waiting for you.' },
  { id: 'tickets', label: 'Tickets', hint: 'Search every ticket you may see.' },
  { id: 'overview', label: 'Overview', hint: 'Your dashboard.' },
  { id: 'studio', label: 'Studio', hint: 'Design forms and workflows, publish new versions.' },
  { id: 'admin', label: 'Admin', hint: 'Directory, calendars, SLA policies and schedules.' },
] as const;

type PageId = (typeof pages)[number]['id'];

function currentPage(): PageId {
  const hash = window.location.hash.replace(/^#\/?/, '').split('/')[0];
  return pages.some((p) => p.id === hash) ? (hash as PageId) : 'catalog';
}

/** The playground shell: navigation and one page at a time, addressed by the URL hash. */
export function App() {
  const [page, setPage] = useState<PageId>(currentPage);
  useEffect(() => {
    const onHash = () => setPage(currentPage());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const active = pages.find((p) => p.id === page) ?? pages[0];
  return (
    <div className="pg-shell">
      <header className="pg-topbar">
        <span className="pg-brand">Deskkit</span>
        <span className="pg-subtitle">Service desk</span>
      </header>
      <nav className="pg-nav" aria-label="Main">
        <ul>
          {pages.map((p) => (
            <li key={p.id}>
              <a href={`#/${p.id}`} aria-current={p.id === page ? 'page' : undefined}>
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="pg-main" aria-labelledby="pg-page-title">
        <h1 id="pg-page-title">{active.label}</h1>
        <p className="pg-hint">{active.hint}</p>
      </main>
      <footer className="pg-footer">
        runtime {RUNTIME_VERSION} · forms {FORMS_VERSION} · designer {DESIGNER_VERSION} · widgets{' '}
        {WIDGETS_VERSION}
      </footer>
    </div>
  );
}
