import type { LocalizedText } from '@deskkit/runtime';
import { textPicker } from '@deskkit/runtime/i18n';
import { useMemo } from 'react';
import { useI18n } from './I18nProvider';

/** A definition text as shown: the variant for the UI locale; `undefined` stays `undefined`. */
export type ShowText = {
  (text: LocalizedText): string;
  (text: LocalizedText | undefined): string | undefined;
};

/** {@link ShowText} for `locale`, falling back to `locales` (a definition's, its default first). */
export function showText(locale: string, locales?: readonly string[]): ShowText {
  const pick = textPicker([locale], locales ?? []);
  return ((text: LocalizedText | undefined) =>
    text === undefined ? undefined : pick(text)) as ShowText;
}

/**
 * How builders show a definition text that may carry a variant per locale: the one for the
 * nearest `DeskkitI18nProvider`'s locale, else the definition's default locale, else the first.
 *
 * @example
 * ```tsx
 * const text = useText(definition.locales);
 * <h2>{text(definition.name)}</h2>
 * ```
 */
export function useText(locales?: readonly string[]): ShowText {
  const { locale } = useI18n();
  const key = locales?.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => showText(locale, locales), [locale, key]);
}
