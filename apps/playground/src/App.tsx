import { DESIGNER_VERSION } from '@deskkit/designer';
import { FORMS_VERSION } from '@deskkit/forms';
import { RUNTIME_VERSION } from '@deskkit/runtime';
import { WIDGETS_VERSION } from '@deskkit/widgets';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { useDesk } from './desk/DeskContext';
import { t } from './i18n';
import { CatalogPage } from './pages/CatalogPage';
import { TasksPage } from './pages/TasksPage';
import { TicketsPage } from './pages/TicketsPage';
import { useRoute } from './shell/router';
import { TopBar } from './shell/TopBar';
import { Empty, PageHeader } from './ui/layout';

// The pages that bring the form renderer, the designer, the form builder or the dashboards load on
// first use, so the desk's first load is the shell, the catalog, the tasks and the ticket list.
const AdminPage = lazy(() => import('./pages/AdminPage').then((m) => ({ default: m.AdminPage })));
const OverviewPage = lazy(() =>
  import('./pages/OverviewPage').then((m) => ({ default: m.OverviewPage })),
);
const ProblemsPage = lazy(() =>
  import('./pages/ProblemsPage').then((m) => ({ default: m.ProblemsPage })),
);
const RequestPage = lazy(() =>
  import('./pages/RequestPage').then((m) => ({ default: m.RequestPage })),
);
const StudioPage = lazy(() =>
  import('./pages/StudioPage').then((m) => ({ default: m.StudioPage })),
);
const InboxPage = lazy(() => import('./inbox/InboxPage').then((m) => ({ default: m.InboxPage })));
const NotifyAdminPage = lazy(() =>
  import('./notify/NotifyAdminPage').then((m) => ({ default: m.NotifyAdminPage })),
);
const PreferencesPage = lazy(() =>
  import('./notify/PreferencesPage').then((m) => ({ default: m.PreferencesPage })),
);
const TicketPage = lazy(() =>
  import('./pages/TicketPage').then((m) => ({ default: m.TicketPage })),
);

/**
 * The pages, and the roles that may open each (everyone when absent). The runtime refuses what a
 * user may not do anyway (`publishers: [{ role: 'admin' }]`); the shell does not offer it.
 */
export const pages: ReadonlyArray<{
  id: string;
  label: string;
  icon: string;
  roles?: readonly string[];
}> = [
  { id: 'catalog', label: 'Service catalog', icon: '▦' },
  { id: 'tasks', label: 'My tasks', icon: '✓' },
  { id: 'tickets', label: 'Tickets', icon: '☰' },
  { id: 'overview', label: 'Overview', icon: '◔' },
  {
    id: 'problems',
    label: 'Problems',
    icon: '⚑',
    roles: ['agent', 'engineer', 'teamLead', 'admin'],
  },
  { id: 'studio', label: 'Studio', icon: '✎', roles: ['admin'] },
  { id: 'admin', label: 'Admin', icon: '⚙', roles: ['admin'] },
  { id: 'outbox', label: 'Outbox', icon: '✉', roles: ['admin'] },
];

/** Whether a user with these roles may open a page. */
export function mayOpen(pageId: string, roles: readonly string[] | undefined): boolean {
  const page = pages.find((p) => p.id === pageId);
  return !page?.roles || page.roles.some((r) => roles?.includes(r));
}

/** Which navigation entry a route belongs to. */
const sectionOf: Record<string, string> = { request: 'catalog', ticket: 'tickets' };

function Page(): ReactNode {
  const { section, params, query } = useRoute();
  const { user } = useDesk();
  if (!mayOpen(section, user.roles)) {
    const label = pages.find((p) => p.id === section)?.label ?? section;
    return (
      <>
        <PageHeader title={t(label)} />
        <Empty>
          {pages.find((p) => p.id === section)?.roles?.join() === 'admin'
            ? t('{name} may not open this page: it is for administrators.', {
                name: user.name ?? user.id,
              })
            : t('{name} may not open this page: it is for the service desk.', {
                name: user.name ?? user.id,
              })}
        </Empty>
      </>
    );
  }
  switch (section) {
    case 'request':
      return <RequestPage workflowKey={params[0] ?? ''} />;
    case 'tasks':
      return <TasksPage />;
    case 'ticket':
      return <TicketPage ticketId={params[0] ?? ''} rate={query?.rate} />;
    case 'tickets':
      return <TicketsPage />;
    case 'overview':
      return <OverviewPage />;
    case 'problems':
      return <ProblemsPage />;
    case 'studio':
      return <StudioPage params={params} />;
    case 'admin':
      return <AdminPage />;
    case 'inbox':
      return params[0] === 'preferences' ? <PreferencesPage /> : <InboxPage />;
    case 'outbox':
      return <NotifyAdminPage />;
    default:
      return <CatalogPage />;
  }
}

/** The playground shell: top bar, navigation and one page at a time, addressed by the URL hash. */
export function App() {
  const { section } = useRoute();
  const { user } = useDesk();
  const current = sectionOf[section] ?? section;
  return (
    <div className="pg-shell">
      <TopBar />
      <nav className="pg-nav" aria-label={t('Main')}>
        <ul>
          {pages
            .filter((p) => mayOpen(p.id, user.roles))
            .map((p) => (
              <li key={p.id}>
                <a href={`#/${p.id}`} aria-current={p.id === current ? 'page' : undefined}>
                  <span className="pg-nav-icon" aria-hidden="true">
                    {p.icon}
                  </span>
                  {t(p.label)}
                </a>
              </li>
            ))}
        </ul>
      </nav>
      <main className="pg-main" aria-labelledby="pg-page-title">
        <Suspense fallback={<p className="pg-hint">{t('Loading…')}</p>}>
          <Page />
        </Suspense>
      </main>
      <footer className="pg-footer">
        runtime {RUNTIME_VERSION} · forms {FORMS_VERSION} · designer {DESIGNER_VERSION} · widgets{' '}
        {WIDGETS_VERSION}
      </footer>
    </div>
  );
}
