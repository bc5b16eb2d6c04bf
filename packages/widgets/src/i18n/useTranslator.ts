import { useCatalog, type Catalogs } from '@deskkit/forms';
import { useMemo } from 'react';
import { defaultMessages, type MessageKey, type T, type Translate } from './messages';
import { zhCNMessages } from './zh-CN';

const CATALOGS: Catalogs<MessageKey> = { en: defaultMessages, 'zh-CN': zhCNMessages };

/**
 * The widgets' translator: the `DeskkitI18nProvider`'s `messages.widgets`, then the catalog of its
 * locale, then English; a host's legacy `translate` prop sees each message (already in the
 * provider's locale as `fallback`) and wins where it answers.
 */
export function useWidgetsTranslator(translate?: Translate): T {
  const shared = useCatalog('widgets', CATALOGS);
  return useMemo(
    () =>
      translate
        ? (key, vars) => {
            const text = shared(key, vars);
            return translate(key, vars, text) ?? text;
          }
        : shared,
    [translate, shared],
  );
}
