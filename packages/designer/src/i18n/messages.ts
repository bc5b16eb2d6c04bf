import { formatMessage, resolveLocale } from '@deskkit/runtime/i18n';
import { zhCNMessages } from './zh-CN';

import { defaultMessages, type DesignerMessageKey } from './en';

export { defaultMessages, type DesignerMessageKey };

/** Values interpolated into `{name}` placeholders of a message. */
export type MessageVars = Record<string, string | number>;

/**
 * The translation function a host passes to localize the designer and the viewer. Return
 * `undefined` for a key to keep the English default.
 */
export type DesignerTranslate = (key: DesignerMessageKey, vars?: MessageVars) => string | undefined;

/** The resolved translator the components call: always returns a string. */
export type Translator = (key: DesignerMessageKey, vars?: MessageVars) => string;

/**
 * Builds the translator the components use from an optional host function: the host's answer
 * first, then the shipped catalog of `locale` (`zh*` reads the Chinese one), then English, all
 * ICU-formatted (plural, select) through `@deskkit/runtime/i18n`, the layer every package uses.
 * Components read the `DeskkitI18nProvider` instead (`useDesignerTranslator`); this one serves
 * code without a provider, such as {@link parseDefinitionJson} called without a translator.
 *
 * @example
 * ```ts
 * const t = createTranslator((key) => (key === 'toolbar.publish' ? 'Veröffentlichen' : undefined));
 * t('toolbar.publish'); // 'Veröffentlichen'
 * createTranslator(undefined, 'zh-CN')('toolbar.publish'); // '发布'
 * ```
 */
export function createTranslator(host?: DesignerTranslate, locale = 'en'): Translator {
  const own = (resolveLocale(locale) === 'zh-CN' ? zhCNMessages : defaultMessages) as Record<
    string,
    string | undefined
  >;
  const english = defaultMessages as Record<string, string | undefined>;
  return (key, vars) => {
    const hosted = host?.(key, vars);
    // A key of another package (the forms expression input asks first) is answered with itself.
    return hosted ?? formatMessage(locale, own[key] ?? english[key] ?? key, vars);
  };
}
