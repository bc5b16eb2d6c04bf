import { useEffect, useState } from 'react';
import { personas } from '../demo/organisation';
import { DAY, HOUR } from '../desk/clock';
import { useDesk, useNow } from '../desk/DeskContext';
import { t } from '../i18n';

function formatClock(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Paris',
  }).format(date);
}

/** Brand, the user switcher, the simulated clock and "reset demo data". */
export function TopBar() {
  const { desk, user, setUser, organisation } = useDesk();
  const now = useNow();
  const [saving, setSaving] = useState(desk.saving);
  const [busy, setBusy] = useState(false);
  useEffect(() => desk.onSaving(setSaving), [desk]);
  const others = organisation.users.filter((u) => !personas.some((p) => p.user === u.id));

  const advance = async (ms: number) => {
    setBusy(true);
    try {
      await desk.advanceClock(ms);
    } finally {
      setBusy(false);
    }
  };
  const reset = async () => {
    if (!window.confirm(t('Reset the demo data? Every ticket and published version is lost.')))
      return;
    await desk.forget();
    window.location.reload();
  };

  return (
    <header className="pg-topbar">
      <a className="pg-brand" href="#/catalog">
        <span className="pg-logo" aria-hidden="true">
          ◆
        </span>
        Deskkit <span className="pg-subtitle">{t('Service desk')}</span>
      </a>
      <div className="pg-topbar-tools">
        <div className="pg-clock" role="group" aria-label={t('Simulated clock')}>
          <span className="pg-clock-label">{t('Simulated time')}</span>
          <time className="pg-clock-time" dateTime={now.toISOString()} data-testid="clock">
            {formatClock(now)}
          </time>
          <button type="button" disabled={busy} onClick={() => void advance(HOUR)}>
            {t('+1 hour')}
          </button>
          <button type="button" disabled={busy} onClick={() => void advance(DAY)}>
            {t('+1 day')}
          </button>
        </div>
        <label className="pg-switcher">
          <span>{t('Acting as')}</span>
          <select value={user.id} onChange={(e) => setUser(e.target.value)}>
            <optgroup label={t('Demo personas')}>
              {personas.map((p) => {
                const u = organisation.users.find((x) => x.id === p.user);
                if (!u) return null;
                return (
                  <option key={p.user} value={p.user}>
                    {u.name} — {t(p.part)}
                  </option>
                );
              })}
            </optgroup>
            <optgroup label={t('Everyone else')}>
              {others.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <span className="pg-saved" data-saved={saving ? 'false' : 'true'} aria-live="polite">
          {saving ? t('Saving…') : t('Saved')}
        </span>
        <button type="button" className="pg-reset" onClick={() => void reset()}>
          {t('Reset demo data')}
        </button>
      </div>
    </header>
  );
}
