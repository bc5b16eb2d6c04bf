import { useId, useSyncExternalStore } from 'react';
import { t } from '../i18n';
import { LOCALES, getLocale, setLocale, subscribeLocale, type PlaygroundLocale } from './locale';

/** The language menu of the signed-in user: the choice is kept in this browser. */
export function LanguageSwitcher() {
  const locale = useSyncExternalStore(subscribeLocale, getLocale, getLocale);
  const id = useId();
  return (
    <span className="pg-language">
      <label htmlFor={id} className="pg-sr-only">
        {t('Language')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(e) => setLocale(e.target.value as PlaygroundLocale)}
      >
        {LOCALES.map((l) => (
          <option key={l.id} value={l.id} lang={l.id}>
            {l.label}
          </option>
        ))}
      </select>
    </span>
  );
}
