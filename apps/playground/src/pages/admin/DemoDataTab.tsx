import { useState } from 'react';
import { useDesk } from '../../desk/DeskContext';
import type { DemoReset } from '../../desk/system.types';
import { t } from '../../i18n';
import { Outcome, useSave } from './editing';

/**
 * "Reset demo data" for an administrator: after a confirmation, the desk (the server, or this tab)
 * empties itself and seeds the demo history again, as on a first start. The server refuses anyone
 * else (403); the Admin page is not offered to them either.
 */
export function DemoDataTab() {
  const { system } = useDesk();
  const save = useSave();
  const [made, setMade] = useState<DemoReset | null>(null);
  const reset = async () => {
    if (!window.confirm(t('Reset the demo data? Every ticket and published version is lost.')))
      return;
    setMade(null);
    await save.run(async () => setMade(await system.admin.resetDemoData()), '');
  };
  const notice = made
    ? t('Demo data regenerated: {tickets} tickets in {seconds} s.', {
        tickets: made.tickets,
        seconds: Math.round(made.ms / 100) / 10,
      })
    : '';
  return (
    <section className="pg-card" aria-labelledby="demo-data-title">
      <div className="pg-card-header">
        <h2 id="demo-data-title">{t('Demo data')}</h2>
      </div>
      <div className="pg-card-body">
        <p className="pg-hint">
          {t(
            'Empties the desk for everyone and makes about 60 days of history again: tickets, SLA clocks and survey answers, as on a first start. The clock goes back to real time.',
          )}
        </p>
        <button
          type="button"
          className="pg-button pg-button-danger"
          disabled={save.busy}
          onClick={() => void reset()}
        >
          {save.busy ? t('Regenerating…') : t('Reset demo data')}
        </button>
        <Outcome error={save.error} notice={notice} />
      </div>
    </section>
  );
}
