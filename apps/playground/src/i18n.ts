import { formatMessage, type MessageValues } from '@deskkit/runtime/i18n';

/**
 * Every user-facing string of the playground passes through `t`, keyed by the English it shows,
 * so a host embedding these pages can translate them:
 * `setMessages({ 'Service catalog': 'Catalogue de services' }, 'fr')`. Messages are ICU
 * (intl-messageformat, through the kit's one translation layer `@deskkit/runtime/i18n`): `{name}`
 * arguments, `{count, plural, …}` and `{kind, select, …}`, formatted for the catalog's locale.
 */
let messages: Readonly<Record<string, string>> = {};
let locale = 'en';

/** The catalog `t` reads (by English key) and the locale its plurals and numbers follow. */
export function setMessages(next: Readonly<Record<string, string>>, nextLocale = 'en'): void {
  messages = next;
  locale = nextLocale;
}

export function t(text: string, values?: MessageValues): string {
  return formatMessage(locale, messages[text] ?? text, values);
}
