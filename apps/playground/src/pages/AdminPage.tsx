import { useState } from 'react';
import { t } from '../i18n';
import { PageHeader, TabList } from '../ui/layout';
import { CalendarsTab } from './admin/CalendarsTab';
import { DemoDataTab } from './admin/DemoDataTab';
import { DirectoryTab } from './admin/DirectoryTab';
import { SchedulesTab } from './admin/SchedulesTab';
import { SlaTab } from './admin/SlaTab';

const tabs = [
  { id: 'directory', label: 'Directory' },
  { id: 'calendars', label: 'Calendars' },
  { id: 'sla', label: 'SLA policies' },
  { id: 'schedules', label: 'Schedules & timers' },
  { id: 'demo', label: 'Demo data' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/**
 * Directory, calendars, SLA policies and schedules, all editable by an admin. Changes go through
 * the desk (directory, calendars) and the runtime (SLA policies are published as a new version,
 * schedules through `runtime.schedules`), are saved to IndexedDB and apply at once.
 */
export function AdminPage() {
  const [tab, setTab] = useState<TabId>('directory');
  return (
    <>
      <PageHeader
        title={t('Admin')}
        hint={t('Directory, calendars, SLA policies and schedules: edit them, they apply at once.')}
      />
      <TabList
        label={t('Admin sections')}
        tabs={tabs.map((x) => ({ id: x.id, label: t(x.label) }))}
        selected={tab}
        onSelect={setTab}
        panel="admin"
      />
      <div
        role="tabpanel"
        className="pg-tabpanel"
        id="admin-panel"
        aria-labelledby={`admin-tab-${tab}`}
      >
        {tab === 'directory' ? <DirectoryTab /> : null}
        {tab === 'calendars' ? <CalendarsTab /> : null}
        {tab === 'sla' ? <SlaTab /> : null}
        {tab === 'schedules' ? <SchedulesTab /> : null}
        {tab === 'demo' ? <DemoDataTab /> : null}
      </div>
    </>
  );
}
