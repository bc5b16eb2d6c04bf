import { Dashboard, type PersonalLayout } from '@deskkit/widgets';
import { useEffect, useMemo, useState } from 'react';
import { dashboards, widgetLibrary } from '../demo/dashboards';
import { useDesk, useDeskQuery } from '../desk/DeskContext';
import { storageKeys } from '../desk/persistence';
import { scopedDataSource, ticketScope, type TicketScope } from '../desk/visibility';
import { t } from '../i18n';
import { href, navigate } from '../shell/router';
import { Empty, PageHeader } from '../ui/layout';

/**
 * The page's content is about 1,100 px wide beside the navigation on a laptop screen: that is
 * where the role views' twelve-column `lg` layouts are meant to show (the widgets' default `lg`
 * starts at 1,200 px, which would squeeze them into the ten-column `md` grid and push widgets down).
 */
const breakpoints = { lg: 1000, md: 800, sm: 600, xs: 400, xxs: 0 };

/** Dashboards per role; each user's own arrangement is saved in IndexedDB. */
export function OverviewPage() {
  const { desk, user, persistence } = useDesk();
  const mine = dashboards.filter(
    (d) => !d.roles?.length || d.roles.some((r) => user.roles?.includes(r)),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const doc = mine.find((d) => d.id === chosen) ?? mine[0];
  const key = doc ? storageKeys.layout(`${user.id}:${doc.id}`) : '';
  const [personal, setPersonal] = useState<{ key: string; layout: PersonalLayout | null } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    if (!key) return;
    void persistence.load<PersonalLayout>(key).then((layout) => {
      if (live) setPersonal({ key, layout: layout ?? null });
    });
    return () => {
      live = false;
    };
  }, [key, persistence]);

  // Widgets count and list only the tickets this user may see.
  const scope = useDeskQuery(({ desk, user }) => ticketScope(desk.runtime, user.id), []);
  const scopeKey = scope.data ? JSON.stringify(scope.data) : '';
  const dataSource = useMemo(
    () => (scopeKey ? scopedDataSource(desk.runtime, JSON.parse(scopeKey) as TicketScope) : null),
    [desk.runtime, scopeKey],
  );

  const savePersonal = (layout: PersonalLayout | null) => {
    setPersonal({ key, layout });
    void (layout ? persistence.save(key, layout) : persistence.remove(key));
  };

  return (
    <>
      <PageHeader
        title={t('Overview')}
        hint={t('Your dashboard. Customize it: your layout is kept for you.')}
        actions={
          mine.length > 1 ? (
            <div className="pg-tabs" role="tablist" aria-label={t('Views')}>
              {mine.map((d) => (
                <button
                  key={d.id}
                  type="button"
                  role="tab"
                  aria-selected={d.id === doc?.id}
                  onClick={() => setChosen(d.id)}
                >
                  {d.name}
                </button>
              ))}
            </div>
          ) : null
        }
      />
      {!doc ? (
        <Empty>{t('No overview is set up for your roles.')}</Empty>
      ) : personal?.key !== key || !dataSource ? null : (
        <Dashboard
          key={`${user.id}-${doc.id}`}
          value={doc}
          library={widgetLibrary}
          personal={personal.layout}
          onPersonalChange={savePersonal}
          dataSource={dataSource}
          user={user.id}
          onOpenTicket={(ticket) => navigate('ticket', ticket.id)}
          ticketHref={(ticket) => href('ticket', ticket.id)}
          initialWidth={1100}
          breakpoints={breakpoints}
        />
      )}
    </>
  );
}
