/** The locales whose catalogs ship with Deskkit. */
export const SUPPORTED_LOCALES = ['en', 'zh-CN'] as const;

/** A locale with a complete catalog in every package. */
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * The shipped locale closest to a requested one: `zh`, `zh-Hans`, `zh-CN`, `zh-SG` → `zh-CN`;
 * anything else → `en`.
 *
 * @example
 * ```ts
 * resolveLocale(navigator.language); // 'zh-CN' in a Chinese browser
 * ```
 */
export function resolveLocale(locale: string | undefined): SupportedLocale {
  if (!locale) return 'en';
  const lower = locale.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-')) return 'zh-CN';
  return 'en';
}

/** The host's own time zone, or UTC where Intl cannot tell. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * Checks an IANA time zone name and returns it; throws a RangeError naming it otherwise, so a
 * misspelt desk setting fails at start-up rather than on the first date shown.
 */
export function checkTimeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw new RangeError(
      `Unknown time zone "${timeZone}": use an IANA name such as "Asia/Shanghai".`,
    );
  }
  return timeZone;
}
