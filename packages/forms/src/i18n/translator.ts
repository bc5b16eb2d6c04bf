import { formatMessage, resolveLocale } from '@deskkit/runtime/i18n';
import { DEFAULT_MESSAGES, type TranslateFn } from './messages';
import { zhCNMessages } from './zh-CN';

/**
 * Builds the translation function components use: `translate` (when given) sees every string
 * last, then `messages`, then the catalog of `locale` (from the provider), then English; all ICU
 * formatted in the locale. Components call {@link useFormsTranslator}, which takes the locale and
 * the overrides from `DeskkitI18nProvider`.
 *
 * @example
 * ```ts
 * const t = createTranslator(undefined, { 'form.submit': 'Absenden' });
 * t('form.submit'); // 'Absenden'
 * createTranslator(undefined, undefined, 'zh-CN')('form.submit'); // '提交'
 * ```
 */
export function createTranslator(
  translate?: TranslateFn,
  messages?: Partial<Record<string, string>>,
  locale = 'en',
  shared?: Partial<Record<string, string>>,
): TranslateFn {
  const catalog = (resolveLocale(locale) === 'zh-CN' ? zhCNMessages : DEFAULT_MESSAGES) as Record<
    string,
    string | undefined
  >;
  const english = DEFAULT_MESSAGES as Record<string, string | undefined>;
  return (key, params, fallback) => {
    const template =
      messages?.[key] ?? shared?.[key] ?? catalog[key] ?? english[key] ?? fallback ?? key;
    const text = formatMessage(locale, template, params);
    return translate ? translate(key, params, text) : text;
  };
}
