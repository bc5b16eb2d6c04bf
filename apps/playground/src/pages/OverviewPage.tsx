import { Dashboard, type PersonalLayout } from '@deskkit/widgets';
import { useEffect, useMemo, useState } from 'react';
import { dashboards, widgetLibrary } from '../demo/dashboards';
import { deskDataSource } from '../desk/dataSource';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { href, navigate } from '../shell/router';
import { Empty, PageHeader, TabList } from '../ui/layout';
import { ScheduledEmails } from '../reports/ScheduledEmails';
import { snapshotReports } from '../reports/snapshotReports';

/**
 * The page's content is about 1,100 px wide beside the navigation on a laptop screen: that is
 * where the role views' twelve-column `lg` layouts are meant to show (the widgets' default `lg`
 * starts at 1,200 px, which would squeeze them into the ten-column `md` grid and push widgets down).
 */
const breakpoints = { lg: 1000, md: 800, sm: 600, xs: 400, xxs: 0 };

/** Dashboards per role; each user's own arrangement is saved for them (`system.saveLayout`). */
export function OverviewPage() {
  const { client, system, user, organisation, now } = useDesk();
  const mine = dashboards.filter(
    (d) => !d.roles?.length || d.roles.some((r) => user.roles?.includes(r)),
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const doc = mine.find((d) => d.id === chosen) ?? mine[0];
  const key = doc?.id ?? '';
  const [personal, setPersonal] = useState<{ key: string; layout: PersonalLayout | null } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    if (!key) return;
    void system.loadLayout(key).then((layout) => {
      if (live) setPersonal({ key, layout });
    });
    return () => {
      live = false;
    };
  }, [key, system]);

  // Widgets count and list only the tickets this user may see: they read through the client.
  const dataSource = useMemo(
    () => deskDataSource(client, system, organisation, now),
    [client, system, organisation, now],
  );

  const savePersonal = (layout: PersonalLayout | null) => {
    setPersonal({ key, layout });
    void system.saveLayout(key, layout);
  };

  return (
    <>
      <PageHeader
        title={t('Overview')}
        hint={t('Your dashboard. Customize it: your layout is kept for you.')}
        actions={
          mine.length > 1 ? (
            <TabList
              label={t('Views')}
              tabs={mine.map((d) => ({ id: d.id, label: d.name }))}
              selected={doc?.id}
              onSelect={setChosen}
            />
          ) : null
        }
      />
      {!doc ? (
        <Empty>{t('No overview is set up for your roles.')}</Empty>
      ) : personal?.key !== key ? null : (
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
      {doc ? (
        <ScheduledEmails
          key={doc.id}
          name={doc.name}
          reports={snapshotReports(doc, widgetLibrary)}
        />
      ) : null}
    </>
  );
}
