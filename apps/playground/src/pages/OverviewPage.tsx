import { t } from '../i18n';
import { NotAvailable, PageHeader } from '../ui/layout';

export function OverviewPage() {
  return (
    <>
      <PageHeader title={t('Overview')} />
      <NotAvailable what={t('Overview')} pkg="@deskkit/widgets" />
    </>
  );
}
