import { useEffect, useState } from 'react';
import { personas } from '../demo/organisation';
import { DAY, HOUR } from '../desk/clock';
import { useDesk, useNow } from '../desk/DeskContext';
import { t } from '../i18n';
import { initials } from '../ui/initials';
import { Bell } from '../inbox/Bell';
import { LanguageSwitcher } from '../locale/LanguageSwitcher';
import { DESK_TIME_ZONE, dateLocale } from '../locale/locale';

function formatClock(date: Date): string {
  return new Intl.DateTimeFormat(dateLocale(), {
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: DESK_TIME_ZONE,
  }).format(date);
}

/** Brand, the simulated clock, the signed-in user and sign out (and, in the tab, reset). */
export function TopBar() {
  const { system, user, organisation } = useDesk();
  const now = useNow();
  const saving = system.saving;
  const [isSaving, setSaving] = useState(() => saving?.get() ?? false);
  const [busy, setBusy] = useState(false);
  useEffect(() => saving?.subscribe(setSaving), [saving]);
  // Only an administrator may move the desk's clock (the system refuses anyone else too).
  const admin = user.roles?.includes('admin') ?? false;
  const part = personas.find((p) => p.user === user.id)?.part;
  const roleNames = (user.roles ?? [])
    .map((r) => organisation.roles.find((x) => x.id === r)?.name ?? r)
    .join(', ');

  const advance = async (ms: number) => {
    setBusy(true);
    try {
      await system.advanceClock(ms);
    } finally {
      setBusy(false);
    }
  };
  const reset = async () => {
    if (!window.confirm(t('Reset the demo data? Every ticket and published version is lost.')))
      return;
    await system.resetDemo?.();
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
          {admin ? (
            <>
              <button type="button" disabled={busy} onClick={() => void advance(HOUR)}>
                {t('+1 hour')}
              </button>
              <button type="button" disabled={busy} onClick={() => void advance(DAY)}>
                {t('+1 day')}
              </button>
            </>
          ) : null}
        </div>
        {saving ? (
          <span className="pg-saved" data-saved={isSaving ? 'false' : 'true'} aria-live="polite">
            {isSaving ? t('Saving…') : t('Saved')}
          </span>
        ) : null}
        {system.resetDemo ? (
          <button type="button" className="pg-reset" onClick={() => void reset()}>
            {t('Reset demo data')}
          </button>
        ) : null}
        <Bell />
        <LanguageSwitcher />
        <div className="pg-account" role="group" aria-label={t('Signed in')}>
          <span className="pg-avatar" aria-hidden="true">
            {initials(user.name ?? user.id)}
          </span>
          <span className="pg-account-text">
            <strong data-testid="signed-in-user">{user.name ?? user.id}</strong>
            <span title={roleNames}>{part ? t(part) : roleNames}</span>
          </span>
          <button
            type="button"
            className="pg-button pg-button-ghost pg-signout"
            onClick={() => void system.signOut()}
          >
            {t('Sign out')}
          </button>
        </div>
      </div>
    </header>
  );
}
