import { DeskkitI18nProvider } from '@deskkit/forms';
import { Fragment, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { DESK_TIME_ZONE, dateLocale, getLocale, subscribeLocale } from './locale';

/**
 * The desk in the chosen language and the desk's time zone: every Deskkit component below reads
 * the provider, the playground's own pages read `t`. A change of language remounts the pages, so
 * each string is read again.
 */
export function LocaleRoot(props: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, getLocale, getLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <DeskkitI18nProvider locale={dateLocale()} timeZone={DESK_TIME_ZONE}>
      <Fragment key={locale}>{props.children}</Fragment>
    </DeskkitI18nProvider>
  );
}
