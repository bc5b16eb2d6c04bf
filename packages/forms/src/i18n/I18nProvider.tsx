import {
  createI18n,
  formatMessage,
  type I18n,
  type MessageValues,
  type RuntimeMessageKey,
  type SupportedLocale,
} from '@deskkit/runtime/i18n';
import { createContext, useContext, useMemo, type ReactElement, type ReactNode } from 'react';
import type { FormMessageKey, TranslateFn } from './messages';
import { createTranslator } from './translator';

/**
 * Message overrides by package, each by key (ICU syntax). `forms` and `runtime` are typed here;
 * `designer` and `widgets` are typed by those packages (`DesignerMessages`, `WidgetMessages`).
 */
export interface DeskkitMessages {
  forms?: Partial<Record<FormMessageKey, string>>;
  runtime?: Partial<Record<RuntimeMessageKey, string>>;
  designer?: Partial<Record<string, string>>;
  widgets?: Partial<Record<string, string>>;
  [namespace: string]: Partial<Record<string, string>> | undefined;
}

/** Props of {@link DeskkitI18nProvider}. */
export interface DeskkitI18nProviderProps {
  /** BCP 47 locale: `en`, `zh-CN` (any `zh*` reads the Chinese catalogs). Default `en`. */
  locale?: string;
  /** The desk's IANA time zone, used by every date every component shows. Default: the browser's. */
  timeZone?: string;
  /** Overrides of shipped messages, by package and key. */
  messages?: DeskkitMessages;
  children?: ReactNode;
}

/** What {@link useI18n} returns: the runtime's translation layer plus the host's overrides. */
export interface DeskkitI18n extends I18n {
  readonly messages: DeskkitMessages;
}

function make(
  locale: string,
  timeZone: string | undefined,
  messages: DeskkitMessages,
): DeskkitI18n {
  const i18n = createI18n({
    locale,
    ...(timeZone ? { timeZone } : {}),
    ...(messages.runtime ? { messages: messages.runtime } : {}),
  });
  // Assigned, not spread: a spread would read the lazy `timeZone` getter (an Intl look-up of the
  // system zone, ~20 ms on a cold page) before the first frame of every form.
  return Object.assign(i18n, { messages });
}

const NO_MESSAGES: DeskkitMessages = {};
let fallback: DeskkitI18n | undefined;
const I18nContext = createContext<DeskkitI18n | null>(null);

/**
 * One locale and one time zone for every Deskkit component below it: forms, designer and
 * widgets all read this provider, and so do runtime error messages shown by them.
 *
 * @example
 * ```tsx
 * <DeskkitI18nProvider locale="zh-CN" timeZone="Asia/Shanghai">
 *   <FormRenderer form={definition.form} onSubmit={submit} />
 *   <Dashboard dashboard={overview} source={source} />
 * </DeskkitI18nProvider>
 * ```
 */
export function DeskkitI18nProvider(props: DeskkitI18nProviderProps): ReactElement {
  const { locale = 'en', timeZone, messages = NO_MESSAGES, children } = props;
  const value = useMemo(() => make(locale, timeZone, messages), [locale, timeZone, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/**
 * The translation layer of the nearest {@link DeskkitI18nProvider}: `t` for runtime messages,
 * `errorMessage(error)`, and `formatDate`/`formatDateTime`/`formatNumber`/`formatDuration`/
 * `formatRelative` in the desk's locale and time zone. Without a provider: English and the
 * browser's time zone.
 */
export function useI18n(): DeskkitI18n {
  const value = useContext(I18nContext);
  if (value) return value;
  fallback ??= make('en', undefined, NO_MESSAGES);
  return fallback;
}

/** A package's shipped catalogs: English (complete, the fallback) and the other locales. */
export type Catalogs<K extends string> = Record<SupportedLocale, Record<K, string>>;

/** A resolved translation function of one package. */
export type CatalogTranslate<K extends string> = (key: K, values?: MessageValues) => string;

/**
 * How a package reads the one layer: the provider's overrides for its namespace, then its own
 * catalog for the provider's locale, then English, all ICU-formatted in that locale. Designer
 * and widgets use this; hosts rarely need it.
 */
export function catalogTranslator<K extends string>(
  i18n: DeskkitI18n,
  namespace: string,
  catalogs: Catalogs<K>,
): CatalogTranslate<K> {
  const overrides = (i18n.messages[namespace] ?? {}) as Partial<Record<string, string>>;
  const own = catalogs[i18n.catalogLocale] as Record<string, string | undefined>;
  const en = catalogs.en as Record<string, string | undefined>;
  return (key, values) => {
    const template = overrides[key] ?? own[key] ?? en[key];
    return template === undefined ? key : formatMessage(i18n.locale, template, values);
  };
}

/** {@link catalogTranslator} for the nearest provider, memoized. */
export function useCatalog<K extends string>(
  namespace: string,
  catalogs: Catalogs<K>,
): CatalogTranslate<K> {
  const i18n = useI18n();
  return useMemo(() => catalogTranslator(i18n, namespace, catalogs), [i18n, namespace, catalogs]);
}

/**
 * The forms translator for a component: its `translate`/`messages` props over the provider's
 * `messages.forms`, in the provider's locale.
 */
export function useFormsTranslator(
  translate?: TranslateFn,
  messages?: Partial<Record<string, string>>,
): TranslateFn {
  const i18n = useI18n();
  return useMemo(
    () => createTranslator(translate, messages, i18n.locale, i18n.messages.forms),
    [translate, messages, i18n],
  );
}
