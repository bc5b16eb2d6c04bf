import { formatMessage, resolveLocale } from '@deskkit/runtime/i18n';
import { zhCNMessages } from './zh-CN';

import { defaultMessages, type MessageKey } from './en';

export { defaultMessages, type MessageKey };

/** Variables interpolated into a message. */
export type MessageVars = Record<string, string | number>;

/**
 * Translates one message. Return `undefined` to fall back to the English default.
 *
 * @example
 * ```ts
 * const translate: Translate = (key, vars) => (key === 'dashboard.edit' ? 'Anpassen' : undefined);
 * ```
 */
export type Translate = (
  key: MessageKey,
  vars: MessageVars | undefined,
  fallback: string,
) => string | undefined;

/** The translation function components call: always returns a string. */
export type T = (key: MessageKey, vars?: MessageVars) => string;

/**
 * Builds the translation function from a host override: the shipped catalog of `locale` (`zh*`
 * reads the Chinese one), then English, ICU-formatted through `@deskkit/runtime/i18n` like every
 * package's messages; `translate` sees each result and wins where it answers. Components read the
 * `DeskkitI18nProvider` instead (`useWidgetsTranslator`).
 *
 * @example
 * ```ts
 * createTranslator(undefined, 'zh-CN')('dashboard.edit'); // '自定义'
 * ```
 */
export function createTranslator(translate?: Translate, locale = 'en'): T {
  const own = (resolveLocale(locale) === 'zh-CN' ? zhCNMessages : defaultMessages) as Record<
    string,
    string | undefined
  >;
  return (key, vars) => {
    const fallback = formatMessage(locale, own[key] ?? defaultMessages[key], vars);
    return translate?.(key, vars, fallback) ?? fallback;
  };
}
