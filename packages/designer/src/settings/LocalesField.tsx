import { useI18n } from '@deskkit/forms';
import { SUPPORTED_LOCALES } from '@deskkit/runtime/i18n';
import { useMemo } from 'react';
import { setLocale } from '../model/settingsEdits';
import type { InspectorEnv } from '../inspector/inspector.types';

/**
 * The languages a definition's texts are written in (`locales`, the default first): checking a
 * second one shows every name, description, catalog level, field label and option label as one
 * input per language, side by side.
 */
export function LocalesField({ env }: { env: InspectorEnv }) {
  const { t, edit, def } = env;
  const { locale } = useI18n();
  const declared = def.locales ?? [];
  const offered = [...declared, ...SUPPORTED_LOCALES.filter((l) => !declared.includes(l))];
  const name = useMemo(() => {
    let display: Intl.DisplayNames | undefined;
    try {
      display = new Intl.DisplayNames([locale], { type: 'language' });
    } catch {
      display = undefined;
    }
    return (tag: string) => display?.of(tag) ?? tag;
  }, [locale]);
  const toggle = (tag: string, on: boolean) => edit((d) => setLocale(d, tag, on));
  return (
    <fieldset className="dk-prop-field dk-locales">
      <legend className="dk-label">{t('settings.locales')}</legend>
      <p className="dk-hint">{t('settings.localesHint')}</p>
      <div className="dk-flex-row">
        {offered.map((tag, i) => (
          <label key={tag} className="dk-check">
            <input
              type="checkbox"
              checked={declared.includes(tag)}
              onChange={(e) => toggle(tag, e.target.checked)}
            />
            <span lang={tag}>
              {name(tag)} <code>{tag}</code>
              {i === 0 && declared.length > 0 ? ` · ${t('settings.localeDefault')}` : ''}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
