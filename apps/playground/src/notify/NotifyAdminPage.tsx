import { useState } from 'react';
import { useDesk } from '../desk/DeskContext';
import { t } from '../i18n';
import { Empty, PageHeader, TabList } from '../ui/layout';
import { DefaultsCard } from './DefaultsCard';
import { CaughtMailsCard, OutboxCard } from './OutboxTab';
import { SmtpCard } from './SmtpTab';
import { WebhooksCard } from './WebhooksTab';
import type { NotifyAdminPort } from './notifyAdmin.types';
import './notify.css';

const tabs = [
  { id: 'outbox', label: 'Sent & pending' },
  { id: 'email', label: 'E-mail (SMTP)' },
  { id: 'webhooks', label: 'Webhooks' },
  { id: 'defaults', label: 'Defaults' },
] as const;
type TabId = (typeof tabs)[number]['id'];

/**
 * Administrators: how notifications leave the desk — the outbox with the caught mails and dead
 * letters to retry, the SMTP server, webhook endpoints with their tests and logs, and the channels
 * each role gets by default. Everything goes through the server's admin routes (`port`, by default
 * the desk's `system.admin.notifications`).
 */
export function NotifyAdminPage(props: { port?: NotifyAdminPort; tab?: TabId }) {
  const { system } = useDesk();
  const port = props.port ?? system.admin.notifications;
  const [tab, setTab] = useState<TabId>(props.tab ?? 'outbox');
  return (
    <>
      <PageHeader
        title={t('Outbox')}
        hint={t('What the desk sends by e-mail and webhooks, and how.')}
      />
      {!port ? (
        <Empty>
          {t(
            'E-mail and webhooks are sent by the desk’s server: start it with pnpm dev to use this page. In the browser-only demo, notifications reach the inbox only.',
          )}
        </Empty>
      ) : (
        <>
          <TabList
            label={t('Notification delivery sections')}
            tabs={tabs.map((x) => ({ id: x.id, label: t(x.label) }))}
            selected={tab}
            onSelect={setTab}
            panel="notify"
          />
          <div
            role="tabpanel"
            className="pg-tabpanel"
            id="notify-panel"
            aria-labelledby={`notify-tab-${tab}`}
          >
            {tab === 'outbox' ? (
              <>
                <CaughtMailsCard port={port} />
                <OutboxCard port={port} />
              </>
            ) : null}
            {tab === 'email' ? <SmtpCard port={port} /> : null}
            {tab === 'webhooks' ? <WebhooksCard port={port} /> : null}
            {tab === 'defaults' ? <DefaultsCard port={port} /> : null}
          </div>
        </>
      )}
    </>
  );
}
